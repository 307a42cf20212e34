import { describe, expect, it } from 'vitest';
import { levelByNamingRules } from '../../../lib/scopes/naming-rules';

const level = (scope: string, catalogued = true, provider?: Parameters<typeof levelByNamingRules>[2]) =>
  levelByNamingRules(scope, catalogued, provider).level;
const category = (scope: string, provider?: Parameters<typeof levelByNamingRules>[2]) =>
  levelByNamingRules(scope, true, provider).category;

describe('the level of a scope the catalogue does not know, from its name', () => {
  it('rates the strongest words first: full control, then write and send, then whole-tenant reads, then reads', () => {
    expect(level('Widgets.FullControl.All')).toBe('critical');
    expect(level('Widgets.AccessAsUser.All')).toBe('critical');
    expect(level('Widgets.ReadWrite.All')).toBe('high');
    expect(level('Widgets.Send')).toBe('high');
    expect(level('Widgets.Read.All')).toBe('medium');
    expect(level('Widgets.Write')).toBe('medium');
    expect(level('Widgets.Read')).toBe('low');
  });

  it('starts a name with no telling word at medium where the provider’s scopes are catalogued, low elsewhere', () => {
    expect(level('Widgets.Sync', true)).toBe('medium');
    expect(level('Widgets.Sync', false)).toBe('low');
  });

  it('rates Microsoft personal-account service tickets high: each is a whole service as you', () => {
    expect(levelByNamingRules('service::unknown.live.com::MBI_SSL', true, 'microsoft')).toEqual({
      level: 'high',
      category: 'other',
    });
  });
});

describe('the category of an unknown scope', () => {
  it('comes from the first word it names', () => {
    expect(category('Contoso.Mail.Sync')).toBe('mail');
    expect(category('Contoso.Drive.Sync')).toBe('files');
    expect(category('calendar.events.read')).toBe('calendar');
    expect(category('Contoso.Contacts')).toBe('contacts');
    expect(category('Contoso.ChatMessage')).toBe('chat');
    expect(category('repo_admin')).toBe('admin');
    expect(category('Contoso.Directory')).toBe('directory');
    expect(category('offline.thing')).toBe('offline-access');
    expect(category('Contoso.Widgets')).toBe('other');
  });
});

describe('Atlassian granular scopes (`action:resource:product`)', () => {
  it('a read of work content or a change is high, any other read medium', () => {
    expect(levelByNamingRules('read:issue:jira', false)).toEqual({ level: 'high', category: 'projects' });
    expect(levelByNamingRules('write:issue:jira', false)).toEqual({ level: 'high', category: 'projects' });
    expect(levelByNamingRules('read:page:confluence', false)).toEqual({ level: 'high', category: 'files' });
    expect(levelByNamingRules('read:repository:bitbucket', false)).toEqual({ level: 'high', category: 'code' });
    expect(levelByNamingRules('read:user:jira', false)).toEqual({ level: 'medium', category: 'directory' });
  });

  it('a change to who may do what, or deleting a whole project, is critical', () => {
    expect(levelByNamingRules('write:permission:jira', false)).toEqual({ level: 'critical', category: 'admin' });
    expect(levelByNamingRules('delete:project:jira', false).level).toBe('critical');
    expect(levelByNamingRules('delete:issue:jira', false).level).toBe('high');
  });
});

describe('Zoom scopes', () => {
  it('rate content high, activity medium, other reads low, at Zoom only', () => {
    expect(levelByNamingRules('recording:read', false, 'zoom')).toEqual({ level: 'high', category: 'meetings' });
    expect(levelByNamingRules('meeting:read', false, 'zoom')).toEqual({ level: 'medium', category: 'meetings' });
    expect(levelByNamingRules('user:read', false, 'zoom')).toEqual({ level: 'low', category: 'directory' });
    expect(levelByNamingRules('user:write', false, 'zoom').level).toBe('medium');
    expect(levelByNamingRules('role:write', false, 'zoom').level).toBe('high');
    expect(levelByNamingRules('meeting:delete:meeting', false, 'zoom').level).toBe('high');
    expect(levelByNamingRules('meeting:read', false, 'generic').level).toBe('low');
  });

  it('raise a scope that reaches every user of the account, and make one that reaches sub-accounts critical', () => {
    expect(levelByNamingRules('meeting:read:admin', false, 'zoom').level).toBe('high');
    expect(levelByNamingRules('user:read:admin', false, 'zoom').level).toBe('medium');
    expect(levelByNamingRules('meeting:read:meeting:master', false, 'zoom').level).toBe('critical');
    expect(levelByNamingRules('cloud_recording:read:list_user_recordings:admin', false, 'zoom').level).toBe('critical');
  });
});

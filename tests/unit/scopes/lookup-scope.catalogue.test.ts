import { describe, expect, it } from 'vitest';
import { RISK_LEVELS } from '../../../lib/core/risk-level';
import { ATLASSIAN_SCOPES } from '../../../lib/scopes/catalogue/atlassian';
import { DROPBOX_SCOPES } from '../../../lib/scopes/catalogue/dropbox';
import { GITHUB_SCOPES } from '../../../lib/scopes/catalogue/github';
import { GOOGLE_SCOPES } from '../../../lib/scopes/catalogue/google';
import { MICROSOFT_ACCOUNT_SCOPES } from '../../../lib/scopes/catalogue/microsoft-account';
import { MICROSOFT_GRAPH_SCOPES, SHAREPOINT_SCOPES } from '../../../lib/scopes/catalogue/microsoft-graph';
import { MICROSOFT_RESOURCE_SCOPES, MICROSOFT_RESOURCES } from '../../../lib/scopes/catalogue/microsoft-resources';
import { OPENID_SCOPES } from '../../../lib/scopes/catalogue/openid';
import { SALESFORCE_SCOPES } from '../../../lib/scopes/catalogue/salesforce';
import { SLACK_SCOPES } from '../../../lib/scopes/catalogue/slack';
import { ZOOM_SCOPES } from '../../../lib/scopes/catalogue/zoom';
import type { CatalogueRow } from '../../../lib/scopes/catalogue-entry';
import { SCOPE_CATEGORIES } from '../../../lib/scopes/catalogue-entry';
import { describeScope } from '../../../lib/scopes/lookup-scope';

const TABLES: Record<string, readonly CatalogueRow[]> = {
  openid: OPENID_SCOPES,
  'microsoft-graph': MICROSOFT_GRAPH_SCOPES,
  'microsoft-account': MICROSOFT_ACCOUNT_SCOPES,
  sharepoint: SHAREPOINT_SCOPES,
  'microsoft-resources': MICROSOFT_RESOURCE_SCOPES,
  google: GOOGLE_SCOPES,
  github: GITHUB_SCOPES,
  slack: SLACK_SCOPES,
  atlassian: ATLASSIAN_SCOPES,
  salesforce: SALESFORCE_SCOPES,
  dropbox: DROPBOX_SCOPES,
  zoom: ZOOM_SCOPES,
};

describe('scope catalogue', () => {
  it.each(Object.entries(TABLES))('%s: every row is complete, unique and bilingual', (_name, rows) => {
    const seen = new Set<string>();
    for (const [scope, level, category, en, fr] of rows) {
      expect(seen.has(scope.toLowerCase()), `duplicate ${scope}`).toBe(false);
      seen.add(scope.toLowerCase());
      expect(RISK_LEVELS).toContain(level);
      expect(SCOPE_CATEGORIES).toContain(category);
      expect(en.length, scope).toBeGreaterThan(8);
      expect(fr.length, scope).toBeGreaterThan(8);
      expect(fr, `${scope}: the French text must be French`).not.toBe(en);
    }
  });

  it('keeps the permissions Entra keeps from users at high or above', () => {
    const families =
      /^(?:Files\.\w+\.All|Sites\.\w+\.All|Mail\.|Calendars\.|Chat\.|MailboxSettings\.|OnlineMeetings\.|Tasks\.)/;
    const listed = MICROSOFT_GRAPH_SCOPES.map(([scope]) => scope).filter((scope) => families.test(scope));
    expect(listed.length).toBeGreaterThan(30);
    for (const scope of [
      ...listed,
      'Contacts.ReadWrite',
      'Contacts.Read.Shared',
      'Contacts.ReadWrite.Shared',
      'People.Read',
      'EWS.AccessAsUser.All',
      'IMAP.AccessAsUser.All',
      'POP.AccessAsUser.All',
      'EAS.AccessAsUser.All',
    ]) {
      expect(['high', 'critical'], scope).toContain(describeScope('microsoft', scope).level);
    }
  });

  it('finds every row under its own provider with its own level: no table hides another', () => {
    const byProvider: Array<[Parameters<typeof describeScope>[0], readonly CatalogueRow[]]> = [
      ['microsoft', [...MICROSOFT_GRAPH_SCOPES, ...MICROSOFT_ACCOUNT_SCOPES]],
      ['github', GITHUB_SCOPES],
      ['slack', SLACK_SCOPES],
      ['atlassian', ATLASSIAN_SCOPES],
      ['salesforce', SALESFORCE_SCOPES],
      ['dropbox', DROPBOX_SCOPES],
      ['zoom', ZOOM_SCOPES],
      [
        'google',
        GOOGLE_SCOPES.map(
          ([scope, ...rest]) =>
            [scope.startsWith('https://') ? scope : `https://www.googleapis.com/auth/${scope}`, ...rest] as const,
        ),
      ],
    ];
    for (const [provider, rows] of byProvider) {
      for (const [scope, level] of rows) {
        const info = describeScope(provider, scope);
        expect(info.known, `${provider} ${scope}`).toBe(true);
        expect(info.level, `${provider} ${scope}`).toBe(level);
      }
    }
  });

  it('names each resource permission after a resource of the alias table', () => {
    const ids = new Set(MICROSOFT_RESOURCES.map((r) => r.id));
    for (const [scope] of MICROSOFT_RESOURCE_SCOPES) expect(ids, scope).toContain(scope.split('/')[0]);
  });

  it('keeps Google restricted scopes at high or above', () => {
    for (const scope of [
      'https://mail.google.com/',
      'https://www.googleapis.com/auth/gmail.readonly',
      'https://www.googleapis.com/auth/gmail.modify',
      'https://www.googleapis.com/auth/drive',
      'https://www.googleapis.com/auth/drive.readonly',
    ]) {
      expect(['high', 'critical'], scope).toContain(describeScope('google', scope).level);
    }
  });

  it('describes a scope in both languages', () => {
    const info = describeScope('github', 'repo');
    expect(info.known).toBe(true);
    expect(info.description.en).toMatch(/repositories/);
    expect(info.description.fr).toMatch(/dépôts/);
  });
});

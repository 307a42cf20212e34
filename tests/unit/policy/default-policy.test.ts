import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, defaultPolicy } from '../../../lib/policy/default-policy';
import { POLICY_SCHEMA } from '../../../lib/policy/policy-schema';
import { readPolicy } from '../../../lib/policy/read-policy';
import { decide, github, ms } from './helpers';

describe('the embedded default policy', () => {
  it.each([
    ['sign-in only', ms('openid profile email User.Read'), 'allow'],
    ['contacts read (medium)', ms('Contacts.Read'), 'allow'],
    ['mail read (high)', ms('Mail.Read'), 'warn'],
    ['mail with offline access (critical)', ms('Mail.Read offline_access'), 'warn'],
    ['hidden scopes', ms('https://graph.microsoft.com/.default'), 'warn'],
    [
      'admin consent',
      'https://login.microsoftonline.com/contoso.com/v2.0/adminconsent?client_id=a&scope=openid',
      'warn',
    ],
    ['device code', 'https://microsoft.com/devicelogin', 'warn'],
    ['repository access', github('repo'), 'warn'],
  ] as const)('%s → %s', (_what, url, expected) => {
    const result = decide(url, DEFAULT_POLICY);
    expect(result.decision).toBe(expected);
    expect(result.verdict).toBe(expected);
  });

  it('says which rule spoke', () => {
    expect(decide(ms('Mail.Read'), DEFAULT_POLICY).reasons).toEqual(['risk-high']);
    expect(decide('https://microsoft.com/devicelogin', DEFAULT_POLICY).reasons).toEqual(['device-code', 'risk-high']);
  });
});

describe('the embedded default policy as a value', () => {
  it('is the schema’s defaults, what reading an empty policy gives', () => {
    expect(DEFAULT_POLICY).toEqual(POLICY_SCHEMA.default);
    expect(readPolicy({}).policy).toEqual(DEFAULT_POLICY);
  });

  it('cannot be changed in place; defaultPolicy() gives a copy of its own each time', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    const copy = defaultPolicy();
    expect(copy).toEqual(DEFAULT_POLICY);
    copy.mode = 'enforce';
    copy.blockedApps.push({ provider: '*', clientId: 'x', name: null, note: null });
    expect(DEFAULT_POLICY.mode).toBe('warn');
    expect(DEFAULT_POLICY.blockedApps).toEqual([]);
    expect(defaultPolicy().blockedApps).toEqual([]);
  });
});

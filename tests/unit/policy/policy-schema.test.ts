import { describe, expect, it } from 'vitest';
import { LOCAL_SETTINGS, NO_LOCAL_SETTINGS, tighten } from '../../../lib/policy/local-settings';
import { SECRET_PATHS } from '../../../lib/policy/policy-secrets';
import { readPolicy } from '../../../lib/policy/read-policy';
import { decide, google, ms, policyFrom } from './helpers';

describe('shorthands an admin may write', () => {
  it('a scope rule as a plain string: the scope for any provider, with a note', () => {
    const reading = readPolicy({ blockedScopes: ['Mail.ReadWrite', 'https://mail.google.com/', { scope: 'repo' }] });
    expect(reading.errors).toEqual([]);
    expect(reading.policy.blockedScopes).toEqual([
      { provider: '*', scope: 'Mail.ReadWrite' },
      { provider: '*', scope: 'https://mail.google.com/' },
      { provider: '*', scope: 'repo' },
    ]);
    expect(reading.notes.map((n) => [n.path, n.code])).toEqual([
      ['blockedScopes[0]', 'scope-text'],
      ['blockedScopes[1]', 'scope-text'],
    ]);
    expect(reading.notes[0]?.note).toBe(
      'a plain scope: read as {"provider": "*", "scope": "Mail.ReadWrite"} (any provider)',
    );
    // And they apply: a Google request for the Gmail scope is blocked, as a Microsoft one for Mail.ReadWrite.
    expect(decide(ms('Mail.ReadWrite'), reading.policy).reasons).toContain('blocked-scope:Mail.ReadWrite');
    expect(decide(google('https://mail.google.com/'), reading.policy).decision).toBe('block');
  });

  it('an app as "provider:clientId", or a bare client id for any provider', () => {
    const reading = readPolicy({
      allowedApps: ['microsoft:1111-2222', 'Google:g-1', 'bare-id', '*:everywhere'],
      blockedApps: ['slack:T0123:B456'],
    });
    expect(reading.errors).toEqual([]);
    expect(reading.policy.allowedApps.map(({ provider, clientId }) => [provider, clientId])).toEqual([
      ['microsoft', '1111-2222'],
      ['google', 'g-1'],
      ['*', 'bare-id'],
      ['*', 'everywhere'],
    ]);
    // The first colon splits: the rest is the id, colons and all.
    expect(reading.policy.blockedApps[0]).toMatchObject({ provider: 'slack', clientId: 'T0123:B456' });
    expect(reading.notes.map((n) => n.note)).toContain('read as {"provider": "microsoft", "clientId": "1111-2222"}');
    expect(reading.notes.map((n) => n.code)).toContain('app-bare-id');
    expect(decide(ms('Mail.ReadWrite', '', '1111-2222'), reading.policy).reasons).toEqual(['allowed-app:1111-2222']);
  });

  it('a misspelt provider is an error naming the nearest one; the id is kept for any provider, as for an object', () => {
    const reading = readPolicy({ blockedApps: ['mircosoft:evil-1'] });
    expect(reading.errors).toEqual([
      expect.objectContaining({
        path: 'blockedApps[0].provider',
        problem: '"mircosoft" is not a provider; did you mean "microsoft"?',
      }),
    ]);
    expect(reading.policy.blockedApps).toEqual([{ provider: '*', clientId: 'evil-1', name: null, note: null }]);
    expect(readPolicy({ blockedApps: ['myspace:x'] }).errors[0]?.problem).toMatch(
      /^"myspace" is not a provider; write "provider:clientId" with one of microsoft, google/,
    );
  });

  it('registry text holding JSON still reads as JSON, shorthands inside too', () => {
    const reading = readPolicy({ blockedScopes: '["Mail.Send", {"provider": "google", "scope": "drive"}]' });
    expect(reading.errors).toEqual([]);
    expect(reading.policy.blockedScopes).toEqual([
      { provider: '*', scope: 'Mail.Send' },
      { provider: 'google', scope: 'drive' },
    ]);
  });
});

describe('marks in the schema', () => {
  it('secrets are the fields the schema marks secret', () => {
    expect([...SECRET_PATHS].sort()).toEqual(['reporting.authHeader', 'reporting.headers', 'reporting.hmacSecret']);
  });

  it('the settings a person may tighten are the fields the schema marks local, stricter one way', () => {
    expect(LOCAL_SETTINGS.map((s) => [s.key, s.path, s.stricter])).toEqual([
      ['mode', 'mode', 'later'],
      ['warnAtRisk', 'warnAtRisk', 'earlier'],
      ['blockAtRisk', 'blockAtRisk', 'earlier'],
      ['adminConsent', 'adminConsent', 'later'],
      ['hiddenScopes', 'hiddenScopes', 'later'],
      ['deviceCode', 'deviceCode', 'later'],
      ['personalAccounts', 'accounts.personalAccounts', 'later'],
      ['requireJustification', 'bypass.requireJustification', 'true'],
    ]);
    // Each local default is the loosest value: unset, nothing changes.
    expect(NO_LOCAL_SETTINGS).toEqual({
      mode: 'audit',
      warnAtRisk: 'critical',
      blockAtRisk: 'never',
      adminConsent: 'allow',
      hiddenScopes: 'allow',
      deviceCode: 'allow',
      personalAccounts: 'allow',
      requireJustification: false,
    });
    const strict = policyFrom({ mode: 'enforce', warnAtRisk: 'low', deviceCode: 'block' });
    const loosest = { ...NO_LOCAL_SETTINGS, mode: 'audit', warnAtRisk: 'critical', deviceCode: 'allow' };
    expect(tighten(strict, loosest)).toEqual({ policy: strict, tightened: [] });
  });
});

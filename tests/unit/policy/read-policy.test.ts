import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import { readPolicy } from '../../../lib/policy/read-policy';

describe('reading a policy', () => {
  it('absent (undefined, null, {}) is the default, without errors', () => {
    for (const raw of [undefined, null, {}]) {
      expect(readPolicy(raw)).toMatchObject({ policy: DEFAULT_POLICY, errors: [], empty: true });
    }
  });

  it('partial: what is set applies, the rest is the default', () => {
    const { policy, errors, setKeys } = readPolicy({ mode: 'enforce', bypass: { durationMinutes: 15 } });
    expect(errors).toEqual([]);
    expect(setKeys).toEqual(['mode', 'bypass']);
    expect(policy.mode).toBe('enforce');
    expect(policy.bypass).toEqual({ allowed: true, requireJustification: false, durationMinutes: 15 });
    expect(policy.warnAtRisk).toBe(DEFAULT_POLICY.warnAtRisk);
  });

  it('takes registry-style strings: booleans, numbers, JSON lists and objects', () => {
    const { policy, errors } = readPolicy({
      retentionDays: '90',
      bypass: '{"allowed": "false", "requireJustification": 1}',
      blockedApps: '[{"clientId": "evil-*"}]',
      accounts: { organisationDomains: 'contoso.com, fabrikam.com' },
      mode: 'ENFORCE',
    });
    expect(errors).toEqual([]);
    expect(policy.retentionDays).toBe(90);
    expect(policy.bypass).toMatchObject({ allowed: false, requireJustification: true });
    expect(policy.blockedApps).toEqual([{ provider: '*', clientId: 'evil-*', name: null, note: null }]);
    expect(policy.accounts.organisationDomains).toEqual(['contoso.com', 'fabrikam.com']);
    expect(policy.mode).toBe('enforce');
  });

  it('reports each bad entry with its path, problem and value, and applies the rest', () => {
    const { policy, errors } = readPolicy({
      mode: 'paranoid',
      blockedApps: [{ clientId: 'ok-app' }, { clientId: 42 }, 42, { provider: 'myspace', clientId: 'x' }],
      supportUrl: 'javascript:alert(1)',
      retentionDays: 99999,
      typo: true,
    });
    expect(errors.map(({ path, problem, value }) => ({ path, problem, value }))).toEqual([
      { path: 'mode', problem: 'must be one of "audit", "warn", "enforce"', value: '"paranoid"' },
      { path: 'blockedApps[1].clientId', problem: 'must be text', value: '42' },
      { path: 'blockedApps[2]', problem: 'must be an object', value: '42' },
      expect.objectContaining({ path: 'blockedApps[3].provider', value: '"myspace"' }),
      { path: 'supportUrl', problem: 'must be an absolute https:// URL', value: '"javascript:alert(1)"' },
      { path: 'retentionDays', problem: 'must be between 1 and 3650', value: '99999' },
      { path: 'typo', problem: 'is not a known setting and is ignored', value: 'true' },
    ]);
    // Each problem also carries its code and values, so pages can say it in French.
    expect(errors[0]).toMatchObject({ code: 'one-of', params: ['"audit", "warn", "enforce"'] });
    expect(policy.mode).toBe('warn');
    expect(policy.blockedApps.map((a) => a.clientId)).toEqual(['ok-app', 'x']);
    expect(policy.supportUrl).toBeNull();
    expect(policy.retentionDays).toBe(365);
  });

  it('a list entry with a bad provider keeps its client id with any provider: blocking errs on the strict side', () => {
    const { policy } = readPolicy({ blockedApps: [{ provider: 'myspace', clientId: 'x' }] });
    expect(policy.blockedApps).toEqual([{ provider: '*', clientId: 'x', name: null, note: null }]);
  });

  it('broken JSON text gives the default and one clear error', () => {
    const { policy, errors } = readPolicy('{"mode": "enforce",');
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(errors).toEqual([expect.objectContaining({ path: '(policy)', problem: 'is not valid JSON' })]);
  });

  it('a policy that is not an object gives the default', () => {
    for (const raw of [42, [1, 2], true, 'enforce']) {
      const { policy, errors } = readPolicy(raw);
      expect(policy).toEqual(DEFAULT_POLICY);
      expect(errors.length).toBe(1);
    }
  });

  it('matches key names without case, as the Windows registry does', () => {
    expect(readPolicy({ Mode: 'audit', WARNATRISK: 'low' }).policy).toMatchObject({ mode: 'audit', warnAtRisk: 'low' });
  });

  it('takes a localised message or a single text', () => {
    expect(readPolicy({ message: { en: 'Ask IT', fr: 'Demandez à la DSI' } }).policy.message).toEqual({
      en: 'Ask IT',
      fr: 'Demandez à la DSI',
    });
    expect(readPolicy({ message: 'Ask IT' }).policy.message).toEqual({ '*': 'Ask IT' });
  });

  it('rejects non-https approval and reporting URLs, keeps https templates', () => {
    const { policy, errors } = readPolicy({
      approvalUrl: 'https://it.example.com/request?app={clientId}&scopes={scopes}',
      reporting: { endpoint: 'http://siem.example.com/in' },
    });
    expect(policy.approvalUrl).toBe('https://it.example.com/request?app={clientId}&scopes={scopes}');
    expect(policy.reporting.endpoint).toBeNull();
    expect(errors.map((e) => e.path)).toEqual(['reporting.endpoint']);
  });
});

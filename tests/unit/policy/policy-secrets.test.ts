import { describe, expect, it } from 'vitest';
import { policyEvents, policyFingerprint } from '../../../lib/events/policy-events';
import { POLICY_FIELDS } from '../../../lib/policy/policy-schema';
import { HIDDEN_VALUE, isSecretPath, redactSecrets, SECRET_PATHS } from '../../../lib/policy/policy-secrets';
import { computeState } from '../../../lib/policy/policy-state';
import { readPolicy } from '../../../lib/policy/read-policy';

const withSecrets = {
  mode: 'warn',
  reporting: {
    endpoint: 'https://collector.example/in',
    authHeader: 'Bearer TOP-SECRET-TOKEN',
    hmacSecret: 'TOP-SECRET-HMAC',
    headers: { 'X-Api-Key': 'TOP-SECRET-KEY' },
  },
};

describe('policy secrets', () => {
  it('name fields of the schema', () => {
    for (const path of SECRET_PATHS) {
      const [top, child] = path.split('.') as [keyof typeof POLICY_FIELDS, string];
      expect(POLICY_FIELDS[top].children?.[child], path).toBeDefined();
    }
    expect(isSecretPath('reporting.headers.X-Api-Key')).toBe(true);
    expect(isSecretPath('Reporting.AuthHeader')).toBe(true);
    expect(isSecretPath('reporting.endpoint')).toBe(false);
  });

  it('are hidden from what pages show, and the rest is unchanged', () => {
    const { policy } = readPolicy(withSecrets);
    const shown = JSON.stringify(redactSecrets(policy));
    expect(shown).not.toContain('TOP-SECRET');
    expect(redactSecrets(policy).reporting).toMatchObject({
      endpoint: 'https://collector.example/in',
      authHeader: HIDDEN_VALUE,
      hmacSecret: HIDDEN_VALUE,
      headers: { 'X-Api-Key': HIDDEN_VALUE },
    });
    expect(redactSecrets(readPolicy({}).policy).reporting.authHeader).toBeNull();
  });

  it('never appear in policy errors, fingerprints or policy events', async () => {
    const reading = readPolicy({ reporting: { authHeader: 42, hmacSecret: ['TOP-SECRET-IN-ERROR'] } });
    expect(reading.errors.map((e) => e.path).sort()).toEqual(['reporting.authHeader', 'reporting.hmacSecret']);
    expect(JSON.stringify(reading.errors)).not.toContain('TOP-SECRET');

    const state = computeState(withSecrets, 'present', {}, 1);
    const fingerprint = await policyFingerprint(state, 0);
    const other = computeState(
      { ...withSecrets, reporting: { ...withSecrets.reporting, authHeader: 'Bearer another' } },
      'present',
      {},
      1,
    );
    // The fingerprint leaves the secret out: a changed token is not a changed policy, and cannot be guessed from it.
    expect(await policyFingerprint(other, 0)).toBe(fingerprint);
    expect(await policyFingerprint(computeState({ mode: 'enforce' }, 'present', {}, 1), 0)).not.toBe(fingerprint);
    const events = policyEvents(state, fingerprint, 0, Date.parse('2026-11-25T00:00:00Z'));
    expect(events.map((e) => e.type)).toEqual(['policy-applied']);
    expect(events[0]?.policy.managedKeys).toEqual(['mode', 'reporting']);
    expect(JSON.stringify(events)).not.toContain('TOP-SECRET');
  });

  it('policy errors become a policy-errors event, with where and what but never the value', () => {
    const state = computeState({ mode: 'loud', warnAtRisk: 'SOME-VALUE' }, 'present', {}, 1);
    const events = policyEvents(state, 'f', 2, 0);
    expect(events.map((e) => e.type)).toEqual(['policy-applied', 'policy-errors']);
    expect(events[1]?.policy.errors.map((e) => e.path).sort()).toEqual(['mode', 'warnAtRisk']);
    expect(events[1]?.policy.rulesNotInstalled).toBe(2);
    expect(JSON.stringify(events)).not.toContain('SOME-VALUE');
  });
});

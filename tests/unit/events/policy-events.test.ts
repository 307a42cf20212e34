import { describe, expect, it } from 'vitest';
import { eventsForPolicyUpdate, policyEvents, policyFingerprint } from '../../../lib/events/policy-events';
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

describe('policy events', () => {
  it('are recorded once per policy the browser applies, never for the cached state alone', async () => {
    let stored: unknown;
    const last = {
      get: async () => stored,
      set: async (fingerprint: string) => {
        stored = fingerprint;
      },
    };
    const now = Date.parse('2026-11-25T00:00:00Z');
    const cachedOnly = computeState({ mode: 'enforce' }, 'present', {}, 0);
    expect(await eventsForPolicyUpdate(cachedOnly, 0, now, last)).toEqual([]);

    const read = computeState({ mode: 'enforce' }, 'present', {}, now);
    expect((await eventsForPolicyUpdate(read, 0, now, last)).map((e) => e.type)).toEqual(['policy-applied']);
    // Read again, unchanged (a worker restart, a refresh): nothing new.
    expect(await eventsForPolicyUpdate({ ...read, readAt: now + 1 }, 0, now, last)).toEqual([]);
    // Rules that no longer fit are a change the organisation must hear of.
    expect((await eventsForPolicyUpdate(read, 3, now, last))[0]?.policy.rulesNotInstalled).toBe(3);
    const broken = computeState({ mode: 'loud' }, 'present', {}, now);
    expect((await eventsForPolicyUpdate(broken, 3, now, last)).map((e) => e.type)).toEqual([
      'policy-applied',
      'policy-errors',
    ]);
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

  it('say where requests are stopped and which keys the organisation set; a change of either is a new fingerprint', () => {
    const state = computeState(
      { mode: 'enforce', bypass: { allowed: false } },
      'present',
      { requireJustification: true },
      1,
    );
    const [event] = policyEvents(state, 'f', 0, 0, 'before-request');
    expect(event?.policy).toEqual({
      status: 'present',
      fingerprint: 'f',
      managedKeys: ['bypass', 'mode'],
      errors: [],
      rulesNotInstalled: 0,
      protection: 'before-request',
    });
    expect(policyFingerprint(state, 0, 'before-request')).not.toBe(policyFingerprint(state, 0, 'after-navigation'));
    expect(policyFingerprint(state, 0)).toBe(policyFingerprint(state, 0, null));
    expect(policyFingerprint(state, 0)).not.toBe(policyFingerprint(state, 1));
  });
});

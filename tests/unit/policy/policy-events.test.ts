import { describe, expect, it } from 'vitest';
import { eventsForPolicyUpdate } from '../../../lib/events/policy-events';
import { computeState } from '../../../lib/policy/policy-state';

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
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryAfterMs, retryDelay } from '../../../lib/reporting/retry-delay';

describe('retry delay', () => {
  it('doubles with each failure, from about 5 seconds up to 15 minutes', () => {
    const ceiling = (f: number) => retryDelay(f, () => 1);
    expect([1, 2, 3, 4].map(ceiling)).toEqual([
      FIRST_RETRY_MS,
      2 * FIRST_RETRY_MS,
      4 * FIRST_RETRY_MS,
      8 * FIRST_RETRY_MS,
    ]);
    expect(ceiling(40)).toBe(MAX_RETRY_MS);
    expect(ceiling(10_000)).toBe(MAX_RETRY_MS);
  });

  it('is jittered between half and all of its ceiling, so browsers do not retry in step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (failures, r) => {
        const delay = retryDelay(failures, () => r);
        const ceiling = retryDelay(failures, () => 1);
        return delay >= ceiling / 2 && delay <= ceiling;
      }),
      { numRuns: 10_000 },
    );
    expect(retryDelay(3, () => 0)).not.toBe(retryDelay(3, () => 0.9));
  });

  it('reads Retry-After in seconds or as a date, capped at an hour', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Wed, 25 Nov 2026 10:02:00 GMT', now)).toBe(120_000);
    expect(retryAfterMs('999999', now)).toBe(3_600_000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('Wed, 25 Nov 2026 09:00:00 GMT', now)).toBeNull();
  });
});

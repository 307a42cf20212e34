import { describe, expect, it } from 'vitest';
import { DEFAULT_BATCH_LIMIT, initialDeliveryState, readDeliveryState } from '../../../lib/reporting/delivery-state';

describe('delivery state', () => {
  it('starts at a cursor with nothing sent, failed or dropped', () => {
    expect(initialDeliveryState(7)).toEqual({
      cursor: 7,
      failures: 0,
      nextAttemptAt: 0,
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: null,
      lastErrorAt: null,
      sent: 0,
      droppedTotal: 0,
      pendingDrop: null,
      batchLimit: DEFAULT_BATCH_LIMIT,
    });
  });

  it('reads a stored state, completing what an older version did not store', () => {
    expect(readDeliveryState({ cursor: 12, sent: 40 })).toEqual({ ...initialDeliveryState(12), sent: 40 });
  });

  it('takes anything unexpected for “not started”', () => {
    for (const value of [null, undefined, 'x', 5, {}, { cursor: 'a' }, { cursor: Number.NaN }, { cursor: Infinity }])
      expect(readDeliveryState(value), String(value)).toBeNull();
  });
});

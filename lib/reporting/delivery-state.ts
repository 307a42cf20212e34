import type { DropNotice } from './report-event';

/**
 * Where reporting stands, kept in the database's `meta` table. The events
 * table is the outbox: every event after `cursor` (its `seq`) is still to be
 * sent. Advancing the cursor and recording the result are one write, so a
 * stopped worker resends at most the batch it was sending (at-least-once;
 * collectors de-duplicate by event id).
 */
export interface DeliveryState {
  /** The last event sent or passed over (filtered out, imported, dropped). */
  cursor: number;
  /** Failed attempts in a row. */
  failures: number;
  /** No attempt before this time (backoff); 0: now. */
  nextAttemptAt: number;
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  lastError: string | null;
  lastErrorAt: number | null;
  /** Events the collector accepted, since reporting was turned on. */
  sent: number;
  /** Events dropped by the outbox's caps, since reporting was turned on. */
  droppedTotal: number;
  /** Drops not yet reported: sent first in the next batch, under a fixed id so a retry is de-duplicated. */
  pendingDrop: DropNotice | null;
  /** Events per POST: halved when the collector says a batch is too large. */
  batchLimit: number;
}

export const DELIVERY_STATE_KEY = 'reporting';
export const DEFAULT_BATCH_LIMIT = 100;

export function initialDeliveryState(cursor: number): DeliveryState {
  return {
    cursor,
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
  };
}

/** Reads a stored state defensively: anything unexpected means "not started". */
export function readDeliveryState(value: unknown): DeliveryState | null {
  if (value === null || typeof value !== 'object') return null;
  const v = value as Partial<DeliveryState>;
  if (typeof v.cursor !== 'number' || !Number.isFinite(v.cursor)) return null;
  return { ...initialDeliveryState(v.cursor), ...v } as DeliveryState;
}

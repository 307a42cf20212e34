import type { ConsentDatabase, StoredEvent } from '../grants/consent-database';
import { DELIVERY_STATE_KEY, type DeliveryState, initialDeliveryState, readDeliveryState } from './delivery-state';
import { formatBatch } from './report-body';
import { dropReport, type ReportContext, type ReportEvent, toReportEvent } from './report-event';
import { isReportable, type ReportingConfig } from './reporting-config';
import { retryAfterMs, retryDelay } from './retry-delay';
import { SIGNATURE_HEADER, signBody } from './signature';

/** The outbox's caps: past them, the oldest unsent events are dropped, counted and reported. */
export const MAX_QUEUED_EVENTS = 10_000;
export const MAX_EVENT_AGE_MS = 7 * 86_400_000;
/** When reporting is first turned on, the device's events of the last day are sent too. */
export const BACKFILL_MS = 86_400_000;
/** One POST carries at most this many bytes of events (at least one event). */
export const MAX_BATCH_BYTES = 512 * 1024;
/** Events recorded close together go in one POST. */
export const BATCH_DELAY_MS = 1_000;
/** Batches sent in one run before yielding (the next run follows at once). */
const BATCHES_PER_RUN = 20;

export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type SendResult =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: string; retryAfter: string | null };

export interface DeliveryDeps {
  db: ConsentDatabase;
  /** The reporting part of the policy in force; null when reporting is off. */
  config(): ReportingConfig | null;
  /** The browser, extension and user identity placed in every event. */
  context(config: ReportingConfig): Promise<ReportContext>;
  /** One POST to the collector. Never throws: a failure is a result. */
  send(request: SendRequest): Promise<SendResult>;
  /** Wakes delivery at `time` even if the worker is stopped meanwhile (an alarm). */
  wakeAt(time: number): void;
  now(): number;
  random(): number;
}

/**
 * Sends the events table to the organisation's collector, in order, in
 * batches, with retries, surviving worker stops and browser restarts: the
 * table is the outbox, `DeliveryState.cursor` marks what was sent, and an
 * alarm is set before each POST so a worker stopped mid-send comes back.
 */
export class ReportDelivery {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: DeliveryDeps) {}

  /** An event was recorded: send it with whatever else comes within a second. */
  soon(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, BATCH_DELAY_MS);
  }

  /**
   * Sends what is queued. `force` ignores the backoff (an admin's "Send now").
   * Runs one at a time; a call during a run makes the run go once more.
   */
  run(force = false): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.runOnce(force);
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Reporting was turned off by a policy the browser confirmed: forget where it stood. */
  async reset(): Promise<void> {
    await this.deps.db.meta.delete(DELIVERY_STATE_KEY);
  }

  /** Events after this `seq` are not sent yet: retention must keep them (Infinity when reporting is off). */
  async unsentAfter(): Promise<number> {
    if (!this.deps.config()) return Number.POSITIVE_INFINITY;
    return (await this.loadState(this.deps.now())).cursor;
  }

  private async runOnce(force: boolean): Promise<void> {
    const config = this.deps.config();
    if (!config) return;
    let state = await this.loadState(this.deps.now());
    if (!force && state.nextAttemptAt > this.deps.now()) {
      this.deps.wakeAt(state.nextAttemptAt);
      return;
    }
    for (let i = 0; i < BATCHES_PER_RUN; i++) {
      state = await this.enforceCaps(state, config);
      const batch = await this.nextBatch(state, config);
      if (batch === null) return;
      if (batch.events.length === 0) {
        // Everything read was filtered out or imported: pass over it.
        state = await this.save({ ...state, cursor: batch.lastSeq });
        continue;
      }
      const result = await this.sendBatch(state, config, batch.events);
      const now = this.deps.now();
      if (result.ok) {
        state = await this.save({
          ...state,
          cursor: batch.lastSeq,
          failures: 0,
          nextAttemptAt: 0,
          lastAttemptAt: now,
          lastSuccessAt: now,
          sent: state.sent + batch.events.length - (state.pendingDrop ? 1 : 0),
          pendingDrop: null,
        });
        continue;
      }
      const failed = { ...state, lastAttemptAt: now, lastError: result.error, lastErrorAt: now };
      if (result.status === 413 && batch.rows > 1) {
        // Too large: the same events again at once, in smaller batches.
        state = await this.save({ ...failed, batchLimit: Math.max(1, Math.floor(batch.rows / 2)) });
        continue;
      }
      const failures = state.failures + 1;
      const wait = Math.max(retryDelay(failures, this.deps.random), retryAfterMs(result.retryAfter, now) ?? 0);
      await this.save({ ...failed, failures, nextAttemptAt: now + wait });
      this.retryIn(wait);
      return;
    }
    this.again = true;
  }

  /** Wakes delivery after `wait`: an alarm (survives a stopped worker) and, while the worker lives, a punctual timer. */
  private retryIn(wait: number): void {
    this.deps.wakeAt(this.deps.now() + wait);
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.run();
    }, wait);
  }

  private async loadState(now: number): Promise<DeliveryState> {
    const stored = readDeliveryState((await this.deps.db.meta.get(DELIVERY_STATE_KEY))?.value);
    if (stored) return stored;
    // First run with reporting on: the last day's events are sent, older ones are history.
    const recent = (await this.deps.db.events
      .where('timeMs')
      .aboveOrEqual(now - BACKFILL_MS)
      .filter((e) => !e.imported)
      .primaryKeys()) as number[];
    const newest = ((await this.deps.db.events.orderBy('seq').lastKey()) as number | undefined) ?? 0;
    const cursor = recent.length > 0 ? recent.reduce((min, seq) => Math.min(min, seq)) - 1 : newest;
    return this.save(initialDeliveryState(cursor));
  }

  private async save(state: DeliveryState): Promise<DeliveryState> {
    await this.deps.db.meta.put({ key: DELIVERY_STATE_KEY, value: state });
    return state;
  }

  /**
   * The outbox never grows without bound: unsent events older than a week, or
   * beyond the newest 10,000, are dropped (the cursor passes them), counted,
   * and announced to the collector in the next batch.
   */
  private async enforceCaps(state: DeliveryState, config: ReportingConfig): Promise<DeliveryState> {
    const now = this.deps.now();
    const unsent = () => this.deps.db.events.where('seq').above(state.cursor);
    const total = await unsent().count();
    if (total === 0) return state;
    const excess = Math.max(0, total - MAX_QUEUED_EVENTS);
    const cutoff = now - MAX_EVENT_AGE_MS;
    const dropped: StoredEvent[] = [];
    // Oldest first, while over the count cap or older than the age cap.
    await unsent()
      .until((event) => dropped.length >= excess && event.timeMs >= cutoff)
      .each((event) => {
        dropped.push(event);
      });
    if (dropped.length === 0) return state;
    const cursor = dropped.at(-1)?.seq ?? state.cursor;
    const counted = dropped.filter((e) => isReportable(config, e));
    if (counted.length === 0) return this.save({ ...state, cursor });
    const previous = state.pendingDrop;
    const times = counted.map((e) => e.time).sort();
    const oldest = times[0] as string;
    return this.save({
      ...state,
      cursor,
      droppedTotal: state.droppedTotal + counted.length,
      // A notice's id always names the same content: a changed notice gets a new id.
      pendingDrop: {
        id: crypto.randomUUID(),
        count: (previous?.count ?? 0) + counted.length,
        oldest: previous && previous.oldest < oldest ? previous.oldest : oldest,
        newest: times.at(-1) as string,
      },
    });
  }

  /** The next batch after the cursor, within the batch size and byte caps; null when nothing is queued. */
  private async nextBatch(
    state: DeliveryState,
    config: ReportingConfig,
  ): Promise<{ events: ReportEvent[]; lastSeq: number; rows: number } | null> {
    const rows = await this.deps.db.events.where('seq').above(state.cursor).limit(state.batchLimit).toArray();
    if (rows.length === 0 && !state.pendingDrop) return null;
    const context = await this.deps.context(config);
    const events: ReportEvent[] = state.pendingDrop ? [dropReport(state.pendingDrop, context, this.deps.now())] : [];
    let bytes = events.length > 0 ? JSON.stringify(events[0]).length : 0;
    let lastSeq = state.cursor;
    let taken = 0;
    for (const row of rows) {
      if (isReportable(config, row)) {
        const report = toReportEvent(row, context);
        const size = JSON.stringify(report).length + 1;
        if (events.length > 0 && bytes + size > MAX_BATCH_BYTES) break;
        events.push(report);
        bytes += size;
      }
      lastSeq = row.seq ?? lastSeq;
      taken++;
    }
    return { events, lastSeq, rows: taken };
  }

  /** One signed POST of a batch. */
  private async sendBatch(state: DeliveryState, config: ReportingConfig, events: ReportEvent[]): Promise<SendResult> {
    // Before the POST: if the worker is stopped while it is in flight, this wakes it to try again.
    this.deps.wakeAt(this.deps.now() + retryDelay(state.failures + 1, this.deps.random));
    const body = formatBatch(events, config.format);
    const headers: Record<string, string> = { ...config.headers, 'Content-Type': 'application/json' };
    if (config.hmacSecret) headers[SIGNATURE_HEADER] = await signBody(config.hmacSecret, body);
    return this.deps.send({ url: config.endpoint, headers, body });
  }
}

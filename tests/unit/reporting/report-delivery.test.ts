import 'fake-indexeddb/auto';
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentEvent, RecordedEvent } from '../../../lib/events/consent-event';
import { ConsentDatabase, type MetaRecord } from '../../../lib/grants/consent-database';
import { GrantStore } from '../../../lib/grants/grant-store';
import { defaultPolicy } from '../../../lib/policy/default-policy';
import type { Policy } from '../../../lib/policy/policy-schema';
import { DELIVERY_STATE_KEY, type DeliveryState } from '../../../lib/reporting/delivery-state';
import {
  BACKFILL_MS,
  MAX_EVENT_AGE_MS,
  MAX_QUEUED_EVENTS,
  ReportDelivery,
  type SendRequest,
  type SendResult,
} from '../../../lib/reporting/report-delivery';
import { REPORT_SCHEMA, type ReportEvent } from '../../../lib/reporting/report-event';
import { type ReportingConfig, reportingConfig } from '../../../lib/reporting/reporting-config';
import { FIRST_RETRY_MS } from '../../../lib/reporting/retry-delay';

/**
 * The outbox and its delivery, against a real (in-memory) IndexedDB, a fake
 * collector and fake timers: what the organisation receives, and when.
 */
const T0 = Date.parse('2026-11-20T09:00:00Z');

/** A collector in memory: answers with whatever `mode` says, and keeps what it accepted. */
class FakeCollector {
  mode: 'accept' | 'fail' | 'hang' | 'too-large' = 'accept';
  retryAfter: string | null = null;
  requests: SendRequest[] = [];
  accepted: ReportEvent[] = [];
  send = async (request: SendRequest): Promise<SendResult> => {
    this.requests.push(request);
    if (this.mode === 'hang') return new Promise(() => undefined);
    if (this.mode === 'fail') return { ok: false, status: 503, error: 'HTTP 503', retryAfter: this.retryAfter };
    if (this.mode === 'too-large' && (JSON.parse(request.body) as unknown[]).length > 10)
      return { ok: false, status: 413, error: 'HTTP 413', retryAfter: null };
    this.accepted.push(...(JSON.parse(request.body) as ReportEvent[]));
    return { ok: true, status: 200 };
  };
  ids(): string[] {
    return this.accepted.filter((e) => e.type !== 'events-dropped').map((e) => e.id);
  }
}

function decision(i: number, type: ConsentEvent['type'] = 'warned', time = Date.now()): ConsentEvent {
  return {
    id: `event-${i}`,
    time: new Date(time).toISOString(),
    type,
    provider: 'microsoft',
    kind: 'authorize',
    clientId: `app-${i}`,
    appName: null,
    scopes: ['Mail.Read'],
    risk: 'high',
    decision: 'warn',
    reasons: ['high-risk'],
    tenant: 'contoso.com',
    redirectHost: 'app.example',
  };
}

function withReporting(reporting: Partial<Policy['reporting']>): ReportingConfig {
  const policy = defaultPolicy();
  return reportingConfig({
    ...policy,
    reporting: { ...policy.reporting, endpoint: 'https://collector.example/events', ...reporting },
  }) as ReportingConfig;
}

let n = 0;
let db: ConsentDatabase;
let store: GrantStore;
let collector: FakeCollector;
let config: ReportingConfig | null;
let wakes: number[];

function delivery(): ReportDelivery {
  return new ReportDelivery({
    db,
    config: () => config,
    context: async (c) => ({
      source: {
        product: 'consent-guard',
        extensionVersion: '1.2.3',
        browser: 'chrome',
        browserVersion: '156',
        platform: 'linux',
      },
      user: { hint: c.userHint, email: null },
    }),
    send: collector.send,
    wakeAt: (time) => wakes.push(time),
    now: () => Date.now(),
    random: () => 0.5,
  });
}

async function record(...events: RecordedEvent[]): Promise<void> {
  for (const event of events) await store.addEvent(event);
}

async function state(): Promise<DeliveryState> {
  return (await db.meta.get(DELIVERY_STATE_KEY))?.value as DeliveryState;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: T0 });
  db = new ConsentDatabase(`reporting-${++n}`);
  store = new GrantStore(db);
  collector = new FakeCollector();
  config = withReporting({ userHint: 'ann@contoso.com' });
  wakes = [];
});

afterEach(async () => {
  vi.useRealTimers();
  db.close();
  await db.delete();
});

describe('report delivery', () => {
  it('sends queued events in order, in one batch, in the documented shape, and never twice', async () => {
    await record(decision(1), decision(2, 'continued'), decision(3, 'grant-recorded'));
    const sender = delivery();
    await sender.run();
    expect(collector.requests).toHaveLength(1);
    expect(collector.ids()).toEqual(['event-1', 'event-2', 'event-3']);
    expect(collector.accepted[0]).toMatchObject({
      schema: REPORT_SCHEMA,
      type: 'warned',
      provider: 'microsoft',
      clientId: 'app-1',
      scopes: ['Mail.Read'],
      risk: 'high',
      decision: 'warn',
      tenant: 'contoso.com',
      redirectHost: 'app.example',
      source: { extensionVersion: '1.2.3', browser: 'chrome' },
      user: { hint: 'ann@contoso.com', email: null },
    });
    expect(collector.requests[0]?.headers['Content-Type']).toBe('application/json');
    await sender.run();
    expect(collector.requests).toHaveLength(1);
    expect(await state()).toMatchObject({ sent: 3, failures: 0, lastSuccessAt: T0, lastError: null });
  });

  it('batches events recorded close together into one POST', async () => {
    const sender = delivery();
    for (let i = 0; i < 5; i++) {
      await record(decision(i));
      sender.soon();
    }
    expect(collector.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(collector.requests).toHaveLength(1));
    expect(collector.ids()).toHaveLength(5);
  });

  it('keeps events while the collector is down and retries with growing, jittered waits', async () => {
    collector.mode = 'fail';
    await record(decision(1));
    const sender = delivery();
    await sender.run();
    expect(collector.requests).toHaveLength(1);
    const first = await state();
    expect(first).toMatchObject({ failures: 1, lastError: 'HTTP 503', lastErrorAt: T0, sent: 0 });
    // random() = 0.5: three quarters of the ceiling; the ceiling doubles with each failure.
    expect(first.nextAttemptAt - T0).toBe(0.75 * FIRST_RETRY_MS);
    expect(wakes.at(-1)).toBe(first.nextAttemptAt);

    // Not before the wait is over, even when asked (another event recorded).
    await record(decision(2));
    await sender.run();
    expect(collector.requests).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(0.75 * FIRST_RETRY_MS);
    await vi.waitFor(() => expect(collector.requests).toHaveLength(2));
    const second = await state();
    expect(second.failures).toBe(2);
    expect(second.nextAttemptAt - (second.lastAttemptAt as number)).toBe(0.75 * 2 * FIRST_RETRY_MS);

    collector.mode = 'accept';
    await vi.advanceTimersByTimeAsync(0.75 * 2 * FIRST_RETRY_MS);
    await vi.waitFor(() => expect(collector.ids()).toEqual(['event-1', 'event-2']));
    expect(await state()).toMatchObject({ failures: 0, nextAttemptAt: 0, sent: 2, lastError: 'HTTP 503' });
  });

  it('honours the collector’s Retry-After when it asks for longer', async () => {
    collector.mode = 'fail';
    collector.retryAfter = '120';
    await record(decision(1));
    await delivery().run();
    expect((await state()).nextAttemptAt).toBe(T0 + 120_000);
  });

  it('"Send now" ignores the backoff', async () => {
    collector.mode = 'fail';
    await record(decision(1));
    const sender = delivery();
    await sender.run();
    collector.mode = 'accept';
    await sender.run(true);
    expect(collector.ids()).toEqual(['event-1']);
  });

  it('loses nothing when the worker stops in the middle of a POST: the next worker sends the batch again', async () => {
    await record(decision(1), decision(2));
    collector.mode = 'hang';
    void delivery().run();
    await vi.waitFor(() => expect(collector.requests).toHaveLength(1));
    // An alarm was set before the POST: the stopped worker is woken to try again.
    expect(wakes.length).toBeGreaterThan(0);

    // The worker is gone; a new one starts (same database) and the collector is fine again.
    collector.mode = 'accept';
    await record(decision(3));
    await delivery().run();
    expect(collector.ids()).toEqual(['event-1', 'event-2', 'event-3']);
    expect(new Set(collector.ids()).size).toBe(3);
  });

  it('at least once: a POST that arrived but was not marked sent is sent again, under the same ids', async () => {
    await record(decision(1), decision(2));
    const sender = delivery();
    // The collector accepts, but the cursor never advances (the worker dies between the two).
    const put = db.meta.put.bind(db.meta);
    let failNextSuccess = true;
    vi.spyOn(db.meta, 'put').mockImplementation(((item: MetaRecord) => {
      const value = item.value as DeliveryState;
      if (failNextSuccess && value.sent > 0) {
        failNextSuccess = false;
        return Promise.reject(new Error('worker stopped'));
      }
      return put(item);
    }) as typeof db.meta.put);
    await expect(sender.run()).rejects.toThrow('worker stopped');
    await delivery().run();
    expect(collector.ids()).toEqual(['event-1', 'event-2', 'event-1', 'event-2']);
    expect(new Set(collector.ids())).toEqual(new Set(['event-1', 'event-2']));
  });

  it('halves the batch when the collector says it is too large', async () => {
    collector.mode = 'too-large';
    await record(...Array.from({ length: 40 }, (_, i) => decision(i)));
    await delivery().run();
    expect(collector.ids()).toHaveLength(40);
    expect(new Set(collector.ids()).size).toBe(40);
    expect(await state()).toMatchObject({ lastError: 'HTTP 413', failures: 0 });
    expect((await state()).batchLimit).toBeLessThanOrEqual(10);
  });

  it('sends only the event types the policy lists, never imported events, and passes over the rest', async () => {
    config = withReporting({ events: ['continued', 'approval-requested'] });
    await record(decision(1, 'warned'), decision(2, 'continued'), decision(3, 'consent-detected'));
    await db.events.add({ ...decision(4, 'continued'), timeMs: Date.now(), imported: true });
    await record(decision(5, 'approval-requested'));
    await delivery().run();
    expect(collector.ids()).toEqual(['event-2', 'event-5']);
    expect((await state()).cursor).toBe(5);
  });

  it('first turned on, sends the last day’s events and not older history', async () => {
    await record(decision(1, 'warned', T0 - BACKFILL_MS - 60_000), decision(2, 'warned', T0 - 3_600_000));
    // An import after them brings old events (old times, new sequence numbers): they move nothing.
    const old = decision(3, 'warned', T0 - 30 * 86_400_000);
    await db.events.add({ ...old, timeMs: Date.parse(old.time), imported: true });
    await record(decision(4));
    await delivery().run();
    expect(collector.ids()).toEqual(['event-2', 'event-4']);
  });

  it('drops the oldest events past the count cap, counts them, and says so first when delivery resumes', async () => {
    collector.mode = 'fail';
    const excess = 25;
    await db.events.bulkAdd(
      Array.from({ length: MAX_QUEUED_EVENTS + excess }, (_, i) => ({ ...decision(i), timeMs: Date.now() })),
    );
    const sender = delivery();
    await sender.run();
    expect(await state()).toMatchObject({ droppedTotal: excess, pendingDrop: { count: excess } });

    collector.mode = 'accept';
    await sender.run(true);
    await vi.waitFor(async () => expect((await state()).sent).toBe(MAX_QUEUED_EVENTS));
    const notice = collector.accepted[0];
    expect(notice).toMatchObject({ type: 'events-dropped', dropped: { count: excess } });
    expect(collector.ids()[0]).toBe(`event-${excess}`);
    expect(collector.ids()).toHaveLength(MAX_QUEUED_EVENTS);
    expect(collector.accepted.filter((e) => e.type === 'events-dropped')).toHaveLength(1);
    expect((await state()).pendingDrop).toBeNull();
  }, 60_000);

  it('drops unsent events older than a week, counted, and keeps the rest', async () => {
    collector.mode = 'fail';
    await record(decision(1));
    const sender = delivery();
    await sender.run();
    await record(decision(2, 'warned', T0 + MAX_EVENT_AGE_MS));
    vi.setSystemTime(T0 + MAX_EVENT_AGE_MS + 60_000);
    collector.mode = 'accept';
    await sender.run(true);
    expect(collector.accepted.map((e) => e.type)).toEqual(['events-dropped', 'warned']);
    expect(collector.accepted[0]?.dropped).toMatchObject({ count: 1, oldest: new Date(T0).toISOString() });
    expect(collector.ids()).toEqual(['event-2']);
  });

  it('sends nothing when reporting is off, and forgets its place when told reporting was removed', async () => {
    config = null;
    await record(decision(1));
    const sender = delivery();
    await sender.run();
    expect(collector.requests).toHaveLength(0);
    expect(await sender.unsentAfter()).toBe(Number.POSITIVE_INFINITY);

    config = withReporting({});
    await sender.run();
    expect(await sender.unsentAfter()).toBe(1);
    await sender.reset();
    expect(await db.meta.get(DELIVERY_STATE_KEY)).toBeUndefined();
  });

  it('retention keeps events not yet reported', async () => {
    collector.mode = 'fail';
    await record(decision(1, 'warned', T0 - 3 * 86_400_000), decision(2, 'warned', T0 - 3 * 86_400_000));
    const sender = delivery();
    await db.meta.put({
      key: DELIVERY_STATE_KEY,
      value: { ...((await db.meta.get(DELIVERY_STATE_KEY))?.value ?? {}), cursor: 1 },
    });
    const result = await store.applyRetention(1, T0, await sender.unsentAfter());
    expect(result.events).toBe(1);
    expect((await db.events.toArray()).map((e) => e.id)).toEqual(['event-2']);
  });

  it('signs the exact body with HMAC-SHA256 and sends the admin’s headers', async () => {
    config = withReporting({
      hmacSecret: 'shared-secret',
      authHeader: 'Bearer abc',
      headers: { 'X-Tenant': 'contoso', authorization: 'overridden', 'content-type': 'text/plain' },
    });
    await record(decision(1));
    await delivery().run();
    const request = collector.requests[0] as SendRequest;
    const expected = createHmac('sha256', 'shared-secret').update(request.body).digest('hex');
    expect(request.headers['X-Consent-Guard-Signature']).toBe(`sha256=${expected}`);
    expect(request.headers).toMatchObject({ Authorization: 'Bearer abc', 'X-Tenant': 'contoso' });
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers['Content-Type']).toBe('application/json');
    expect(request.headers['content-type']).toBeUndefined();
  });

  it('sends Splunk HEC envelopes, one per line, when the policy says so', async () => {
    config = withReporting({ format: 'splunk-hec' });
    collector.send = async (request) => {
      collector.requests.push(request);
      return { ok: true, status: 200 };
    };
    await record(decision(1), decision(2));
    await delivery().run();
    const lines = (collector.requests[0]?.body ?? '').split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      time: T0 / 1000,
      source: 'consent-guard',
      sourcetype: 'consent-guard:event',
      event: { id: 'event-1', type: 'warned' },
    });
  });
});

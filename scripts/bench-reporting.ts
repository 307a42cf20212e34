import 'fake-indexeddb/auto';
import type { ConsentEvent } from '../lib/events/consent-event';
import { ConsentDatabase } from '../lib/grants/consent-database';
import { defaultPolicy } from '../lib/policy/default-policy';
import { ReportDelivery, type SendRequest, type SendResult } from '../lib/reporting/report-delivery';
import { type ReportingConfig, reportingConfig } from '../lib/reporting/reporting-config';
import { startCollector } from './test-collector';

/**
 * Reporting throughput: 10,000 queued events delivered to the loopback test
 * collector over real HTTP, with signatures, by the same delivery code the
 * worker runs (IndexedDB is the in-memory fake here, so the figure is the
 * code's cost, not the browser's disk). Prints the figures for docs/performance.md.
 */
const EVENTS = 10_000;
const collector = await startCollector({ secret: 'bench-secret' });
const db = new ConsentDatabase('bench-reporting');
await db.delete();
await db.open();
const now = Date.now();
const event = (i: number): ConsentEvent & { timeMs: number } => ({
  id: crypto.randomUUID(),
  time: new Date(now).toISOString(),
  timeMs: now,
  type: 'warned',
  provider: 'microsoft',
  kind: 'authorize',
  clientId: `11111111-2222-4333-8444-${String(i).padStart(12, '0')}`,
  appName: 'An app',
  scopes: ['Mail.ReadWrite', 'Files.ReadWrite.All', 'offline_access', 'openid', 'profile'],
  risk: 'high',
  decision: 'warn',
  reasons: ['risk-high'],
  tenant: 'contoso.com',
  redirectHost: 'app.example.com',
});
await db.events.bulkAdd(Array.from({ length: EVENTS }, (_, i) => event(i)));

const policy = defaultPolicy();
const config = reportingConfig({
  ...policy,
  reporting: { ...policy.reporting, endpoint: collector.url, hmacSecret: 'bench-secret', authHeader: 'Bearer x' },
}) as ReportingConfig;
let posts = 0;
const send = async (request: SendRequest): Promise<SendResult> => {
  posts++;
  const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
  return response.ok
    ? { ok: true, status: response.status }
    : { ok: false, status: response.status, error: `HTTP ${response.status}`, retryAfter: null };
};
const delivery = new ReportDelivery({
  db,
  config: () => config,
  context: async (c) => ({
    source: {
      product: 'consent-guard',
      extensionVersion: '0.1.0',
      browser: 'chrome',
      browserVersion: '156',
      platform: 'linux',
    },
    user: { hint: c.userHint, email: null },
  }),
  send,
  wakeAt: () => undefined,
  now: Date.now,
  random: Math.random,
});

const start = performance.now();
while (collector.events().length < EVENTS) await delivery.run();
const ms = performance.now() - start;
const bytes = collector.rawBodies.reduce((n, b) => n + b.length, 0);
const valid = collector.batches.every((b) => b.signatureValid === true);
console.log(`| events delivered | ${EVENTS.toLocaleString('en')} |`);
console.log(`| POSTs | ${posts} |`);
console.log(`| time | ${ms.toFixed(0)} ms (${((EVENTS / ms) * 1000).toFixed(0)} events/s) |`);
console.log(`| bytes per event (json) | ${(bytes / EVENTS).toFixed(0)} |`);
console.log(`| every signature valid | ${valid} |`);
await collector.close();
db.close();

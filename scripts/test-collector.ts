import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * A small collector for Consent Guard's reports, on the loopback interface
 * only: the tests point the policy at it and tell it to accept, fail or hold
 * its answer; admins can run it to see what a browser sends
 * (`npm run collector -- --port 8787 --secret s3cret`).
 *
 * It answers CORS preflights for the allowed origin, as a real collector (or
 * the proxy in front of it) must for a browser extension.
 */
export type CollectorMode = 'accept' | 'fail' | 'delay';

export interface CollectorBatch {
  headers: Record<string, string | string[] | undefined>;
  /** The body exactly as received. */
  raw: Buffer;
  events: Array<Record<string, unknown>>;
  /** Whether the signature header matched the body (null: no secret configured). */
  signatureValid: boolean | null;
}

export interface CollectorOptions {
  port?: number;
  /** The Origin allowed by CORS, e.g. chrome-extension://<id>; '*' for any. */
  allowOrigin?: string;
  /** Checks each batch's X-Consent-Guard-Signature with this secret. */
  secret?: string;
  /** Logs each batch to the console (the command line). */
  log?: boolean;
}

export interface Collector {
  url: string;
  /** accept: 200; fail: 503 with Retry-After 1; delay: hold the answer `delayMs`, then accept. */
  setMode(mode: CollectorMode, delayMs?: number): void;
  /** Batches it accepted. */
  batches: CollectorBatch[];
  /** Every POST body it received, accepted or not, as raw bytes. */
  rawBodies: Buffer[];
  /** Events accepted, in order (duplicates included). */
  events(): Array<Record<string, unknown>>;
  close(): Promise<void>;
}

function parseEvents(raw: Buffer): Array<Record<string, unknown>> {
  const text = raw.toString('utf8').trim();
  if (text.startsWith('[')) return JSON.parse(text);
  // Splunk HEC: one envelope per line; the event is in `event`.
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line).event);
}

function checkSignature(secret: string | undefined, header: string | string[] | undefined, raw: Buffer) {
  if (!secret) return null;
  if (typeof header !== 'string') return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`);
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startCollector(options: CollectorOptions = {}): Promise<Collector> {
  let mode: CollectorMode = 'accept';
  let delayMs = 0;
  const batches: CollectorBatch[] = [];
  const rawBodies: Buffer[] = [];
  const allowOrigin = options.allowOrigin ?? '*';

  const cors = (request: IncomingMessage, response: ServerResponse) => {
    const origin = request.headers.origin;
    if (allowOrigin === '*' || origin === allowOrigin) {
      response.setHeader('Access-Control-Allow-Origin', allowOrigin === '*' ? '*' : allowOrigin);
      response.setHeader('Vary', 'Origin');
    }
  };

  const server = createServer((request, response) => {
    cors(request, response);
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'POST');
      response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? '');
      response.setHeader('Access-Control-Max-Age', '600');
      response.writeHead(204).end();
      return;
    }
    if (request.method !== 'POST') {
      response.writeHead(405).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      rawBodies.push(raw);
      const accept = () => {
        let events: Array<Record<string, unknown>>;
        try {
          events = parseEvents(raw);
        } catch {
          response.writeHead(400).end('not JSON');
          return;
        }
        const batch: CollectorBatch = {
          headers: request.headers,
          raw,
          events,
          signatureValid: checkSignature(options.secret, request.headers['x-consent-guard-signature'], raw),
        };
        batches.push(batch);
        if (options.log) {
          console.log(`${new Date().toISOString()} ${events.length} event(s), signature ${batch.signatureValid}`);
          for (const event of events) console.log(JSON.stringify(event));
        }
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      };
      if (mode === 'fail') {
        response.writeHead(503, { 'Retry-After': '1' }).end('down');
      } else if (mode === 'delay') {
        setTimeout(accept, delayMs);
      } else {
        accept();
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/events`,
    setMode(next, ms = 0) {
      mode = next;
      delayMs = ms;
    },
    batches,
    rawBodies,
    events: () => batches.flatMap((b) => b.events),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const collector = await startCollector({
    port: Number(arg('port') ?? 8787),
    ...(arg('allow-origin') ? { allowOrigin: arg('allow-origin') as string } : {}),
    ...(arg('secret') ? { secret: arg('secret') as string } : {}),
    log: true,
  });
  console.log(`Consent Guard test collector on ${collector.url} (loopback only). Ctrl+C to stop.`);
}

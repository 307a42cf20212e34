import { once } from 'node:events';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createTestCa, type TestCa } from './test-ca';

/**
 * The whole internet as Firefox sees it in these tests: one loopback HTTP
 * proxy for every host. A CONNECT is answered by handing the socket to an
 * in-process HTTPS server whose certificates the test CA signs for whatever
 * host was asked, so pages are served on the real provider host names and
 * nothing leaves the machine. Every request that reaches a host is counted by
 * host: a test can prove that a request never left the browser. Firefox's own
 * background traffic goes through the proxy too; it lands on other hosts and
 * gets a 404.
 */
export type Handler = (request: IncomingMessage, url: URL, response: ServerResponse) => void;

export interface Hit {
  method: string;
  url: URL;
}

export interface FakeInternet {
  /** Port of the loopback proxy, for Firefox's `network.proxy.*` prefs. */
  proxyPort: number;
  ca: TestCa;
  /** Serves `host` with `handler` (replacing any earlier one). */
  serve(host: string, handler: Handler): void;
  /** Every request that reached `host`, in order. */
  hits(host: string): Hit[];
  close(): Promise<void>;
}

// The CA is made once per test process (two RSA keys); each test gets fresh servers and counts.
let sharedCa: TestCa | undefined;

export async function startFakeInternet(): Promise<FakeInternet> {
  sharedCa ??= createTestCa();
  const ca = sharedCa;
  const handlers = new Map<string, Handler>();
  const hitsByHost = new Map<string, Hit[]>();
  const sockets = new Set<Socket>();

  const answer = (scheme: 'http' | 'https') => (request: IncomingMessage, response: ServerResponse) => {
    // A proxied plain-HTTP request carries an absolute URL; a request inside a tunnel only a path.
    const url = new URL(request.url ?? '/', `${scheme}://${request.headers.host ?? 'unknown.invalid'}`);
    const hits = hitsByHost.get(url.hostname) ?? [];
    hits.push({ method: request.method ?? 'GET', url });
    hitsByHost.set(url.hostname, hits);
    const handler = handlers.get(url.hostname);
    if (handler) return handler(request, url, response);
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not served in this test.');
  };

  const https = createHttpsServer({ SNICallback: (host, done) => done(null, ca.contextFor(host)) }, answer('https'));
  const proxy = createHttpServer(answer('http'));
  proxy.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  proxy.on('connect', (_request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    https.emit('connection', socket);
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');

  return {
    proxyPort: (proxy.address() as AddressInfo).port,
    ca,
    serve: (host, handler) => void handlers.set(host, handler),
    hits: (host) => [...(hitsByHost.get(host) ?? [])],
    close: async () => {
      for (const socket of sockets) socket.destroy();
      https.close();
      proxy.close();
    },
  };
}

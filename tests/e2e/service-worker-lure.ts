import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback site whose service worker answers `/go` with a redirect to an authorization request. */
export async function serviceWorkerLure(target: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    if (request.url === '/sw.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(`self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (new URL(e.request.url).pathname === '/go') e.respondWith(Response.redirect(${JSON.stringify(target)}, 302));
});`);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>Invoice</title><a id="go" href="/go">Open the invoice</a>
<script>navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready).then(() => {
  if (navigator.serviceWorker.controller) document.body.dataset.ready = '1';
  else navigator.serviceWorker.addEventListener('controllerchange', () => { document.body.dataset.ready = '1'; });
});</script>`);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

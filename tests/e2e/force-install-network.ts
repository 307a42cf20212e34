import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { BrowserContext } from '@playwright/test';
import forge from 'node-forge';

/**
 * The fake internet of the force-install tests, with two witnesses of a
 * request reaching "the provider":
 * - Playwright routes on the real provider hosts (as fake-providers.ts), which
 *   see a request once the browser and its extensions let it go;
 * - a loopback HTTPS server the provider hosts resolve to
 *   (`--host-resolver-rules`), which sees any request that slipped past the
 *   routes: Playwright does not route the request a fulfilled redirect leads
 *   to, for one. Without it, such a request would fail on a name lookup,
 *   unseen, and "zero hits" would prove nothing.
 * Both serve the same page and count into the same list.
 */
export const PROVIDER_DOMAINS = [
  'microsoftonline.com',
  'microsoft.com',
  'live.com',
  'google.com',
  'github.com',
  'slack.com',
  'atlassian.com',
  'salesforce.com',
  'dropbox.com',
  'zoom.us',
];
const PROVIDER_HOSTS = new RegExp(
  `^https://([a-z0-9-]+\\.)*(${PROVIDER_DOMAINS.map((d) => d.replace(/\./g, '\\.')).join('|')})/`,
);

export interface ProviderHit {
  url: string;
  /** `route`: seen by Playwright's routing; `network`: reached the loopback server behind the provider's name. */
  via: 'route' | 'network';
}

export interface FakeInternet {
  hits: ProviderHit[];
  hitsOf(clientId: string): number;
  /** Pages of app.example.test by path (a default page otherwise, `/callback` says the app signed in). */
  appPages: Map<string, string>;
  /** Chromium arguments that send the provider hosts to the loopback server. */
  chromiumArgs: string[];
  /** Wires the routes into a browser. */
  route(context: BrowserContext): Promise<void>;
  close(): Promise<void>;
}

export const html = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The fake consent screen: Accept goes back to the app with a code, as a provider's page does. */
function providerPage(url: URL): string {
  const redirect = url.searchParams.get('redirect_uri');
  let accept = '';
  if (redirect) {
    const back = new URL(redirect);
    back.searchParams.set('code', 'SECRET-AUTH-CODE-123');
    back.searchParams.set('state', url.searchParams.get('state') ?? '');
    accept = `<a id="accept" href="${html(back.href)}">Accept</a>`;
  }
  return `<!doctype html><title>Fake provider</title><h1 id="fake-provider">Fake consent page of ${html(url.host)}</h1>${accept}`;
}

/** A self-signed certificate made for this run (the browser is told to ignore certificate errors). */
function selfSigned(): { key: string; cert: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(key);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e);
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + 7 * 86_400_000);
  const name = [{ name: 'commonName', value: 'login.microsoftonline.com' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(forgeKey, forge.md.sha256.create());
  return { key, cert: forge.pki.certificateToPem(cert) };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fakeInternet(outlookSignIn: string): Promise<FakeInternet> {
  const hits: ProviderHit[] = [];
  const appPages = new Map<string, string>();
  const server: Server = createHttpsServer(selfSigned(), async (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host ?? 'unknown'}`);
    hits.push({ url: url.href, via: 'network' });
    // A real provider is tens of milliseconds away; an instant answer would favour the page over the guard.
    await delay(30);
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(providerPage(url));
  });
  server.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const target = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rules = PROVIDER_DOMAINS.flatMap((d) => [`MAP ${d} ${target}`, `MAP *.${d} ${target}`]).join(', ');

  return {
    hits,
    appPages,
    hitsOf: (clientId) => hits.filter((h) => new URL(h.url).searchParams.get('client_id') === clientId).length,
    chromiumArgs: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    route: async (context) => {
      await context.route(PROVIDER_HOSTS, async (route) => {
        const url = new URL(route.request().url());
        hits.push({ url: url.href, via: 'route' });
        await delay(30);
        await route.fulfill({ contentType: 'text/html', body: providerPage(url) });
      });
      // Outlook on the web sends a person who is not signed in to Microsoft's sign-in.
      await context.route('https://outlook.office.com/**', (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/mail/' && !url.search)
          return route.fulfill({ status: 302, headers: { location: outlookSignIn } });
        return route.fulfill({ contentType: 'text/html', body: '<h1>Outlook</h1>' });
      });
      await context.route('https://app.example.test/**', (route) => {
        const url = new URL(route.request().url());
        const body =
          appPages.get(url.pathname) ??
          (url.pathname === '/callback' ? '<h1>App signed in</h1>' : '<title>A web page</title><h1 id="app">App</h1>');
        return route.fulfill({ contentType: 'text/html', body: `<!doctype html>${body}` });
      });
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

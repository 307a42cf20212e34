import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The service worker's entrypoint started in WXT's fake browser: its listeners
 * are registered and each hands its event to the worker's logic. The fake
 * browser has no webRequest, webNavigation or declarativeNetRequest, so this
 * test gives it minimal ones that record listeners and can fire them.
 */
type Listener = (...args: never[]) => unknown;
function event() {
  const listeners: Array<{ listener: Listener; filter: unknown; extra: unknown }> = [];
  return {
    listeners,
    addListener: (listener: Listener, filter?: unknown, extra?: unknown) => listeners.push({ listener, filter, extra }),
    removeListener: () => undefined,
    hasListener: () => false,
    fire: (...args: unknown[]) => listeners.map((l) => (l.listener as (...a: unknown[]) => unknown)(...args)),
  };
}

const e = encodeURIComponent;
const RISKY = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=11111111-2222-4333-8444-555555555555&response_type=code&redirect_uri=${e('https://app.example/cb')}&scope=${e('Mail.Read offline_access')}`;

describe('the service worker entrypoint', () => {
  const tabsUpdated: Array<{ tabId: number; url: string }> = [];
  const web = { onBeforeRequest: event(), onBeforeRedirect: event() };
  const nav = { onBeforeNavigate: event(), onCommitted: event(), onErrorOccurred: event() };

  beforeAll(async () => {
    fakeBrowser.reset();
    const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
    b.webRequest = web;
    b.webNavigation = nav;
    b.declarativeNetRequest = {
      getDynamicRules: async () => [],
      updateDynamicRules: async () => undefined,
      isRegexSupported: async () => ({ isSupported: true }),
    };
    b.management = { getSelf: async () => ({ installType: 'development' }) };
    // The store build's manifest: no webRequestBlocking.
    (b.runtime as Record<string, unknown>).getManifest = () => ({ permissions: ['storage', 'webRequest'] });
    (b.tabs as Record<string, unknown>).update = async (tabId: number, props: { url: string }) => {
      tabsUpdated.push({ tabId, url: props.url });
      return {};
    };
    (b.storage as Record<string, unknown>).managed = { get: async () => ({}) };
    const background = (await import('../../../entrypoints/background/index')).default as { main(): void };
    background.main();
  });

  it('registers every listener it needs, with filters, and no external messaging', () => {
    // One listener for provider requests (Firefox: blocking; Chromium's store build: observing), one for redirects.
    expect(web.onBeforeRequest.listeners).toHaveLength(1);
    expect(web.onBeforeRequest.listeners[0]?.extra).toEqual(
      import.meta.env.FIREFOX ? ['blocking', 'requestBody'] : ['requestBody'],
    );
    expect(web.onBeforeRedirect.listeners).toHaveLength(1);
    // Navigations: other hosts' requests and the answers carrying a code; commits; loopback errors.
    expect(nav.onBeforeNavigate.listeners).toHaveLength(2);
    expect(nav.onCommitted.listeners).toHaveLength(1);
    expect(nav.onErrorOccurred.listeners).toHaveLength(1);
    for (const { filter } of [...nav.onBeforeNavigate.listeners, ...nav.onCommitted.listeners])
      expect((filter as { url: unknown[] }).url.length).toBeGreaterThan(0);
  });

  it('hands a risky provider request to the worker, which stops it on the warning page', async () => {
    const details = { url: RISKY, tabId: 4, frameId: 0, method: 'GET', initiator: 'https://x.example' };
    const answer = await web.onBeforeRequest.listeners[0]?.listener(details as never);
    if (import.meta.env.FIREFOX) {
      // Firefox: the blocking listener redirects the request before it leaves.
      expect((answer as { redirectUrl?: string }).redirectUrl).toMatch(/\/warning\.html#warn:/);
    } else {
      await expect.poll(() => tabsUpdated.find((t) => t.tabId === 4)?.url).toMatch(/\/warning\.html#warn:/);
    }
  });

  it('shows the answer guard when a code meets a dead loopback port', async () => {
    nav.onErrorOccurred.listeners[0]?.listener({
      url: 'http://localhost:5999/?code=SECRET',
      tabId: 5,
      frameId: 0,
    } as never);
    await expect.poll(() => tabsUpdated.find((t) => t.tabId === 5)?.url).toMatch(/\/warning\.html#answer:localhost$/);
  });
});

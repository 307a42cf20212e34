import type { Browser, Page } from 'puppeteer-core';
import { extensionUrl } from './firefox';
import { locationOf, openWithoutWaiting } from './page-state';

/**
 * The extension's own pages, opened in a tab (BiDi may open moz-extension://
 * URLs with --remote-allow-system-access). They have the full `browser.*`
 * API, which is how a test reads what the extension knows.
 */
declare const browser: {
  storage: { local: { get(key: string): Promise<Record<string, { status?: string } | undefined>> } };
  i18n: { getUILanguage(): string };
};

/** Opens an extension page in a new tab and waits until its document is there. */
export async function openExtensionPage(firefox: Browser, path: string): Promise<Page> {
  const page = await firefox.newPage();
  const url = extensionUrl(path);
  openWithoutWaiting(page, url);
  const deadline = Date.now() + 10_000;
  while ((await locationOf(page)) !== url) {
    if (Date.now() > deadline) throw new Error(`${url} did not open`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}

/** What the extension made of its managed policy: 'present' (from policies.json), 'absent', or not read yet. */
export async function policyStatus(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => (await browser.storage.local.get('policyState')).policyState?.status);
}

/** The language the extension's pages speak, as Firefox tells the extension. */
export async function uiLanguage(page: Page): Promise<string> {
  return page.evaluate(() => browser.i18n.getUILanguage());
}

/**
 * Waits until the background page has started: it registers its listeners
 * first, then reads the managed policy and stores what it found, so a stored
 * status means no navigation can slip past it. A policy from policies.json
 * must read as 'present', never silently as 'absent'. Answers the language
 * Firefox gave the extension (it falls back to English when it has no
 * language pack for the one asked).
 */
export async function waitForGuard(firefox: Browser, expected: 'present' | 'absent'): Promise<{ uiLanguage: string }> {
  const page = await openExtensionPage(firefox, 'popup.html');
  try {
    const deadline = Date.now() + 15_000;
    let status = await policyStatus(page);
    while (status !== expected) {
      if (Date.now() > deadline) throw new Error(`the extension's policy status is ${status}, not ${expected}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await policyStatus(page);
    }
    return { uiLanguage: await uiLanguage(page) };
  } finally {
    await page.close();
  }
}

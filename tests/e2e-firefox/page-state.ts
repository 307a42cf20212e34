import type { Page } from 'puppeteer-core';

/**
 * Reading a tab's state by asking its document. When the extension sends a
 * navigation to its warning page, BiDi reports no navigation and no load
 * event for the moz-extension:// document: `page.url()` keeps the old URL and
 * `page.goto` never resolves. So navigations are started from the page
 * (`location.assign`, a click) and tests poll what the document says. While a
 * document is being replaced, evaluation fails: that reads as "not yet".
 */
async function orNotYet<T>(notYet: T, answer: Promise<T>): Promise<T> {
  try {
    return await answer;
  } catch {
    return notYet;
  }
}

/** The URL of the document the tab shows now. */
export const locationOf = (page: Page): Promise<string> =>
  orNotYet(
    '',
    page.evaluate(() => location.href),
  );

/** The text of the first element matching `selector`, or null while there is none. */
export const textOf = (page: Page, selector: string): Promise<string | null> =>
  orNotYet(
    null,
    page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector),
  );

/** An attribute of the first element matching `selector`, or null. */
export const attributeOf = (page: Page, selector: string, name: string): Promise<string | null> =>
  orNotYet(
    null,
    page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name),
  );

/** How many buttons say exactly `label` (-1 while the document is being replaced). */
export const buttonCount = (page: Page, label: string): Promise<number> =>
  orNotYet(
    -1,
    page.evaluate(
      (l) => [...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === l).length,
      label,
    ),
  );

/** Starts a navigation as the page's own script would, without waiting for a load that may never be reported. */
export async function assignLocation(page: Page, url: string): Promise<void> {
  await page.evaluate((u) => location.assign(u), url);
}

/**
 * Opens a URL that BiDi may never report as loaded (an extension page) in a
 * tab: the navigation is started, and its end is read from the document.
 */
export function openWithoutWaiting(page: Page, url: string): void {
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
}

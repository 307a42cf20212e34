import { browser } from 'wxt/browser';
import type { BypassToken } from '../interception/bypass-tokens';
import type { DnrRule } from '../interception/dnr-rules';
import type { IssuedWarning } from '../interception/issued-warnings';
import { WARNING_PAGE } from '../interception/warning-link';
import { bypassTokensItem, issuedWarningsItem } from './storage-items';

export function warningPageUrl(): string {
  return browser.runtime.getURL(WARNING_PAGE as '/warning.html');
}

/** One-time bypasses: they must outlive a worker restart, never the browser. */
export const loadTokens = async (): Promise<BypassToken[]> => listOf(await bypassTokensItem.getValue());
export const saveTokens = (items: BypassToken[]): Promise<void> => bypassTokensItem.setValue(items);

/** The warnings the worker issued: like bypasses, they outlive a worker restart, never the browser. */
export const loadIssued = async (): Promise<IssuedWarning[]> => listOf(await issuedWarningsItem.getValue());
export const saveIssued = (items: IssuedWarning[]): Promise<void> => issuedWarningsItem.setValue(items);

/** What an older version may have left under the key: anything but a list counts as empty. */
export function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Sends the tab to the warning page. Chrome refuses tab edits at some moments
 * (a tab being dragged, a navigation being set up): try again briefly rather
 * than let the request through.
 */
export async function showWarning(tabId: number, fragment: string): Promise<void> {
  const url = `${warningPageUrl()}#${fragment}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await browser.tabs.update(tabId, { url });
      return;
    } catch (error) {
      if (attempt >= 4) {
        console.error('Consent Guard: could not show the warning page', error);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

/**
 * One step back in the tab's history, as its Back button would (Chromium
 * skips there the entries a page added without the person's action), or
 * closes the tab when there is nowhere to go back to (a sign-in popup).
 */
export async function goBackOrClose(tabId: number): Promise<void> {
  try {
    await browser.tabs.goBack(tabId);
  } catch {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}

/**
 * Replaces the extension's dynamic rules with these. Rules whose regex the
 * browser refuses are left out (and counted) rather than failing the whole
 * update, which would leave no rule at all.
 */
export async function applyDnrRules(rules: readonly DnrRule[]): Promise<{ applied: DnrRule[]; refused: number }> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr) return { applied: [], refused: rules.length };
  const supported: DnrRule[] = [];
  for (const rule of rules) {
    const check = dnr.isRegexSupported
      ? await dnr.isRegexSupported({ regex: rule.condition.regexFilter, isCaseSensitive: false })
      : { isSupported: true };
    if (check.isSupported) supported.push(rule);
  }
  const existing = await dnr.getDynamicRules();
  await dnr.updateDynamicRules({
    removeRuleIds: existing.map((r) => r.id),
    addRules: supported as unknown as Parameters<typeof dnr.updateDynamicRules>[0]['addRules'],
  });
  return { applied: supported, refused: rules.length - supported.length };
}

/** The rules the browser holds now (they outlive the service worker). */
export async function currentDnrRules(): Promise<DnrRule[]> {
  const dnr = browser.declarativeNetRequest;
  if (!dnr) return [];
  return (await dnr.getDynamicRules()) as unknown as DnrRule[];
}

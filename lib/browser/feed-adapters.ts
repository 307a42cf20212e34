import { browser } from 'wxt/browser';
import type { AbusedAppsCache } from '../feeds/abused-apps';
import type { FeedDeps, FetchResult } from '../feeds/feed-refresh';

const CACHE_KEY = 'abusedApps';
/** Checks, every hour, whether the feed is due (the policy says how often it is fetched). */
export const FEED_ALARM = 'consent-guard-abused-apps';

/** A plain GET of the feed: no cookies, no referrer. */
async function fetchText(url: string): Promise<FetchResult> {
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      cache: 'no-cache',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) return { ok: false, error: `HTTP ${response.status}` };
    // Its size is checked with the rest of its content (parseAbusedAppsFeed).
    return { ok: true, body: await response.text() };
  } catch (error) {
    return { ok: false, error: `no answer (${error instanceof Error ? error.message : String(error)})` };
  }
}

export async function loadAbusedApps(): Promise<AbusedAppsCache | null> {
  const value = (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY] as AbusedAppsCache | undefined;
  return value && Array.isArray(value.apps) ? value : null;
}

async function saveAbusedApps(cache: AbusedAppsCache | null): Promise<void> {
  if (cache === null) await browser.storage.local.remove(CACHE_KEY);
  else await browser.storage.local.set({ [CACHE_KEY]: cache });
}

export const feedDeps: FeedDeps = { fetchText, load: loadAbusedApps, save: saveAbusedApps, now: Date.now };

/** The feed's refresh alarm exists exactly while the policy names a feed. */
export async function scheduleFeedChecks(enabled: boolean): Promise<void> {
  if (!enabled) {
    await browser.alarms.clear(FEED_ALARM);
    return;
  }
  // Created once: re-creating it at each worker start would push it back forever.
  if (!(await browser.alarms.get(FEED_ALARM))) {
    await browser.alarms.create(FEED_ALARM, { periodInMinutes: 60, delayInMinutes: 60 });
  }
}

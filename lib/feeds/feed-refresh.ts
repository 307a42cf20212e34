import { type AbusedAppsCache, FeedError, parseAbusedAppsFeed } from './abused-apps';

/**
 * Which feed to keep and how often to fetch it: the policy's `abusedApps`
 * (lib/policy/, above the feeds) has these fields and is passed as it is.
 */
export interface FeedConfig {
  /** HTTPS address of the feed, or null: no feed, nothing fetched. */
  feedUrl: string | null;
  refreshHours: number;
}

export type FetchResult = { ok: true; body: string } | { ok: false; error: string };

export interface FeedDeps {
  fetchText(url: string): Promise<FetchResult>;
  load(): Promise<AbusedAppsCache | null>;
  save(cache: AbusedAppsCache | null): Promise<void>;
  now(): number;
}

/** After a failed fetch, the next try comes after this long (or the refresh period, if shorter). */
const RETRY_AFTER_FAILURE_MS = 15 * 60_000;

/**
 * Brings the cached feed up to date with the policy: nothing is fetched unless
 * the policy names a feed; a cache for another URL is dropped; a fetch or
 * parse failure keeps the last good list (never weaker protection) and is
 * kept with it (`lastError`, `lastErrorAt`). Returns the cache in force.
 */
export async function refreshAbusedApps(config: FeedConfig, deps: FeedDeps): Promise<AbusedAppsCache | null> {
  const cached = await deps.load();
  if (config.feedUrl === null) {
    if (cached !== null) await deps.save(null);
    return null;
  }
  const now = deps.now();
  const current = cached?.url === config.feedUrl ? cached : null;
  const period = config.refreshHours * 3_600_000;
  const lastTry = Math.max(current?.fetchedAt ?? 0, current?.lastErrorAt ?? 0);
  const wait =
    current?.lastErrorAt && current.lastErrorAt > current.fetchedAt ? Math.min(period, RETRY_AFTER_FAILURE_MS) : period;
  if (current !== null && now - lastTry < wait) return current;

  const result = await deps.fetchText(config.feedUrl);
  let next: AbusedAppsCache;
  try {
    if (!result.ok) throw new FeedError(result.error);
    const { apps } = parseAbusedAppsFeed(result.body);
    next = { url: config.feedUrl, fetchedAt: now, apps, lastError: null, lastErrorAt: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    next = {
      url: config.feedUrl,
      fetchedAt: current?.fetchedAt ?? 0,
      apps: current?.apps ?? [],
      lastError: message,
      lastErrorAt: now,
    };
  }
  await deps.save(next);
  return next;
}

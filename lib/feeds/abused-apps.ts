import { PROVIDER_IDS, type ProviderId } from '../core/provider-id';

/**
 * Apps known to be abused by attackers, from a feed the admin names in the
 * policy. The format is the one community lists of rogue OAuth apps publish
 * (e.g. RogueApps): a JSON array of `{ appId, appDisplayName, description,
 * tags, … }`; `name` is accepted for the name, `provider` to restrict an entry
 * to one provider, and `{ "apps": [...] }` as a wrapper.
 */
export interface AbusedApp {
  appId: string;
  name: string | null;
  description: string | null;
  tags: string[];
  provider: ProviderId | '*';
}

/** What the worker keeps of the feed (storage.local): the pages read it too. */
export interface AbusedAppsCache {
  url: string;
  fetchedAt: number;
  apps: AbusedApp[];
  lastError: string | null;
  lastErrorAt: number | null;
}

export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const MAX_FEED_APPS = 20_000;

export class FeedError extends Error {}

const text = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : null;

/** Reads a feed entry by entry: a bad entry is skipped and counted, never the whole feed. */
export function parseAbusedAppsFeed(body: string): { apps: AbusedApp[]; skipped: number } {
  if (body.length > MAX_FEED_BYTES) throw new FeedError(`the feed is larger than ${MAX_FEED_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new FeedError('the feed is not JSON');
  }
  const list = Array.isArray(value) ? value : (value as { apps?: unknown } | null)?.apps;
  if (!Array.isArray(list)) throw new FeedError('the feed is not a list of apps');
  const apps: AbusedApp[] = [];
  let skipped = 0;
  for (const raw of list.slice(0, MAX_FEED_APPS)) {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const appId = text(entry.appId ?? entry.clientId, 300);
    if (appId === null || typeof raw !== 'object') {
      skipped++;
      continue;
    }
    const provider = typeof entry.provider === 'string' ? entry.provider.toLowerCase() : '*';
    apps.push({
      appId,
      name: text(entry.appDisplayName ?? entry.name, 200),
      description: text(entry.description, 500),
      tags: Array.isArray(entry.tags)
        ? entry.tags
            .filter((t): t is string => typeof t === 'string')
            .slice(0, 20)
            .map((t) => t.slice(0, 50))
        : [],
      provider: (PROVIDER_IDS as readonly string[]).includes(provider) ? (provider as ProviderId) : '*',
    });
  }
  return { apps, skipped: skipped + Math.max(0, list.length - MAX_FEED_APPS) };
}

/** Looks an app up by client id (case-insensitive, exact): one map read per request. */
export class AbusedAppIndex {
  private readonly byId = new Map<string, AbusedApp[]>();

  constructor(apps: readonly AbusedApp[] = []) {
    for (const app of apps) {
      const key = app.appId.toLowerCase();
      this.byId.set(key, [...(this.byId.get(key) ?? []), app]);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  match(provider: ProviderId, clientId: string): AbusedApp | null {
    const entries = this.byId.get(clientId.toLowerCase());
    return entries?.find((app) => app.provider === '*' || app.provider === provider) ?? null;
  }
}

export const NO_ABUSED_APPS = new AbusedAppIndex();

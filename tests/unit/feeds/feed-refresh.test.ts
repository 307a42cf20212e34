import { describe, expect, it } from 'vitest';
import type { AbusedAppsCache } from '../../../lib/feeds/abused-apps';
import { type FeedDeps, refreshAbusedApps } from '../../../lib/feeds/feed-refresh';
import { FEED } from './fixtures';

describe('feed refresh', () => {
  function deps(
    answer: () => { ok: true; body: string } | { ok: false; error: string },
    start: AbusedAppsCache | null,
  ) {
    let cache = start;
    let now = Date.parse('2026-11-25T00:00:00Z');
    const fetched: string[] = [];
    const d: FeedDeps & { fetched: string[]; advance(ms: number): void; cache(): AbusedAppsCache | null } = {
      fetchText: async (url) => {
        fetched.push(url);
        return answer();
      },
      load: async () => cache,
      save: async (next) => {
        cache = next;
      },
      now: () => now,
      fetched,
      advance: (ms) => {
        now += ms;
      },
      cache: () => cache,
    };
    return d;
  }
  const config = (feedUrl: string | null, refreshHours = 24) => ({ feedUrl, action: 'warn' as const, refreshHours });

  it('fetches nothing unless the policy names a feed, and forgets a feed the policy dropped', async () => {
    const d = deps(() => ({ ok: true, body: FEED }), {
      url: 'https://old.example/feed.json',
      fetchedAt: 1,
      apps: [],
      lastError: null,
      lastErrorAt: null,
    });
    expect(await refreshAbusedApps(config(null), d)).toBeNull();
    expect(d.fetched).toEqual([]);
    expect(d.cache()).toBeNull();
  });

  it('fetches when due, not before, and keeps the last good list when a fetch fails', async () => {
    const answers: Array<{ ok: true; body: string } | { ok: false; error: string }> = [
      { ok: true, body: FEED },
      { ok: false, error: 'HTTP 500' },
      { ok: true, body: '<html>' },
    ];
    const d = deps(() => answers.shift() ?? { ok: false, error: 'none' }, null);
    const url = 'https://feeds.example/rogueapps.json';
    expect((await refreshAbusedApps(config(url), d))?.apps).toHaveLength(2);
    await refreshAbusedApps(config(url), d);
    expect(d.fetched).toHaveLength(1);

    d.advance(24 * 3_600_000);
    const failed = await refreshAbusedApps(config(url), d);
    expect(failed).toMatchObject({ lastError: 'HTTP 500' });
    expect(failed?.apps).toHaveLength(2);

    // After a failure, the next try comes within 15 minutes; garbage is a failure too.
    d.advance(15 * 60_000);
    const garbage = await refreshAbusedApps(config(url), d);
    expect(garbage?.lastError).toBe('the feed is not JSON');
    expect(garbage?.apps).toHaveLength(2);
    expect(d.fetched).toHaveLength(3);
  });

  it('fetches a new feed at once when the policy names another URL', async () => {
    const d = deps(() => ({ ok: true, body: FEED }), {
      url: 'https://old.example/feed.json',
      fetchedAt: Date.parse('2026-11-25T00:00:00Z'),
      apps: [],
      lastError: null,
      lastErrorAt: null,
    });
    await refreshAbusedApps(config('https://new.example/feed.json'), d);
    expect(d.fetched).toEqual(['https://new.example/feed.json']);
    expect(d.cache()?.url).toBe('https://new.example/feed.json');
  });
});

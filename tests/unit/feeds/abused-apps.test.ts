import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import { AbusedAppIndex, type AbusedAppsCache, parseAbusedAppsFeed } from '../../../lib/feeds/abused-apps';
import { type FeedDeps, refreshAbusedApps } from '../../../lib/feeds/feed-refresh';
import { evaluateRequest } from '../../../lib/policy/evaluate-request';
import { readPolicy } from '../../../lib/policy/read-policy';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';

/** The shape community lists of rogue OAuth apps publish (RogueApps-style), with made-up entries. */
const FEED = JSON.stringify([
  {
    appId: 'AAAAAAAA-0000-4000-8000-00000000ABCD',
    appDisplayName: 'Mail Sync Pro',
    description: 'Used after account takeover to copy mailboxes.',
    tags: ['exfiltration', 'email'],
    references: ['https://example.org/report'],
    dateAdded: '2025-01-01',
  },
  { appId: 'bbbbbbbb-0000-4000-8000-000000000001', name: 'Only on GitHub', provider: 'github' },
  { appDisplayName: 'no id: skipped' },
  'not an object',
]);

const index = new AbusedAppIndex(parseAbusedAppsFeed(FEED).apps);
const msRequest = (clientId: string, scope = 'openid profile') =>
  parseAuthorizationRequest(
    `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=${encodeURIComponent(scope)}&redirect_uri=https%3A%2F%2Fapp.example%2Fcb`,
  );

function decide(clientId: string, policy: unknown = {}) {
  const request = msRequest(clientId);
  if (!request) throw new Error('not a request');
  return evaluateRequest(request, assessRequestRisk(request), readPolicy(policy).policy, index);
}

describe('known-abused apps feed', () => {
  it('reads the community format entry by entry, skipping and counting bad entries', () => {
    const { apps, skipped } = parseAbusedAppsFeed(FEED);
    expect(skipped).toBe(2);
    expect(apps[0]).toEqual({
      appId: 'AAAAAAAA-0000-4000-8000-00000000ABCD',
      name: 'Mail Sync Pro',
      description: 'Used after account takeover to copy mailboxes.',
      tags: ['exfiltration', 'email'],
      provider: '*',
    });
    expect(apps[1]?.provider).toBe('github');
    expect(parseAbusedAppsFeed(JSON.stringify({ apps: [{ appId: 'x1' }] })).apps).toHaveLength(1);
    expect(() => parseAbusedAppsFeed('<html>')).toThrow('not JSON');
    expect(() => parseAbusedAppsFeed('{"hello":1}')).toThrow('not a list');
  });

  it('matches client ids whatever their case, and only for the provider an entry names', () => {
    expect(index.match('microsoft', 'aaaaaaaa-0000-4000-8000-00000000abcd')?.name).toBe('Mail Sync Pro');
    expect(index.match('microsoft', 'bbbbbbbb-0000-4000-8000-000000000001')).toBeNull();
    expect(index.match('github', 'bbbbbbbb-0000-4000-8000-000000000001')?.name).toBe('Only on GitHub');
  });

  it('warns on a listed app even for a plain sign-in, blocks when the policy says so, and says why', () => {
    const warned = decide('aaaaaaaa-0000-4000-8000-00000000abcd');
    expect(warned.decision).toBe('warn');
    expect(warned.reasons).toContain('abused-app:aaaaaaaa-0000-4000-8000-00000000abcd');
    expect(warned.abused?.description).toContain('copy mailboxes');
    expect(decide('aaaaaaaa-0000-4000-8000-00000000abcd', { abusedApps: { action: 'block' } }).decision).toBe('block');
    expect(decide('cccccccc-0000-4000-8000-000000000000').decision).toBe('allow');
  });

  it('lets the organisation allow a listed app by name, and never lets the feed weaken a block', () => {
    const id = 'aaaaaaaa-0000-4000-8000-00000000abcd';
    expect(decide(id, { allowedApps: [{ provider: 'microsoft', clientId: id }] }).decision).toBe('allow');
    expect(decide(id, { blockedApps: [{ provider: 'microsoft', clientId: id }] }).decision).toBe('block');
    expect(decide(id, { mode: 'audit' }).decision).toBe('allow');
    expect(decide(id, { mode: 'audit' }).reasons).toContain(`abused-app:${id}`);
  });
});

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

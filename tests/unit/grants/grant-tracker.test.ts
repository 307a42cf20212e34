import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Judgement, judgeRequest } from '../../../lib/decision/judge-request';
import type { ConsentEvent } from '../../../lib/events/consent-event';
import { ConsentDatabase } from '../../../lib/grants/consent-database';
import { FLOW_TIMEOUT_MS, type PendingFlow } from '../../../lib/grants/consent-flows';
import { GrantStore } from '../../../lib/grants/grant-store';
import { GrantTracker } from '../../../lib/grants/grant-tracker';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';

let db: ConsentDatabase;
let n = 0;
beforeEach(async () => {
  db = new ConsentDatabase(`tracker-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function setup() {
  let flows: PendingFlow[] = [];
  let now = 1_000_000;
  const events: ConsentEvent[] = [];
  let changes = 0;
  const store = new GrantStore(db);
  const tracker = new GrantTracker({
    store,
    loadFlows: async () => flows,
    saveFlows: async (f) => {
      flows = f;
    },
    record: (e) => events.push(e),
    changed: () => {
      changes++;
    },
    now: () => now,
  });
  return { tracker, store, events, flows: () => flows, changes: () => changes, advance: (ms: number) => (now += ms) };
}

const URL_OF = (clientId: string, scope: string, extra = '') =>
  `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=${encodeURIComponent(scope)}${extra}`;

function judge(url: string): Judgement {
  return judgeRequest(url, undefined, { policy: DEFAULT_POLICY }) as Judgement;
}

describe('following consent flows to their end', () => {
  it('a grant by state: recorded with the requested scopes, flow closed, no secret kept', async () => {
    const h = setup();
    const url = URL_OF('app-1', 'openid Mail.Read', '&state=STATE-1&login_hint=ann%40contoso.com');
    await h.tracker.observe('allowed', judge(url), { url, tabId: 3, frameId: 0 });
    expect(JSON.stringify(h.flows())).not.toContain('STATE-1');
    expect(await h.tracker.answer('https://app.example.com/cb?code=SECRET&state=STATE-1', 3, false)).toBe('granted');
    const [grant] = await db.grants.toArray();
    expect(grant).toMatchObject({
      clientId: 'app-1',
      account: 'ann@contoso.com',
      scopes: ['openid', 'Mail.Read'],
      status: 'active',
    });
    expect(h.flows()).toEqual([]);
    expect(h.events.map((e) => e.type)).toEqual(['grant-recorded']);
    expect(JSON.stringify(await db.grants.toArray())).not.toContain('SECRET');
    expect(h.changes()).toBe(1);
  });

  it('a state that matches no flow is no answer to ours', async () => {
    const h = setup();
    const url = URL_OF('app-1', 'openid', '&state=A');
    await h.tracker.observe('allowed', judge(url), { url, tabId: 3, frameId: 0 });
    expect(await h.tracker.answer('https://app.example.com/cb?code=x&state=B', 3, false)).toBeNull();
    expect(await db.grants.count()).toBe(0);
  });

  it('without a state: by redirect target, or the newest flow of the tab when the provider redirected', async () => {
    const h = setup();
    const url = URL_OF('app-1', 'openid');
    await h.tracker.observe('allowed', judge(url), { url, tabId: 3, frameId: 0 });
    expect(await h.tracker.answer('https://app.example.com/cb?code=x', 9, false)).toBe('granted');
    const github = 'https://github.com/login/oauth/authorize?client_id=gh-app&scope=read:user';
    await h.tracker.observe('allowed', judge(github), { url: github, tabId: 5, frameId: 0 });
    expect(await h.tracker.answer('https://elsewhere.example.com/auth?code=y', 4, true)).toBeNull();
    expect(await h.tracker.answer('https://elsewhere.example.com/auth?code=y', 5, true)).toBe('granted');
    expect((await db.grants.toArray()).map((g) => g.clientId).sort()).toEqual(['app-1', 'gh-app']);
  });

  it('uses the scopes the provider says it granted', async () => {
    const h = setup();
    const url =
      'https://accounts.google.com/o/oauth2/v2/auth?client_id=g&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20email%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive&state=S';
    await h.tracker.observe('allowed', judge(url), { url, tabId: 1, frameId: 0 });
    await h.tracker.answer('https://app.example.com/cb?code=c&state=S&scope=openid%20email', 1, false);
    expect((await db.grants.toArray())[0]?.scopes).toEqual(['openid', 'email']);
  });

  it('a refusal, a block, a continued warning', async () => {
    const h = setup();
    const refused = URL_OF('app-r', 'openid', '&state=R');
    await h.tracker.observe('allowed', judge(refused), { url: refused, tabId: 1, frameId: 0 });
    await h.tracker.answer('https://app.example.com/cb?error=access_denied&state=R', 1, true);
    const continued = URL_OF('app-c', 'Mail.Read', '&state=C');
    await h.tracker.observe('bypassed', judge(continued), { url: continued, tabId: 1, frameId: 0 });
    await h.tracker.answer('https://app.example.com/cb?code=x&state=C', 1, false);
    await h.tracker.observe('blocked', judge(URL_OF('app-b', 'openid')), {
      url: URL_OF('app-b', 'openid'),
      tabId: 1,
      frameId: 0,
    });
    const byId = Object.fromEntries((await db.grants.toArray()).map((g) => [g.clientId, g]));
    expect(byId['app-r']?.status).toBe('refused');
    expect(byId['app-c']).toMatchObject({ status: 'active' });
    expect(byId['app-c']?.history[0]?.decision).toBe('warn');
    expect(byId['app-b']?.status).toBe('blocked');
  });

  it('flows without an answer are recorded as unfinished after a while', async () => {
    const h = setup();
    const url = URL_OF('app-1', 'openid', '&state=X');
    await h.tracker.observe('allowed', judge(url), { url, tabId: 1, frameId: 0 });
    h.advance(FLOW_TIMEOUT_MS + 1);
    await h.tracker.sweep();
    expect(h.flows()).toEqual([]);
    expect(h.events.map((e) => e.type)).toEqual(['consent-unfinished']);
    expect(await db.grants.count()).toBe(0);
  });
});

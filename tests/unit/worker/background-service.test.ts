import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ConsentDatabase } from '../../../lib/grants/consent-database';
import type { BypassToken } from '../../../lib/interception/bypass-tokens';
import type { DnrRule } from '../../../lib/interception/dnr-rules';
import type { IssuedWarning } from '../../../lib/interception/issued-warnings';
import { parseWarningFragment } from '../../../lib/interception/warning-link';
import type { BackgroundAdapters } from '../../../lib/worker/background-adapters';
import { BackgroundService } from '../../../lib/worker/background-service';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const WARNING = `chrome-extension://${EXT}/warning.html`;
const e = encodeURIComponent;
const RISKY = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=11111111-2222-4333-8444-555555555555&response_type=code&redirect_uri=${e('https://app.example/cb')}&scope=${e('Mail.Read offline_access')}`;
const OUTLOOK = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=9199bf20-a13f-4107-85dc-02114787ef48&scope=${e('https://outlook.office.com/.default openid')}&redirect_uri=${e('https://outlook.office.com/mail/')}&response_type=code`;

let n = 0;

/** The worker with every browser adapter in memory: what it shows, applies and records can be read back. */
function worker(options: { managed?: Record<string, unknown>; blocking?: boolean; firefox?: boolean } = {}) {
  const shown: Array<{ tabId: number; fragment: string }> = [];
  const applied: DnrRule[][] = [];
  let tokens: BypassToken[] = [];
  let issued: IssuedWarning[] = [];
  let state: unknown;
  const db = new ConsentDatabase(`worker-${++n}`);
  const adapters: BackgroundAdapters = {
    firefox: options.firefox ?? false,
    extension: {
      id: EXT,
      origin: `chrome-extension://${EXT}`,
      warningPageUrl: WARNING,
      optionsPageUrl: `chrome-extension://${EXT}/options.html`,
    },
    managed: {
      read: async () => (options.managed ? { kind: 'value', value: options.managed } : { kind: 'absent' }),
      onChange: () => () => undefined,
    },
    policyStore: {
      loadState: async () => state,
      saveState: async (s) => {
        state = s;
      },
      loadLocalSettings: async () => undefined,
      onLocalSettingsChange: () => () => undefined,
    },
    database: () => db,
    loadFlows: async () => [],
    saveFlows: async () => undefined,
    showHighRiskCount: async () => undefined,
    migrateLegacyEventLog: async () => 0,
    loadTokens: async () => tokens,
    saveTokens: async (t) => {
      tokens = t;
    },
    loadIssued: async () => issued,
    saveIssued: async (list) => {
      issued = list;
    },
    loadApprovals: async () => [],
    saveApprovals: async () => undefined,
    allowApproved: async () => undefined,
    showWarning: async (tabId, fragment) => {
      shown.push({ tabId, fragment });
    },
    goBackOrClose: async () => undefined,
    applyDnrRules: async (rules) => {
      applied.push([...rules]);
      return { applied: [...rules], refused: 0 };
    },
    currentDnrRules: async () => [],
    detectProtectionMode: async () => (options.blocking || options.firefox ? 'before-request' : 'after-navigation'),
    manifestHasBlocking: options.blocking ?? false,
    loadAbusedApps: async () => null,
    feed: {
      fetchText: async () => ({ ok: false, error: 'offline' }),
      load: async () => null,
      save: async () => undefined,
      now: Date.now,
    },
    scheduleFeedChecks: async () => undefined,
    reporting: {
      context: async () => ({ extensionVersion: 't', browser: 't', platform: 't', user: null }) as never,
      send: async () => ({ ok: true, status: 200 }) as never,
      wakeAt: () => undefined,
    },
    alarms: { report: 'report', feed: 'feed' },
    now: Date.now,
    random: Math.random,
    log: () => undefined,
  };
  const service = new BackgroundService(adapters);
  service.start();
  const settled = async () => {
    await service.ready();
    await new Promise((resolve) => setTimeout(resolve, 30));
  };
  return { service, shown, applied, db, settled, issued: () => issued };
}

const request = (url: string, extra: Partial<{ tabId: number; frameId: number; initiator: string }> = {}) => ({
  url,
  tabId: 7,
  frameId: 0,
  method: 'GET',
  initiator: 'https://mail.example',
  ...extra,
});

describe('the service worker, without a browser', () => {
  it('observes a risky request and sends its tab to the warning page; a first-party sign-in passes', async () => {
    const w = worker();
    await w.settled();
    w.service.onProviderRequestObserved(request(RISKY));
    w.service.onProviderRequestObserved(request(OUTLOOK, { tabId: 8 }));
    await w.settled();
    expect(w.shown.map((s) => s.tabId)).toEqual([7]);
    expect(parseWarningFragment(w.shown[0]?.fragment ?? '')).toMatchObject({ source: 'warn', url: RISKY });
    // The page asks, the worker confirms and sends the view.
    const reply = (await w.service.onMessage(
      { type: 'confirm-warning', url: RISKY, lang: 'fr' },
      { id: EXT, url: `${WARNING}#x`, tab: { id: 7 }, frameId: 0 },
    )) as { issued: boolean; view: { decision: string } };
    expect(reply.issued).toBe(true);
    expect(reply.view.decision).toBe('warn');
  });

  it('answers a blocking listener synchronously: redirect the tab, cancel a frame, let a sign-in pass', async () => {
    const w = worker({ blocking: true, managed: { blockedApps: [{ clientId: '22222222-*' }] } });
    await w.settled();
    expect(w.service.onProviderRequestBlocking(request(RISKY))).toEqual({
      redirectUrl: expect.stringMatching(/^chrome-extension:\/\/[a-p]+\/warning\.html#warn:/),
    });
    expect(w.service.onProviderRequestBlocking(request(OUTLOOK))).toBeUndefined();
    const blocked = RISKY.replace('11111111-2222', '22222222-2222');
    expect(w.service.onProviderRequestBlocking(request(`${blocked}&prompt=none`, { frameId: 4 }))).toEqual({
      cancel: true,
    });
    // In blocking mode the observing listener leaves the decision to the blocking one.
    w.service.onProviderRequestObserved(request(RISKY));
    await w.settled();
    expect(w.shown).toEqual([]);
  });

  it('just woken, before the policy is loaded, lets sign-ins through and holds every consent on the warning page', async () => {
    const w = worker({ blocking: true });
    const consent = RISKY.replace(e('Mail.Read offline_access'), e('Contacts.Read'));
    // The very first events arrive before anything is read from storage.
    expect(w.service.onProviderRequestBlocking(request(OUTLOOK))).toBeUndefined();
    expect(w.service.onProviderRequestBlocking(request(consent))).toEqual({
      redirectUrl: expect.stringContaining('/warning.html#warn:'),
    });
    await w.settled();
    // Once known, the same consent is judged by the policy: allowed here, so it passes.
    expect(w.service.onProviderRequestBlocking(request(consent, { tabId: 9 }))).toBeUndefined();
    // The held page is the worker's: it confirms it, with the view of the policy now known.
    const reply = (await w.service.onMessage(
      { type: 'confirm-warning', url: consent, lang: 'en' },
      { id: EXT, url: `${WARNING}#x`, tab: { id: 7 }, frameId: 0 },
    )) as { issued: boolean; view: { decision: string } };
    expect(reply).toMatchObject({ issued: true, view: { decision: 'allow' } });
  });

  it('guards a code left on a native-client page or a dead loopback port, naming only the host', async () => {
    const w = worker({ blocking: true });
    await w.settled();
    const answer = w.service.onProviderRequestBlocking(
      request('https://login.microsoftonline.com/common/oauth2/nativeclient?code=SECRET-CODE'),
    );
    expect(answer).toEqual({ redirectUrl: `${WARNING}#answer:login.microsoftonline.com` });
    w.service.onNavigationError({ url: 'http://127.0.0.1:53999/?code=SECRET', tabId: 3, frameId: 0 });
    await w.settled();
    expect(w.shown).toEqual([{ tabId: 3, fragment: 'answer:127.0.0.1' }]);
  });

  it('refuses messages from anyone but its own pages, unread', async () => {
    const w = worker();
    await w.settled();
    const message = { type: 'continue', url: RISKY, justification: '' };
    expect(
      w.service.onMessage(message, { id: 'other-extension', url: `${WARNING}#x`, tab: { id: 7 } }),
    ).toBeUndefined();
    expect(w.service.onMessage(message, { id: EXT, url: 'https://evil.example/', tab: { id: 7 } })).toBeUndefined();
    expect(
      w.service.onMessage({ type: 'delete-everything' }, { id: EXT, url: WARNING, tab: { id: 7 } }),
    ).toBeUndefined();
    expect(
      w.service.onMessage({ type: 'send-reports' }, { id: EXT, url: `chrome-extension://${EXT}/options.html` }),
    ).toBeDefined();
  });

  it('reloads the person’s grants when the options page imported some: an imported approval counts at once', async () => {
    const w = worker({ blocking: true });
    await w.settled();
    expect(w.service.onProviderRequestBlocking(request(RISKY))).toBeDefined();
    await w.service.grants.recordGrant({
      provider: 'microsoft',
      clientId: '11111111-2222-4333-8444-555555555555',
      appName: null,
      tenant: 'common',
      account: null,
      scopes: ['Mail.Read', 'offline_access'],
      hiddenScopes: false,
      risk: 'high',
      redirectHost: 'app.example',
      decision: 'warn',
      time: Date.now(),
    });
    const options = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
    await w.service.onMessage({ type: 'inventory-changed' }, options);
    await w.settled();
    expect(w.service.onProviderRequestBlocking(request(RISKY, { tabId: 11 }))).toBeUndefined();
  });

  it('turns the policy into rules and reports it once, with where requests are stopped', async () => {
    const w = worker({ managed: { mode: 'enforce', blockedApps: [{ clientId: 'badapp1' }] } });
    await w.settled();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(w.applied.length).toBeGreaterThan(0);
    expect(w.applied.at(-1)?.some((rule) => rule.condition.regexFilter.includes('badapp1'))).toBe(true);
    const applied = (await w.db.events.toArray()).filter((event) => event.type === 'policy-applied');
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({ policy: { protection: 'after-navigation', status: 'present' } });
  });
});

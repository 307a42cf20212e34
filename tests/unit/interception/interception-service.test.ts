import { describe, expect, it } from 'vitest';
import { InterceptionService } from '../../../lib/interception/interception-service';
import { parseWarningFragment } from '../../../lib/interception/warning-link';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import type { Policy } from '../../../lib/policy/policy-schema';
import { ms, policyFrom } from '../policy/helpers';
import { interceptionHarness } from './service-harness';

const harness = (policy: Policy = DEFAULT_POLICY) => interceptionHarness({ policy });

const nav = (url: string, tabId = 7) => ({ url, tabId, frameId: 0 });

describe('interception', () => {
  it('ignores ordinary navigations and lets sign-in pass', async () => {
    const h = harness();
    expect(await h.service.onNavigation(nav('https://example.com/'))).toBe('ignored');
    expect(await h.service.onNavigation(nav(ms('openid User.Read')))).toBe('allowed');
    expect(h.shown).toEqual([]);
    expect(h.events.map((e) => e.type)).toEqual(['consent-detected']);
  });

  it('sends a warned request to the warning page, with the request in the fragment', async () => {
    const h = harness();
    const url = ms('Mail.Read');
    expect(await h.service.onNavigation(nav(url))).toBe('warned');
    expect(h.shown).toHaveLength(1);
    expect(parseWarningFragment(h.shown[0]?.fragment ?? '')).toEqual({ source: 'warn', url });
    expect(h.events.map((e) => e.type)).toEqual(['warned']);
  });

  it('a continue lets exactly that request through, once, in that tab, until it expires', async () => {
    const h = harness();
    const url = ms('Mail.Read');
    expect(await h.service.grantBypass(7, url, undefined, '')).toEqual({ ok: true });
    expect(await h.service.onNavigation(nav(ms('Mail.Read', '', 'other-app')))).toBe('warned');
    expect(await h.service.onNavigation(nav(url, 8))).toBe('warned');
    expect(await h.service.onNavigation(nav(url))).toBe('bypassed');
    expect(await h.service.onNavigation(nav(url))).toBe('warned');

    await h.service.grantBypass(7, url, undefined, '');
    h.advance(5 * 60_000 + 1);
    expect(await h.service.onNavigation(nav(url))).toBe('warned');
  });

  it('a continue is bound to the request, not to its state value', async () => {
    const h = harness();
    await h.service.grantBypass(7, `${ms('Mail.Read')}&state=first`, undefined, '');
    expect(await h.service.onNavigation(nav(`${ms('Mail.Read')}&state=second`))).toBe('bypassed');
  });

  it('refuses a continue for a blocked request, when the policy forbids it, or without a required justification', async () => {
    expect(
      await harness(policyFrom({ blockedApps: [{ clientId: 'app-1' }] })).service.grantBypass(
        7,
        ms('Mail.Read'),
        undefined,
        'x',
      ),
    ).toEqual({ ok: false, error: 'blocked' });
    expect(
      await harness(policyFrom({ bypass: { allowed: false } })).service.grantBypass(7, ms('Mail.Read'), undefined, 'x'),
    ).toEqual({
      ok: false,
      error: 'bypass-not-allowed',
    });
    const strict = harness(policyFrom({ bypass: { requireJustification: true } }));
    expect(await strict.service.grantBypass(7, ms('Mail.Read'), undefined, '  ')).toEqual({
      ok: false,
      error: 'justification-required',
    });
    expect(await strict.service.grantBypass(7, ms('Mail.Read'), undefined, 'Needed for the audit')).toEqual({
      ok: true,
    });
    expect(strict.events.at(-1)).toMatchObject({ type: 'continued', justification: 'Needed for the audit' });
    expect(await harness().service.grantBypass(7, ms('openid'), undefined, '')).toEqual({
      ok: false,
      error: 'not-warned',
    });
  });

  it('does not stop twice what a rule already stopped', async () => {
    const h = harness(policyFrom({ blockedApps: [{ clientId: 'app-1' }] }));
    h.setRuleStops(true);
    expect(await h.service.onNavigation(nav(ms('openid')))).toBe('blocked');
    expect(h.shown).toEqual([]);
    h.setRuleStops(false);
    expect(await h.service.onNavigation(nav(ms('openid')))).toBe('blocked');
    expect(h.shown).toHaveLength(1);
  });

  it('the commit safety net replaces a stopped page nobody judged, never a continued warning', async () => {
    const blocking = harness(policyFrom({ blockedApps: [{ clientId: 'app-1' }] }));
    expect(await blocking.service.onCommitted(nav(ms('openid')))).toBe(true);
    // A warned request that committed without being judged (a page's service worker redirected to it).
    const unjudged = harness();
    expect(await unjudged.service.onCommitted(nav(ms('Mail.Read')))).toBe(true);
    expect(unjudged.shown).toHaveLength(1);
    // Continued on purpose: its bypass left a pass for that flow in that tab, so its pages commit.
    const continued = harness();
    await continued.service.grantBypass(7, ms('Mail.Read'), undefined, '');
    expect(await continued.service.onNavigation(nav(ms('Mail.Read')))).toBe('bypassed');
    expect(await continued.service.onCommitted(nav(ms('Mail.Read')))).toBe(false);
    expect(continued.shown).toHaveLength(0);
    // Not in another tab.
    expect(await continued.service.onCommitted(nav(ms('Mail.Read'), 8))).toBe(true);
  });

  it('never takes a tab to the warning page because a frame asked', async () => {
    const h = harness();
    const frame = { ...nav(ms('Mail.Read')), frameId: 3 };
    expect(await h.service.onNavigation(frame)).toBe('signed-in');
    const blocking = harness(policyFrom({ blockedApps: [{ clientId: 'app-1' }] }));
    expect(await blocking.service.onNavigation({ ...nav(ms('openid')), frameId: 3 })).toBe('blocked');
    expect(blocking.shown).toHaveLength(0);
    expect(await blocking.service.onCommitted({ ...nav(ms('openid')), frameId: 3 })).toBe(false);
  });

  it('lets the provider’s own next steps of a continued flow through, and nothing else', async () => {
    const h = harness();
    await h.service.grantBypass(7, ms('Mail.Read'), undefined, '');
    expect(await h.service.onNavigation(nav(ms('Mail.Read')))).toBe('bypassed');
    // The provider's sign-in page sends the person back to the same request: part of the flow.
    const fromProvider = { ...nav(ms('Mail.Read')), initiatorOrigin: 'https://login.microsoftonline.com' };
    expect(await h.service.onNavigation(fromProvider)).toBe('bypassed');
    // Another site, or the address bar, opening the same request: judged afresh.
    expect(await h.service.onNavigation({ ...nav(ms('Mail.Read')), initiatorOrigin: 'https://evil.example' })).toBe(
      'warned',
    );
    expect(await h.service.onNavigation(nav(ms('Mail.Read')))).toBe('warned');
  });

  it('lets a sign-in through without recording a consent', async () => {
    const h = harness();
    const silent = `${ms('Mail.Read offline_access')}&prompt=none`;
    expect(await h.service.onNavigation(nav(silent))).toBe('signed-in');
    expect(h.events).toHaveLength(0);
    expect(h.shown).toHaveLength(0);
  });

  it('carries a POST body to the warning page', async () => {
    const h = harness();
    const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize';
    const body = { client_id: ['a'], response_type: ['code'], scope: ['Mail.Send'] };
    expect(await h.service.onNavigation({ ...nav(url), body })).toBe('warned');
    const link = parseWarningFragment(h.shown[0]?.fragment ?? '');
    expect(link).toMatchObject({ source: 'post', url });
    expect(new URLSearchParams(link?.body).get('scope')).toBe('Mail.Send');
  });

  it('fills the approval URL and records the request with its justification', () => {
    const h = harness(
      policyFrom({ approvalUrl: 'https://it.example.com/req?p={provider}&app={clientId}&s={scopes}&u={user}' }),
    );
    const result = h.service.requestApproval(
      `${ms('Mail.Read openid')}&login_hint=ann%40contoso.com`,
      undefined,
      'Audit',
    );
    expect(result?.approvalUrl).toBe(
      'https://it.example.com/req?p=microsoft&app=app-1&s=Mail.Read%20openid&u=ann%40contoso.com',
    );
    expect(h.events[0]).toMatchObject({ type: 'approval-requested', justification: 'Audit', clientId: 'app-1' });
  });

  it('never puts the request URL, the state or the redirect URL in an event', async () => {
    const h = harness();
    const url = `${ms('Mail.Read')}&state=S3CRET-STATE&nonce=N0NCE`;
    await h.service.onNavigation(nav(url));
    await h.service.grantBypass(7, url, undefined, 'why');
    h.service.requestApproval(url, undefined, 'why');
    const text = JSON.stringify(h.events);
    expect(text).not.toContain('S3CRET-STATE');
    expect(text).not.toContain('N0NCE');
    expect(text).not.toContain('https://app.example.com/cb');
    expect(text).toContain('app.example.com');
  });
});

describe('warning page confirmation', () => {
  const top = (tabId = 7) => ({ tabId, frameId: 0 });

  it('confirms only the tab and request the worker stopped, until it expires', async () => {
    const h = harness();
    const url = `${ms('Mail.Read')}&state=first`;
    expect((await h.service.warningFor(top(), url, undefined, 'en')).issued).toBe(false);
    expect(await h.service.onNavigation(nav(url))).toBe('warned');
    expect((await h.service.warningFor(top(), url, undefined, 'en')).issued).toBe(true);
    // The same request with another state value: the page of a reload or of a retried sign-in.
    expect((await h.service.warningFor(top(), `${ms('Mail.Read')}&state=second`, undefined, 'en')).issued).toBe(true);
    expect((await h.service.warningFor(top(8), url, undefined, 'en')).issued).toBe(false);
    expect((await h.service.warningFor(top(), ms('Mail.Read', '', 'other-app'), undefined, 'en')).issued).toBe(false);
    expect((await h.service.warningFor(top(), ms('Mail.Read Mail.Send'), undefined, 'en')).issued).toBe(false);
    // A web page can frame the warning page: the worker never sends a frame there.
    expect((await h.service.warningFor({ tabId: 7, frameId: 3 }, url, undefined, 'en')).issued).toBe(false);
    expect((await h.service.warningFor(top(), 'https://example.com/', undefined, 'en')).issued).toBe(false);
    h.advance(30 * 60_000 + 1);
    expect((await h.service.warningFor(top(), url, undefined, 'en')).issued).toBe(false);
  });

  it('confirms what the commit safety net stopped, and POST requests with their body', async () => {
    const h = harness();
    expect(await h.service.onCommitted(nav(ms('Files.Read.All'), 4))).toBe(true);
    expect((await h.service.warningFor(top(4), ms('Files.Read.All'), undefined, 'en')).issued).toBe(true);

    const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize';
    const body = { client_id: ['a'], response_type: ['code'], scope: ['Mail.Send'] };
    expect(await h.service.onNavigation({ ...nav(url, 5), body })).toBe('warned');
    const link = parseWarningFragment(h.shown.at(-1)?.fragment ?? '');
    expect((await h.service.warningFor(top(5), url, link?.body, 'en')).issued).toBe(true);
    expect(
      (await h.service.warningFor(top(5), url, 'client_id=a&response_type=code&scope=Mail.Read', 'en')).issued,
    ).toBe(false);
  });

  it('confirms a rule’s redirect it never saw from the rules installed, in a tab or a frame', async () => {
    const h = harness(policyFrom({ blockedApps: [{ clientId: 'app-1' }] }));
    h.setRuleStops(true);
    expect((await h.service.warningFor(top(9), ms('openid'), undefined, 'en')).issued).toBe(true);
    expect((await h.service.warningFor({ tabId: 9, frameId: 2 }, ms('openid'), undefined, 'en')).issued).toBe(true);
    // A rule never redirects a POST, and an unrelated URL is not a request.
    expect((await h.service.warningFor(top(9), ms('openid'), 'client_id=app-1', 'en')).issued).toBe(false);
    h.setRuleStops(false);
    expect((await h.service.warningFor(top(9), ms('openid'), undefined, 'en')).issued).toBe(false);
  });

  it('still confirms a stopped request the policy now allows (its page says so)', async () => {
    const h = harness();
    await h.service.onNavigation(nav(ms('Mail.Read')));
    h.setPolicy(policyFrom({ allowedApps: [{ clientId: 'app-1' }] }));
    expect((await h.service.warningFor(top(), ms('Mail.Read'), undefined, 'en')).issued).toBe(true);
  });

  it('sends the tab to its warning even when the list cannot be stored', async () => {
    const shown: string[] = [];
    const service = new InterceptionService({
      policy: () => DEFAULT_POLICY,
      loadTokens: async () => [],
      saveTokens: async () => undefined,
      loadIssued: async () => [],
      saveIssued: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
      showWarning: async (_tabId, fragment) => void shown.push(fragment),
      stoppedByRule: () => false,
      record: () => undefined,
      now: () => 1_000,
    });
    expect(await service.onNavigation(nav(ms('Mail.Read')))).toBe('warned');
    expect(shown).toHaveLength(1);
  });

  it('a request in a frame confirms no warning for its tab', async () => {
    const h = harness(policyFrom({ blockedApps: [{ clientId: 'app-1' }] }));
    expect(await h.service.onNavigation({ ...nav(ms('openid')), frameId: 3 })).toBe('blocked');
    expect((await h.service.warningFor(top(), ms('openid'), undefined, 'en')).issued).toBe(false);
  });

  it('keeps every warning of requests stopped at the same moment', async () => {
    const h = harness();
    await Promise.all([1, 2, 3].map((tabId) => h.service.onNavigation(nav(ms('Mail.Read'), tabId))));
    for (const tabId of [1, 2, 3])
      expect((await h.service.warningFor(top(tabId), ms('Mail.Read'), undefined, 'en')).issued).toBe(true);
  });
});

describe('false alarms', () => {
  const page = { tabId: 7, frameId: 0 };

  it('records what was reported, with the comment, and nothing secret', async () => {
    const h = harness();
    const url = `${ms('Mail.Read offline_access')}&state=S3CRET-STATE&login_hint=ann%40contoso.com`;
    await h.service.onNavigation(nav(url));
    expect(await h.service.reportMistake(page, url, undefined, '  Our CRM, approved by IT  ')).toEqual({ ok: true });
    const event = h.events.at(-1);
    expect(event).toMatchObject({
      type: 'false-alarm-reported',
      provider: 'microsoft',
      clientId: 'app-1',
      scopes: ['Mail.Read', 'offline_access'],
      decision: 'warn',
      redirectHost: 'app.example.com',
      comment: 'Our CRM, approved by IT',
    });
    expect(event?.reasons.length).toBeGreaterThan(0);
    const text = JSON.stringify(event);
    for (const secret of ['S3CRET-STATE', 'https://app.example.com/cb', 'login.microsoftonline.com/common'])
      expect(text).not.toContain(secret);
  });

  it('records a report without a comment, and a blocked request’s too', async () => {
    const h = harness(policyFrom({ blockedApps: [{ clientId: 'app-1' }] }));
    await h.service.onNavigation(nav(ms('openid')));
    expect(await h.service.reportMistake(page, ms('openid'), undefined, '')).toEqual({ ok: true });
    expect(h.events.at(-1)).toMatchObject({ type: 'false-alarm-reported', decision: 'block' });
    expect(h.events.at(-1)).not.toHaveProperty('comment');
  });

  it('refuses a report for a warning the worker did not issue to that page', async () => {
    const h = harness();
    await h.service.onNavigation(nav(ms('Mail.Read')));
    const before = h.events.length;
    expect(await h.service.reportMistake({ tabId: 8, frameId: 0 }, ms('Mail.Read'), undefined, 'x')).toEqual({
      ok: false,
      error: 'not-warned',
    });
    expect(await h.service.reportMistake(page, ms('Files.Read.All'), undefined, 'x')).toEqual({
      ok: false,
      error: 'not-warned',
    });
    expect(h.events).toHaveLength(before);
  });
});

import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../lib/events/consent-event';
import type { BypassToken } from '../../../lib/interception/bypass-tokens';
import { InterceptionService } from '../../../lib/interception/interception-service';
import { parseWarningFragment } from '../../../lib/interception/warning-link';
import { DEFAULT_POLICY } from '../../../lib/policy/default-policy';
import type { Policy } from '../../../lib/policy/policy-schema';
import { ms, policyFrom } from '../policy/helpers';

function harness(policy: Policy = DEFAULT_POLICY) {
  let tokens: BypassToken[] = [];
  let now = 1_000_000;
  const shown: Array<{ tabId: number; fragment: string }> = [];
  const events: ConsentEvent[] = [];
  let ruleStops = false;
  const service = new InterceptionService({
    policy: () => policy,
    loadTokens: async () => tokens,
    saveTokens: async (t) => {
      tokens = t;
    },
    showWarning: async (tabId, fragment) => {
      shown.push({ tabId, fragment });
    },
    stoppedByRule: () => ruleStops,
    record: (e) => events.push(e),
    now: () => now,
  });
  return {
    service,
    shown,
    events,
    tokens: () => tokens,
    advance: (ms: number) => {
      now += ms;
    },
    setRuleStops: (v: boolean) => {
      ruleStops = v;
    },
  };
}

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
    // Continued on purpose: its bypass left a pass for the commit, used once.
    const continued = harness();
    await continued.service.grantBypass(7, ms('Mail.Read'), undefined, '');
    expect(await continued.service.onNavigation(nav(ms('Mail.Read')))).toBe('bypassed');
    expect(await continued.service.onCommitted(nav(ms('Mail.Read')))).toBe(false);
    expect(continued.shown).toHaveLength(0);
    expect(await continued.service.onCommitted(nav(ms('Mail.Read')))).toBe(true);
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

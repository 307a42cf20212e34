import { describe, expect, it } from 'vitest';
import { signApprovalCode } from '../../../lib/policy/approval-codes';
import { bytesToBase64 } from '../../../lib/policy/ed25519-keys';
import type { Policy } from '../../../lib/policy/policy-schema';
import { ms, policyFrom } from '../policy/helpers';
import { interceptionHarness } from './service-harness';

const NOW = Date.parse('2026-11-25T09:00:00Z');
const APP = 'aaaaaaaa-1111-4111-8111-111111111111';

const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
const publicKey = bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
const forger = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;

const code = (
  over: { clientId?: string; account?: string | null; days?: number; key?: CryptoKey; scopes?: string[] } = {},
) =>
  signApprovalCode(
    {
      provider: 'microsoft',
      clientId: over.clientId ?? APP,
      scopes: over.scopes ?? null,
      account: over.account ?? null,
      issuedAt: NOW,
      expiresAt: NOW + (over.days ?? 7) * 86_400_000,
    },
    over.key ?? pair.privateKey,
    publicKey,
  );

const harness = (policy: Policy) => interceptionHarness({ policy, now: NOW });

const nav = (url: string) => ({ url, tabId: 7, frameId: 0 });
const strict = () =>
  policyFrom({ mode: 'enforce', bypass: { allowed: false }, approvers: [{ name: 'IT approvals', publicKey }] });

describe('approval codes on the warning page', () => {
  it('a good code lets that app through (no bypass permission needed), remembered until it expires', async () => {
    const h = harness(strict());
    const url = ms('Mail.ReadWrite', '', APP);
    expect(await h.service.onNavigation(nav(url))).toBe('blocked');
    expect(await h.service.grantBypass(7, url, undefined, '')).toEqual({ ok: false, error: 'blocked' });

    const result = await h.service.useApprovalCode(url, undefined, await code());
    expect(result).toEqual({ ok: true, approver: 'IT approvals', expiresAt: NOW + 7 * 86_400_000 });
    expect(h.stored()).toHaveLength(1);
    // The browser's rules learn of it before the page goes on.
    expect(h.allowed.at(-1)?.map((a) => a.clientId)).toEqual([APP]);

    expect(await h.service.onNavigation(nav(url))).toBe('allowed');
    // Another tab, later, another request of the same app: still approved.
    h.advance(86_400_000);
    expect(await h.service.onNavigation({ ...nav(ms('Mail.ReadWrite Calendars.Read', '', APP)), tabId: 9 })).toBe(
      'allowed',
    );
    const used = h.events.filter((e) => e.type === 'approval-used');
    expect(used).toHaveLength(2);
    expect(used[0]).toMatchObject({ clientId: APP, decision: 'allow', reasons: [`approved:${APP}`] });
    expect(used[0]?.approval).toMatchObject({ approver: 'IT approvals', account: null, scopes: null });
    // Another app is not affected.
    expect(await h.service.onNavigation(nav(ms('Mail.ReadWrite', '', 'other-app')))).toBe('blocked');
    // Expired: stopped again.
    h.advance(7 * 86_400_000);
    expect(await h.service.onNavigation(nav(url))).toBe('blocked');
  });

  it('a forged, altered, expired, unknown-key or other-app code is refused, and nothing is remembered', async () => {
    const h = harness(strict());
    const url = ms('Mail.ReadWrite', '', APP);
    const good = await code();
    const forged = await code({ key: forger.privateKey });
    const altered = `${good.slice(0, 20)}${good[20] === 'A' ? 'B' : 'A'}${good.slice(21)}`;
    expect(await h.service.useApprovalCode(url, undefined, forged)).toEqual({ ok: false, error: 'forged' });
    expect((await h.service.useApprovalCode(url, undefined, altered)).ok).toBe(false);
    expect(await h.service.useApprovalCode(url, undefined, 'CG1.nonsense')).toEqual({ ok: false, error: 'malformed' });
    expect(await h.service.useApprovalCode(url, undefined, await code({ clientId: 'other-app' }))).toEqual({
      ok: false,
      error: 'other-app',
    });
    expect(await h.service.useApprovalCode(url, undefined, await code({ account: 'bob@contoso.com' }))).toEqual({
      ok: false,
      error: 'account-unknown',
    });
    const withAnn = ms('Mail.ReadWrite', '&login_hint=ann%40contoso.com', APP);
    expect(await h.service.useApprovalCode(withAnn, undefined, await code({ account: 'bob@contoso.com' }))).toEqual({
      ok: false,
      error: 'other-account',
    });
    h.advance(8 * 86_400_000);
    expect(await h.service.useApprovalCode(url, undefined, good)).toEqual({ ok: false, error: 'expired' });
    const unlisted = harness(policyFrom({ mode: 'enforce' }));
    expect(await unlisted.service.useApprovalCode(url, undefined, good)).toEqual({ ok: false, error: 'no-approvers' });
    expect(h.stored()).toEqual([]);
    expect(h.events.filter((e) => e.type === 'approval-used')).toEqual([]);
  });

  it('a request the approval does not cover, let out by the approved app’s rule, is stopped by the worker', async () => {
    const h = harness(strict());
    // Approved for Mail.Read only; the app asks for Mail.ReadWrite.
    expect(
      (await h.service.useApprovalCode(ms('Mail.Read', '', APP), undefined, await code({ scopes: ['Mail.Read'] }))).ok,
    ).toBe(true);
    h.setRuleStops(true);
    expect(await h.service.onNavigation(nav(ms('Mail.ReadWrite', '', APP)))).toBe('blocked');
    // The block rule would have redirected it, but the approval rule let it pass: the worker sends the tab itself.
    expect(h.shown).toHaveLength(1);
    // Another app's request, stopped by the block rule: not sent twice.
    expect(await h.service.onNavigation(nav(ms('Mail.ReadWrite', '', 'other-app')))).toBe('blocked');
    expect(h.shown).toHaveLength(1);
    expect(await h.service.onNavigation(nav(ms('Mail.Read', '', APP)))).toBe('allowed');
  });

  it('a rule’s redirect of an approved app (after a browser restart) is confirmed, and its page goes on by itself', async () => {
    const h = harness(strict());
    const url = ms('Mail.ReadWrite', '', APP);
    expect((await h.service.useApprovalCode(url, undefined, await code())).ok).toBe(true);
    h.setRuleStops(true);
    const reply = await h.service.warningFor({ tabId: 3, frameId: 0 }, url, undefined, 'en');
    expect(reply.issued).toBe(true);
    expect(reply.issued && reply.view?.decision).toBe('allow');
  });

  it('a blocked app stays blocked, whatever the code', async () => {
    const h = harness(policyFrom({ blockedApps: [`microsoft:${APP}`], approvers: [{ name: 'IT', publicKey }] }));
    expect(await h.service.useApprovalCode(ms('openid', '', APP), undefined, await code())).toEqual({
      ok: false,
      error: 'blocked-app',
    });
  });
});

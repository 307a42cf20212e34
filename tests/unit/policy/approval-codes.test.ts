import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import {
  type ApprovalGrant,
  approverKeyId,
  readApprovalCode,
  signApprovalCode,
  verifyApprovalCode,
} from '../../../lib/policy/approval-codes';
import { type Approval, addApproval, approvalMismatch, readApprovals } from '../../../lib/policy/approvals';
import { base64ToBytes, bytesToBase64, bytesToBase64Url, normalisePublicKey } from '../../../lib/policy/ed25519-keys';
import { evaluateRequest } from '../../../lib/policy/evaluate-request';
import type { Policy } from '../../../lib/policy/policy-schema';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';
import { ms, policyFrom } from './helpers';

const NOW = Date.parse('2026-11-25T09:00:00Z');
const DAY = 86_400_000;
const APP = 'aaaaaaaa-1111-4111-8111-111111111111';

async function approver(name: string) {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { name, privateKey: pair.privateKey, publicKey: bytesToBase64(raw) };
}

const grant = (over: Partial<ApprovalGrant> = {}): ApprovalGrant => ({
  provider: 'microsoft',
  clientId: APP,
  scopes: null,
  account: null,
  issuedAt: NOW,
  expiresAt: NOW + 7 * DAY,
  ...over,
});

const request = (scope: string, extra = '', clientId = APP): AuthorizationRequest =>
  parseAuthorizationRequest(ms(scope, extra, clientId)) as AuthorizationRequest;

const it_ = await approver('IT approvals');
const other = await approver('Someone else');
const policy: Policy = policyFrom({
  mode: 'enforce',
  approvers: [{ name: it_.name, publicKey: it_.publicKey }],
});

async function approvalOf(code: string, p: Policy = policy, now = NOW): Promise<Approval> {
  const result = await verifyApprovalCode(code, p.approvers, now);
  if (!result.ok) throw new Error(result.error);
  return result.approval;
}

describe('approval codes', () => {
  it('are short, copy-pasteable, and say what they approve', async () => {
    const code = await signApprovalCode(
      grant({ scopes: ['Mail.Read'], account: 'ann@contoso.com' }),
      it_.privateKey,
      it_.publicKey,
    );
    expect(code).toMatch(/^CG1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(code.length).toBeLessThan(400);
    expect(readApprovalCode(code)?.payload).toMatchObject({
      v: 1,
      p: 'microsoft',
      c: APP,
      s: ['Mail.Read'],
      a: 'ann@contoso.com',
      k: approverKeyId(it_.publicKey),
    });
    const approval = await approvalOf(code);
    expect(approval).toMatchObject({
      provider: 'microsoft',
      clientId: APP,
      scopes: ['Mail.Read'],
      account: 'ann@contoso.com',
      approver: 'IT approvals',
      approverKey: it_.publicKey,
      expiresAt: NOW + 7 * DAY,
    });
  });

  it('survive line breaks and spaces slipped in by a mail or a chat', async () => {
    const code = await signApprovalCode(grant(), it_.privateKey, it_.publicKey);
    const mangled = `  ${code.slice(0, 40)}\n${code.slice(40, 90)} \r\n${code.slice(90)}  `;
    expect((await verifyApprovalCode(mangled, policy.approvers, NOW)).ok).toBe(true);
  });

  it('refuse a forged code: signed by a key the policy does not list', async () => {
    const code = await signApprovalCode(grant(), other.privateKey, other.publicKey);
    expect(await verifyApprovalCode(code, policy.approvers, NOW)).toEqual({ ok: false, error: 'unknown-key' });
  });

  it('refuse a forged code: a listed key id, another key’s signature', async () => {
    // Signed by another key but claiming the listed approver's key id.
    const payload = {
      v: 1,
      p: 'microsoft',
      c: APP,
      iat: NOW / 1000,
      exp: NOW / 1000 + 7 * 86_400,
      k: approverKeyId(it_.publicKey),
    };
    const body = `CG1.${bytesToBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}`;
    const signature = new Uint8Array(
      await crypto.subtle.sign('Ed25519', other.privateKey, new TextEncoder().encode(body)),
    );
    const code = `${body}.${bytesToBase64Url(signature)}`;
    expect(await verifyApprovalCode(code, policy.approvers, NOW)).toEqual({ ok: false, error: 'forged' });
  });

  it('refuse a code with one byte altered, in its payload or its signature', async () => {
    const code = await signApprovalCode(grant({ scopes: ['Mail.Read'] }), it_.privateKey, it_.publicKey);
    const [prefix, payload, signature] = code.split('.') as [string, string, string];
    const bytes = base64ToBytes(payload) as Uint8Array;
    // Mail.Read becomes Mail.Reae: still well-formed JSON, another approval.
    const text = new TextDecoder().decode(bytes).replace('Mail.Read', 'Mail.Reae');
    const altered = `${prefix}.${bytesToBase64Url(new TextEncoder().encode(text))}.${signature}`;
    expect(await verifyApprovalCode(altered, policy.approvers, NOW)).toEqual({ ok: false, error: 'forged' });
    const sig = base64ToBytes(signature) as Uint8Array;
    sig[10] = (sig[10] as number) ^ 0x01;
    const badSignature = `${prefix}.${payload}.${bytesToBase64Url(sig)}`;
    expect(await verifyApprovalCode(badSignature, policy.approvers, NOW)).toEqual({ ok: false, error: 'forged' });
  });

  it('refuse an expired code, and one issued in the future', async () => {
    const code = await signApprovalCode(grant({ expiresAt: NOW + DAY }), it_.privateKey, it_.publicKey);
    expect(await verifyApprovalCode(code, policy.approvers, NOW + DAY)).toEqual({ ok: false, error: 'expired' });
    expect(await verifyApprovalCode(code, policy.approvers, NOW - 3_600_000)).toEqual({
      ok: false,
      error: 'not-yet-valid',
    });
    // A few minutes of clock difference between the approver and the device are tolerated.
    expect((await verifyApprovalCode(code, policy.approvers, NOW - 60_000)).ok).toBe(true);
  });

  it('refuse what is not a code, and every code when the policy names no approver', async () => {
    for (const text of ['', 'hello', 'CG1.', 'CG1.abc.def', 'CG2.e30.e30', `CG1.${'A'.repeat(5000)}`])
      expect(await verifyApprovalCode(text, policy.approvers, NOW)).toEqual({ ok: false, error: 'malformed' });
    const code = await signApprovalCode(grant(), it_.privateKey, it_.publicKey);
    expect(await verifyApprovalCode(code, [], NOW)).toEqual({ ok: false, error: 'no-approvers' });
    // A code whose client id holds a wildcard is no code: an approval is for one app.
    const wildcard = await signApprovalCode(grant({ clientId: 'app-*' }), it_.privateKey, it_.publicKey);
    expect(readApprovalCode(wildcard)).toBeNull();
  });

  it('are for one app: another app, provider, account or more permissions do not match', async () => {
    const approval = await approvalOf(
      await signApprovalCode(
        grant({ scopes: ['Mail.Read', 'offline_access'], account: 'ann@contoso.com' }),
        it_.privateKey,
        it_.publicKey,
      ),
    );
    const ann = '&login_hint=ann%40contoso.com';
    expect(approvalMismatch(approval, request('openid Mail.Read offline_access', ann), policy, NOW)).toBeNull();
    // Sign-in scopes (openid, profile, email) need not be approved; the resource's full name is the same scope.
    expect(
      approvalMismatch(approval, request('openid https://graph.microsoft.com/Mail.Read', ann), policy, NOW),
    ).toBeNull();
    expect(
      approvalMismatch(approval, request('Mail.Read', ann, 'bbbbbbbb-2222-4222-8222-222222222222'), policy, NOW),
    ).toBe('other-app');
    const google = parseAuthorizationRequest(
      `https://accounts.google.com/o/oauth2/v2/auth?client_id=${APP}&response_type=code&scope=openid`,
    ) as AuthorizationRequest;
    expect(approvalMismatch(approval, google, policy, NOW)).toBe('other-app');
    expect(approvalMismatch(approval, request('Mail.Read', '&login_hint=bob%40contoso.com'), policy, NOW)).toBe(
      'other-account',
    );
    expect(approvalMismatch(approval, request('Mail.Read'), policy, NOW)).toBe('account-unknown');
    expect(approvalMismatch(approval, request('Mail.Read Mail.Send', ann), policy, NOW)).toBe('other-scopes');
    expect(approvalMismatch(approval, request('Mail.Read', ann), policy, NOW + 8 * DAY)).toBe('expired');
  });

  it('the policy’s user hint, when set, is who the person is (the link’s login hint is not trusted over it)', async () => {
    const approval = await approvalOf(
      await signApprovalCode(grant({ account: 'ann@contoso.com' }), it_.privateKey, it_.publicKey),
    );
    const hinted = policyFrom({
      approvers: policy.approvers,
      reporting: { userHint: 'bob@contoso.com' },
    });
    expect(approvalMismatch(approval, request('Mail.Read', '&login_hint=ann%40contoso.com'), hinted, NOW)).toBe(
      'other-account',
    );
  });

  it('take effect in the evaluation: the app passes, a blocked app does not, a removed key revokes', async () => {
    const approval = await approvalOf(await signApprovalCode(grant(), it_.privateKey, it_.publicKey));
    const req = request('Mail.ReadWrite');
    const risk = assessRequestRisk(req);
    expect(evaluateRequest(req, risk, policy).decision).toBe('block');
    const approved = evaluateRequest(req, risk, policy, undefined, null, { approvals: [approval], now: NOW });
    expect(approved).toMatchObject({ decision: 'allow', verdict: 'allow', reasons: [`approved:${APP}`] });
    expect(approved.approval?.approver).toBe('IT approvals');

    const blocking = policyFrom({ approvers: policy.approvers, blockedApps: [`microsoft:${APP}`] });
    expect(evaluateRequest(req, risk, blocking, undefined, null, { approvals: [approval], now: NOW }).decision).toBe(
      'block',
    );
    const revoked = policyFrom({ mode: 'enforce' });
    expect(evaluateRequest(req, risk, revoked, undefined, null, { approvals: [approval], now: NOW }).decision).toBe(
      'block',
    );
    expect(
      evaluateRequest(req, risk, policy, undefined, null, { approvals: [approval], now: NOW + 8 * DAY }).decision,
    ).toBe('block');
  });

  it('are remembered once per code, until they expire; storage is read item by item', async () => {
    const a = await approvalOf(await signApprovalCode(grant(), it_.privateKey, it_.publicKey));
    const b = await approvalOf(await signApprovalCode(grant({ expiresAt: NOW + DAY }), it_.privateKey, it_.publicKey));
    const list = addApproval(addApproval(addApproval([], a, NOW), a, NOW), b, NOW);
    expect(list.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(addApproval(list, a, NOW + 2 * DAY).map((x) => x.id)).toEqual([a.id]);
    expect(readApprovals([a, { ...b, clientId: 42 }, null, 'x'])).toEqual([a]);
    expect(readApprovals('nonsense')).toEqual([]);
  });

  it('public keys are read as base64 of the raw key, of its SPKI form, or PEM', async () => {
    const raw = base64ToBytes(it_.publicKey) as Uint8Array;
    const spki = new Uint8Array([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00, ...raw]);
    expect(normalisePublicKey(it_.publicKey)).toBe(it_.publicKey);
    expect(normalisePublicKey(bytesToBase64(spki))).toBe(it_.publicKey);
    expect(normalisePublicKey(bytesToBase64Url(raw))).toBe(it_.publicKey);
    expect(normalisePublicKey(`-----BEGIN PUBLIC KEY-----\n${bytesToBase64(spki)}\n-----END PUBLIC KEY-----\n`)).toBe(
      it_.publicKey,
    );
    expect(normalisePublicKey('not a key')).toBeNull();
    expect(normalisePublicKey(bytesToBase64(raw.slice(0, 31)))).toBeNull();
    const reading = policyFrom({ approvers: [{ name: 'IT', publicKey: bytesToBase64(spki) }] });
    expect(reading.approvers[0]?.publicKey).toBe(it_.publicKey);
  });
});

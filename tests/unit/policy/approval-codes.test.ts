import { describe, expect, it } from 'vitest';
import {
  approverKeyId,
  readApprovalCode,
  signApprovalCode,
  verifyApprovalCode,
} from '../../../lib/policy/approval-codes';
import { base64ToBytes, bytesToBase64Url } from '../../../lib/policy/ed25519-keys';
import { APP, approvalOf, DAY, grant, it_, NOW, other, policy } from './approval-fixtures';

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
});

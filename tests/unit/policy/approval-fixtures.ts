import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { type ApprovalGrant, verifyApprovalCode } from '../../../lib/policy/approval-codes';
import type { Approval } from '../../../lib/policy/approvals';
import { bytesToBase64 } from '../../../lib/policy/ed25519-keys';
import type { Policy } from '../../../lib/policy/policy-schema';
import { ms, policyFrom } from './helpers';

/** Approvers with real Ed25519 keys, the grants they sign and the requests they are checked against. */
export const NOW = Date.parse('2026-11-25T09:00:00Z');
export const DAY = 86_400_000;
export const APP = 'aaaaaaaa-1111-4111-8111-111111111111';

export async function approver(name: string) {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { name, privateKey: pair.privateKey, publicKey: bytesToBase64(raw) };
}

export const grant = (over: Partial<ApprovalGrant> = {}): ApprovalGrant => ({
  provider: 'microsoft',
  clientId: APP,
  scopes: null,
  account: null,
  issuedAt: NOW,
  expiresAt: NOW + 7 * DAY,
  ...over,
});

export const request = (scope: string, extra = '', clientId = APP): AuthorizationRequest =>
  parseAuthorizationRequest(ms(scope, extra, clientId)) as AuthorizationRequest;

export const it_ = await approver('IT approvals');
export const other = await approver('Someone else');
export const policy: Policy = policyFrom({
  mode: 'enforce',
  approvers: [{ name: it_.name, publicKey: it_.publicKey }],
});

export async function approvalOf(code: string, p: Policy = policy, now = NOW): Promise<Approval> {
  const result = await verifyApprovalCode(code, p.approvers, now);
  if (!result.ok) throw new Error(result.error);
  return result.approval;
}

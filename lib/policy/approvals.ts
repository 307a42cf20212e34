import type { AuthorizationRequest } from '../authz/types';
import type { ProviderId } from '../core/provider-id';
import { canonicalScope } from '../scopes/lookup-scope';
import type { Policy } from './policy-schema';

/**
 * An app an approver let through with an approval code, as the browser
 * remembers it (extension storage) until it expires. It holds nothing secret:
 * the code was checked against a public key of the policy when it was used.
 */
/** What an approver approves: the facts a code carries, signed. */
export interface ApprovalGrant {
  provider: ProviderId | '*';
  clientId: string;
  /** The permissions approved, or null for whatever the app asks. */
  scopes: string[] | null;
  /** The account the approval is for, or null for any. */
  account: string | null;
  /** Milliseconds since the epoch. */
  issuedAt: number;
  expiresAt: number;
}

/** An approval a person used: the signed grant, and who signed it. */
export interface Approval extends ApprovalGrant {
  /** SHA-256 (hex) of the code: the same code used twice is remembered once. */
  id: string;
  /** The approver's name in the policy, and their public key (base64, raw): removing the key revokes its approvals. */
  approver: string;
  approverKey: string;
}

/** Why an approval does not cover a request. */
export type ApprovalMismatch =
  | 'other-app'
  | 'other-account'
  | 'account-unknown'
  | 'other-scopes'
  | 'expired'
  | 'revoked';

/** Sign-in scopes that grant no access to data: an approval listing permissions need not list them. */
const SIGN_IN_SCOPES = new Set(['openid', 'profile', 'email']);

/**
 * Who the person is, as far as the browser can tell: the policy's
 * `reporting.userHint` when the organisation sets one per user or device
 * (trusted), else the account the request names (`login_hint`, from the
 * link). Null when neither is known.
 */
export function approvalIdentity(request: AuthorizationRequest, policy: Policy): string | null {
  return policy.reporting.userHint ?? request.loginHint ?? null;
}

/** Why this approval does not cover this request under this policy now, or null when it does. */
export function approvalMismatch(
  approval: Approval,
  request: AuthorizationRequest,
  policy: Policy,
  now: number,
): ApprovalMismatch | null {
  if (approval.expiresAt <= now) return 'expired';
  if (!policy.approvers.some((a) => a.publicKey === approval.approverKey)) return 'revoked';
  if (approval.provider !== '*' && approval.provider !== request.provider) return 'other-app';
  const ids = request.clientIds.length > 0 ? request.clientIds : request.clientId ? [request.clientId] : [];
  const wanted = approval.clientId.toLowerCase();
  if (ids.length === 0 || !ids.every((id) => id.toLowerCase() === wanted)) return 'other-app';
  if (approval.account !== null) {
    const identity = approvalIdentity(request, policy);
    if (identity === null) return 'account-unknown';
    if (identity.trim().toLowerCase() !== approval.account.trim().toLowerCase()) return 'other-account';
  }
  if (approval.scopes !== null) {
    // Hidden permissions cannot be checked against the approved ones.
    if (request.scopes === null) return 'other-scopes';
    const canonical = (s: string) => canonicalScope(request.provider, s).toLowerCase();
    const approved = new Set(approval.scopes.map(canonical));
    if (!request.scopes.every((s) => SIGN_IN_SCOPES.has(s.toLowerCase()) || approved.has(canonical(s))))
      return 'other-scopes';
  }
  return null;
}

/** The first approval that covers the request now, or null. */
export function matchApproval(
  approvals: readonly Approval[],
  request: AuthorizationRequest,
  policy: Policy,
  now: number,
): Approval | null {
  return approvals.find((a) => approvalMismatch(a, request, policy, now) === null) ?? null;
}

/** The live approvals, at most `max` (the newest), with this one added (replacing the same code). */
export function addApproval(list: readonly Approval[], approval: Approval, now: number, max = 200): Approval[] {
  return pruneApprovals([...list.filter((a) => a.id !== approval.id), approval], now).slice(-max);
}

export function pruneApprovals(list: readonly Approval[], now: number): Approval[] {
  return list.filter((a) => a.expiresAt > now);
}

/** Stored approvals, checked one by one: anything that is not a well-formed approval is dropped. */
export function readApprovals(raw: unknown): Approval[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (a): a is Approval =>
      a !== null &&
      typeof a === 'object' &&
      typeof a.id === 'string' &&
      typeof a.provider === 'string' &&
      typeof a.clientId === 'string' &&
      (a.scopes === null || (Array.isArray(a.scopes) && a.scopes.every((s: unknown) => typeof s === 'string'))) &&
      (a.account === null || typeof a.account === 'string') &&
      typeof a.issuedAt === 'number' &&
      typeof a.expiresAt === 'number' &&
      typeof a.approver === 'string' &&
      typeof a.approverKey === 'string',
  );
}

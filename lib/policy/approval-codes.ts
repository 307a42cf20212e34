import { PROVIDER_IDS, type ProviderId } from '../core/provider-id';
import { sha256Hex } from '../core/sha256';
import type { Approval, ApprovalGrant } from './approvals';

export type { ApprovalGrant } from './approvals';

import { base64ToBytes, bytesToBase64Url } from './ed25519-keys';
import type { Approver } from './policy-schema';

/**
 * Approval codes: an approver answers a person's request for an app with a
 * short text the person pastes on the warning page. The browser checks it
 * offline: it is signed with the approver's Ed25519 private key, and checked
 * with the public keys the policy lists (`approvers`), so nothing secret is in
 * the policy or the browser. Web Crypto does the signing and checking
 * (Chromium, Firefox and Node 20 all have Ed25519).
 *
 * Format: `CG1.<payload>.<signature>`, both base64url. The payload is compact
 * JSON: `v` (1), `p` provider (or `*`), `c` client id, `s` scopes (optional),
 * `a` account (optional), `iat` and `exp` (seconds since the epoch), `k` the
 * approver's key id. The signature is Ed25519 over the ASCII text
 * `CG1.<payload>`.
 */
export const APPROVAL_CODE_PREFIX = 'CG1.';

interface Payload {
  v: 1;
  p: ProviderId | '*';
  c: string;
  s?: string[];
  a?: string;
  iat: number;
  exp: number;
  k: string;
}

export type ApprovalCodeError =
  /** Not an approval code (cut short, mistyped, another kind of text). */
  | 'malformed'
  /** The policy names no approver: approval codes are off. */
  | 'no-approvers'
  /** Signed with a key the policy does not list (or no longer lists). */
  | 'unknown-key'
  /** The signature does not match: made up, or changed after signing. */
  | 'forged'
  | 'expired'
  /** Issued in the future: the approver's clock or this device's is wrong. */
  | 'not-yet-valid'
  /** This browser cannot check Ed25519 signatures. */
  | 'unsupported';

export type ApprovalCodeResult = { ok: true; approval: Approval } | { ok: false; error: ApprovalCodeError };

/** How far an approver's clock may run ahead of the device's. */
const CLOCK_SKEW_MS = 10 * 60_000;
const PROVIDERS: readonly string[] = ['*', ...PROVIDER_IDS];

/** A short id of an approver's public key (base64 of its raw bytes), carried in each code. */
export function approverKeyId(publicKey: string): string {
  return sha256Hex(publicKey).slice(0, 12);
}

const encoder = new TextEncoder();

/** Makes a code. `publicKey` is the signer's public key (base64, raw), for its key id. */
export async function signApprovalCode(
  grant: ApprovalGrant,
  privateKey: CryptoKey,
  publicKey: string,
): Promise<string> {
  const payload: Payload = {
    v: 1,
    p: grant.provider,
    c: grant.clientId,
    ...(grant.scopes !== null && grant.scopes.length > 0 ? { s: grant.scopes } : {}),
    ...(grant.account !== null ? { a: grant.account } : {}),
    iat: Math.floor(grant.issuedAt / 1000),
    exp: Math.floor(grant.expiresAt / 1000),
    k: approverKeyId(publicKey),
  };
  const signed = `${APPROVAL_CODE_PREFIX}${bytesToBase64Url(encoder.encode(JSON.stringify(payload)))}`;
  const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, encoder.encode(signed)));
  return `${signed}.${bytesToBase64Url(signature)}`;
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max;

/** The parts of a code, its shape checked (not its signature); null when it is not a code. */
export function readApprovalCode(
  code: string,
): { payload: Payload; signed: string; signature: Uint8Array<ArrayBuffer> } | null {
  // Pasted from a mail or a chat: line breaks and spaces may have slipped in.
  const compact = code.replace(/\s+/g, '');
  if (compact.length > 4000 || compact.slice(0, APPROVAL_CODE_PREFIX.length).toUpperCase() !== APPROVAL_CODE_PREFIX)
    return null;
  const parts = compact.slice(APPROVAL_CODE_PREFIX.length).split('.');
  if (parts.length !== 2) return null;
  const [body, sig] = parts as [string, string];
  const payloadBytes = base64ToBytes(body);
  const signature = base64ToBytes(sig);
  if (payloadBytes === null || signature === null || signature.length !== 64) return null;
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes));
  } catch {
    return null;
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return null;
  const p = payload as Record<string, unknown>;
  const scopesOk = p.s === undefined || (Array.isArray(p.s) && p.s.length <= 200 && p.s.every((s) => isText(s, 300)));
  if (
    p.v !== 1 ||
    !PROVIDERS.includes(p.p as string) ||
    !isText(p.c, 300) ||
    // An approval is for one app: a wildcard would approve any number of them.
    p.c.includes('*') ||
    !scopesOk ||
    (p.a !== undefined && !isText(p.a, 300)) ||
    !Number.isSafeInteger(p.iat) ||
    !Number.isSafeInteger(p.exp) ||
    (p.exp as number) <= (p.iat as number) ||
    !isText(p.k, 64)
  )
    return null;
  return { payload: p as unknown as Payload, signed: `${APPROVAL_CODE_PREFIX}${body}`, signature };
}

async function verifiesWith(publicKey: string, signed: string, signature: Uint8Array<ArrayBuffer>): Promise<boolean> {
  const raw = base64ToBytes(publicKey);
  if (raw === null || raw.length !== 32) return false;
  const key = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify('Ed25519', key, signature, encoder.encode(signed));
}

/**
 * Checks a code against the policy's approvers: its shape, its signature by
 * a listed key, its dates. The approval it carries is returned; whether it
 * is for the request at hand is `approvalMismatch`'s question.
 */
export async function verifyApprovalCode(
  code: string,
  approvers: readonly Approver[],
  now: number,
): Promise<ApprovalCodeResult> {
  const read = readApprovalCode(code);
  if (read === null) return { ok: false, error: 'malformed' };
  if (approvers.length === 0) return { ok: false, error: 'no-approvers' };
  const { payload, signed, signature } = read;
  const candidates = approvers.filter((a) => approverKeyId(a.publicKey) === payload.k);
  if (candidates.length === 0) return { ok: false, error: 'unknown-key' };
  let signer: Approver | null = null;
  try {
    for (const candidate of candidates) {
      if (await verifiesWith(candidate.publicKey, signed, signature)) {
        signer = candidate;
        break;
      }
    }
  } catch {
    return { ok: false, error: 'unsupported' };
  }
  if (signer === null) return { ok: false, error: 'forged' };
  if (payload.iat * 1000 > now + CLOCK_SKEW_MS) return { ok: false, error: 'not-yet-valid' };
  if (payload.exp * 1000 <= now) return { ok: false, error: 'expired' };
  return {
    ok: true,
    approval: {
      id: sha256Hex(`${signed}.${bytesToBase64Url(signature)}`),
      provider: payload.p,
      clientId: payload.c.trim(),
      scopes: payload.s ? payload.s.map((s) => s.trim()) : null,
      account: payload.a?.trim() ?? null,
      issuedAt: payload.iat * 1000,
      expiresAt: payload.exp * 1000,
      approver: signer.name,
      approverKey: signer.publicKey,
    },
  };
}

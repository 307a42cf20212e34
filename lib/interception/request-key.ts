import type { AuthorizationRequest } from '../authz/types';

/**
 * What identifies one request for a bypass: the app, what it asks for and
 * where the answer goes. A "continue" given for one request is bound to this
 * key, so it cannot be replayed for another app, other scopes or another
 * redirect. It holds no secret (no state, no code), and is hashed before it is
 * stored.
 */
export function requestKey(request: AuthorizationRequest): string {
  return JSON.stringify([
    request.provider,
    request.kind,
    request.host,
    request.tenant,
    [...request.clientIds].sort(),
    [...(request.scopes ?? [])].map((s) => s.toLowerCase()).sort(),
    request.redirectUri,
    request.resource,
  ]);
}

/** SHA-256 of a text, in hex (Web Crypto: the same in the browser and in Node). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

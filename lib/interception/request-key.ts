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

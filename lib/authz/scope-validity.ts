import type { ProviderId } from '../core/provider-id';
import { findEntry } from '../scopes/lookup-scope';

const OPENID = new Set(['openid', 'profile', 'email', 'offline_access', 'address', 'phone']);
/**
 * A Graph permission's shape: dotted capitalised words (`Mail.Read`,
 * `User.ReadBasic.All`), as Microsoft publishes them and apps send them.
 */
const GRAPH_PERMISSION_SHAPE = /^[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)+$/;
/** A Google scope is a URL under googleapis.com, or one of the OpenID names. */
const GOOGLE_SCOPE_SHAPE = /^https:\/\/www\.googleapis\.com\/auth\/[a-z0-9._/-]+$/i;

/**
 * True when the provider will certainly refuse this scope (`invalid_scope`),
 * which makes a silent request bounce to the app's redirect URI with an error:
 * the "OAuth redirection abuse" Microsoft described in March 2026 (phishing
 * links with `prompt=none` and a deliberately invalid scope). Conservative: a
 * scope of a shape the provider accepts (a resource-qualified scope, a custom
 * API's `api://…` scope, a permission name the catalogue lacks) is not invalid,
 * so an ordinary silent renewal is never taken for the abuse.
 */
export function isInvalidScope(provider: ProviderId, scope: string): boolean {
  const lower = scope.toLowerCase();
  if (OPENID.has(lower) || findEntry(provider, scope) !== undefined) return false;
  switch (provider) {
    case 'microsoft':
      return !scope.includes('/') && !scope.includes(':') && !GRAPH_PERMISSION_SHAPE.test(scope);
    case 'google':
      return !GOOGLE_SCOPE_SHAPE.test(scope);
    default:
      return false;
  }
}

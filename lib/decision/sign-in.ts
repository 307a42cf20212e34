import type { AuthorizationRequest } from '../authz/types';
import type { SignInReason } from '../core/decision';
import { providerProfile } from '../providers';
import type { RequestContext } from './navigation';

/**
 * Whether a request is a sign-in, and why; null when it is a consent (or a
 * lure). Device-code pages, admin consent, app installations, lookalike and
 * proxied hosts and silent error-redirect abuse are never sign-ins.
 */
export function signInReason(
  request: AuthorizationRequest,
  context: RequestContext,
  newScopes: readonly string[] | null,
): SignInReason | null {
  if (request.kind !== 'authorize') return null;
  const flags = new Set(request.flags);
  if (flags.has('lookalike-host') || flags.has('foreign-host-first-party')) return null;
  // Providers refuse to show a consent screen in a frame (X-Frame-Options / frame-ancestors): only silent
  // requests work there, and an error bounce in a frame takes nobody anywhere.
  if (context.frame === 'sub') return flags.has('silent') ? 'silent' : 'frame';
  if (flags.has('silent-error-redirect')) return null;
  if (flags.has('first-party')) return 'first-party';
  // Opened from outside the browser (a terminal, but also a link in a chat app): a loopback answer reaches the
  // tool that asked (a dead port's code is kept out of the address bar); a code shown to be copied where the
  // provider's own tools never ask for that is the lure (Volexity: UTA0352/UTA0355 over Signal and WhatsApp).
  if (flags.has('first-party-localhost'))
    return context.initiator === 'outside' && !flags.has('code-to-copy') ? 'command-line' : null;
  if (flags.has('silent')) return 'silent';
  if (newScopes !== null && newScopes.length === 0) return 'already-granted';
  if (
    request.scopes === null &&
    !hidesScopes(flags) &&
    providerProfile(request.provider)?.omittedScope === 'reuses-grant'
  )
    return 'no-new-access';
  return null;
}

function hidesScopes(flags: ReadonlySet<string>): boolean {
  return flags.has('par') || flags.has('unreadable-request-object') || flags.has('scope-omitted');
}

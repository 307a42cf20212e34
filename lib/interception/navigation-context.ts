import type { RequestContext } from '../decision/navigation';

/**
 * Who started a request, from Chromium's webRequest `initiator` (Firefox:
 * `originUrl`): the origin of the page that started it, absent when the
 * browser itself did (the address bar, a bookmark, a URL handed over by the
 * operating system for a command-line tool such as `az login`).
 */
export function initiatorOfRequest(initiator: string | undefined): NonNullable<RequestContext['initiator']> {
  return initiator === undefined || initiator === '' || initiator === 'null' ? 'outside' : 'page';
}

/** Transitions the browser starts itself (Chromium's webNavigation `transitionType`). */
const BROWSER_TRANSITIONS = new Set(['typed', 'auto_bookmark', 'auto_toplevel', 'generated', 'start_page', 'keyword']);

/**
 * Who started a committed navigation, from its transition: one the browser
 * started with no redirect on the way is from outside; anything a page could
 * have caused (a link, a form, a script, any redirect) is a page's.
 */
export function initiatorOfTransition(
  transitionType: string | undefined,
  qualifiers: readonly string[] | undefined,
): NonNullable<RequestContext['initiator']> {
  if (transitionType === undefined || !BROWSER_TRANSITIONS.has(transitionType)) return 'page';
  const redirected = (qualifiers ?? []).some((q) => q === 'client_redirect' || q === 'server_redirect');
  return redirected ? 'page' : 'outside';
}

/**
 * How the warning page learns which request it is about: in its own URL
 * fragment, never in extension storage (the request URL carries a `state`
 * value, which the guard does not keep). Three forms:
 *
 * - `#warn:<encoded URL>` from the service worker (a GET request it stopped);
 * - `#post:<encoded URL>:<encoded form body>` for a POST authorization request;
 * - `#dnr:<raw URL>` from a declarativeNetRequest redirect, which can only
 *   append the matched URL as it is;
 * - `#answer:<host>` when a sign-in code was about to be left in the address
 *   bar (a dead loopback port, a native-client page): only the host, never
 *   the code.
 */
export type WarningSource = 'warn' | 'post' | 'dnr' | 'answer';

export interface WarningLink {
  source: WarningSource;
  url: string;
  body?: string;
}

export const WARNING_PAGE = '/warning.html';

export function warningFragment(link: WarningLink): string {
  if (link.source === 'dnr') return `dnr:${link.url}`;
  if (link.source === 'answer') return `answer:${encodeURIComponent(link.url)}`;
  if (link.source === 'post') return `post:${encodeURIComponent(link.url)}:${encodeURIComponent(link.body ?? '')}`;
  return `warn:${encodeURIComponent(link.url)}`;
}

export function parseWarningFragment(fragment: string): WarningLink | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const source = text.slice(0, colon);
  const rest = text.slice(colon + 1);
  try {
    if (source === 'dnr') return rest === '' ? null : { source, url: rest };
    if (source === 'warn') return rest === '' ? null : { source, url: decodeURIComponent(rest) };
    if (source === 'answer') return rest === '' ? null : { source, url: decodeURIComponent(rest) };
    if (source === 'post') {
      const [url, body = ''] = rest.split(':');
      return url ? { source, url: decodeURIComponent(url), body: decodeURIComponent(body) } : null;
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * The host an answer page names, when the fragment holds one: anyone can open
 * the page with a fragment of their choosing, and a sentence of theirs must
 * not appear in the guard's words.
 */
export function answerHost(link: WarningLink): string | null {
  if (link.source !== 'answer' || link.url.length > 255) return null;
  try {
    const url = new URL(`http://${link.url}/`);
    return url.host === link.url.toLowerCase() ? url.hostname : null;
  } catch {
    return null;
  }
}

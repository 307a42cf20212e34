import { isLocalHost, normaliseHost } from '../authz/host';
import { showsCodeToPerson } from '../authz/redirect-target';

/** Parameters that carry what an authorization server answers: a code, a token, or an error. */
const ANSWER_PARAMS = ['code', 'access_token', 'id_token'];

/**
 * Where an authorization answer (a code or a token) would be left in the
 * address bar for a person to copy: a loopback address nothing answers on
 * (the caller knows the page failed to load), or a provider's native-client
 * page. This is how "ConsentFix" steals a code: the person is asked to paste
 * that address back into the attacker's page. Returns the host to name on the
 * warning, or null; the URL itself (with its code) is never kept.
 */
export function exposedAnswer(url: string): { host: string; loopback: boolean } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const params = new URLSearchParams(`${parsed.search.slice(1)}&${parsed.hash.slice(1)}`);
  if (!ANSWER_PARAMS.some((name) => (params.get(name) ?? '') !== '')) return null;
  const host = normaliseHost(parsed.hostname);
  if (isLocalHost(host)) return { host, loopback: true };
  if (showsCodeToPerson(host, parsed.pathname)) return { host, loopback: false };
  return null;
}

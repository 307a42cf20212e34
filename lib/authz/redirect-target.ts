import { PROVIDER_PROFILES } from '../providers';
import { isLocalHost, normaliseHost, siteOf } from './host';

/**
 * Hosting where anyone can publish a page in minutes and that the Public
 * Suffix List does not list as shared: a consent answer sent there goes to
 * whoever made the page, not to a vetted company. (Shared-hosting suffixes
 * the list does know, `github.io`, `web.app`, `azurewebsites.net` and
 * hundreds more, are recognised through it.)
 */
const FREE_HOSTING_DOMAINS: ReadonlySet<string> = new Set([
  'ngrok.io', 'ngrok-free.app', 'ngrok.app', 'herokuapp.com', 'glitch.me', 'repl.co', 'replit.app', 'onrender.com',
  'trycloudflare.com', '000webhostapp.com', 'wixsite.com', 'weebly.com', 'loca.lt', 'serveo.net', 'surge.sh',
  'fly.dev', 'railway.app', 'pythonanywhere.com', 'codesandbox.io', 'csb.app', 'deno.dev', 'infinityfreeapp.com',
  'godaddysites.com', 'webflow.io', 'gitlab.io', 'powerappsportals.com', 'blogspot.com',
]);

/**
 * Pages where a provider shows the code to a person instead of sending it
 * anywhere (`codeDisplayPages` in the provider profiles), and the out-of-band
 * URI that asks the person to copy the code by hand.
 */
const CODE_DISPLAY_PAGES: readonly RegExp[] = PROVIDER_PROFILES.flatMap((p) => p.codeDisplayPages ?? []);
const OUT_OF_BAND = /^urn:ietf:wg:oauth:2\.0:oob(?::auto)?$/i;
/**
 * Google Identity Services' pop-up relay: the answer is posted to the page
 * of the named origin (`storagerelay://https/app.example.com?id=…`).
 */
const STORAGE_RELAY = /^storagerelay:\/\/(https?)\/([^/?#]+)/i;

export interface RedirectTarget {
  host: string | null;
  localhost: boolean;
  /** The provider's native-client page or the out-of-band URI: the code ends up where a person can copy it. */
  nativeClient: boolean;
  freeHosting: boolean;
}

/** A page that shows an authorization code to a person: `host` lower case, `path` as the URL has it. */
export function showsCodeToPerson(host: string, path: string): boolean {
  const target = `${host}${path.toLowerCase().replace(/\/+$/, '')}`;
  return CODE_DISPLAY_PAGES.some((page) => page.test(target));
}

/** Where an authorization answer would be sent; never keeps the full URL. */
export function classifyRedirect(redirectUri: string | null): RedirectTarget {
  const none = { host: null, localhost: false, nativeClient: false, freeHosting: false };
  if (redirectUri === null) return none;
  const text = redirectUri.trim();
  if (OUT_OF_BAND.test(text)) return { ...none, host: 'urn:ietf:wg:oauth:2.0:oob', nativeClient: true };
  const relay = STORAGE_RELAY.exec(text);
  if (relay) return classifyRedirect(`${relay[1]}://${relay[2]}/`);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return none;
  }
  const host = parsed.hostname === '' ? parsed.protocol.replace(/:$/, '') : normaliseHost(parsed.hostname);
  const site = parsed.hostname === '' ? null : siteOf(host);
  return {
    host,
    localhost: isLocalHost(host),
    nativeClient: showsCodeToPerson(host, parsed.pathname),
    freeHosting:
      site !== null &&
      (site.sharedHostingSuffix !== null ||
        FREE_HOSTING_DOMAINS.has(site.registrableDomain) ||
        FREE_HOSTING_DOMAINS.has(host)),
  };
}

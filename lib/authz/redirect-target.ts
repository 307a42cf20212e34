import { PROVIDER_PROFILES } from '../providers';
import { isFreeHostingDomain, isLocalHost, normaliseHost, siteOf } from './host';


/**
 * Pages where a provider shows the code to a person instead of sending it
 * anywhere (`codeDisplayPages` in the provider profiles), and the out-of-band
 * URI that asks the person to copy the code by hand.
 */
const CODE_DISPLAY_PAGES: readonly RegExp[] = PROVIDER_PROFILES.flatMap((p) => p.codeDisplayPages ?? []);
/**
 * Schemes only an app's embedded web view opens (Windows' WebView and the
 * Web Account Manager's broker, `ms-appx-web://Microsoft.AAD.BrokerPlugin/…`):
 * a browser cannot hand the answer on, so its code stays on screen to be
 * copied (Volexity, "Phishing for Codes", 2025: UTA0355's device-registration lure).
 */
const WEB_VIEW_SCHEMES = /^ms-appx(?:-web)?:/i;
/**
 * Relay pages that forward the answer to the app named in `state` and show
 * the code to the person otherwise: VS Code's `vscode.dev/redirect` forwards to
 * `vscode://` or its loopback server (its own sign-ins say so in `state`); with any other `state` it
 * displays the code (Volexity, same report: UTA0352's Visual Studio Code lure).
 */
const CODE_RELAY_PAGES: ReadonlyArray<{ page: RegExp; toApp: RegExp; toWeb: RegExp }> = [
  {
    page: /^(?:insiders\.)?vscode\.dev\/redirect$/,
    // The desktop app's scheme, or its loopback server (VS Code's Microsoft sign-in names `http://127.0.0.1:<port>/`).
    toApp: /^(?:vscode(?:-insiders)?:\/\/|http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\/)/i,
    // VS Code for the Web's own pages, but not the relay itself (which then shows the code: the lure's `state`).
    toWeb: /^https:\/\/(?:insiders\.)?vscode\.dev\/(?!redirect(?:[/?#]|$))/i,
  },
];
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
  /** A relay page that hands the answer on to a native app (its scheme or its loopback server), as `state` says. */
  relaysToApp: boolean;
  freeHosting: boolean;
}

/** A page that shows an authorization code to a person: `host` lower case, `path` as the URL has it. */
export function showsCodeToPerson(host: string, path: string): boolean {
  const target = `${host}${path.toLowerCase().replace(/\/+$/, '')}`;
  return CODE_DISPLAY_PAGES.some((page) => page.test(target));
}

/**
 * Where a relay page sends the answer: to the app named in `state` (its
 * scheme or its loopback server), to a web page of its own, or to the
 * person's screen (null when this is no relay page).
 */
function relayTarget(host: string, path: string, state: string | null): 'app' | 'web' | 'screen' | null {
  const target = `${host}${path.toLowerCase().replace(/\/+$/, '')}`;
  const relay = CODE_RELAY_PAGES.find((r) => r.page.test(target));
  if (relay === undefined) return null;
  const forwardTo = decodeState(state ?? '');
  return relay.toApp.test(forwardTo) ? 'app' : relay.toWeb.test(forwardTo) ? 'web' : 'screen';
}

/** `state` as the relay reads it: once percent-decoded when it was sent encoded. */
function decodeState(state: string): string {
  try {
    return /^[a-z-]+%3a/i.test(state) ? decodeURIComponent(state) : state;
  } catch {
    return state;
  }
}

/**
 * Where an authorization answer would be sent; never keeps the full URL.
 * `state` (read, never kept) says where a relay page forwards the answer.
 */
export function classifyRedirect(redirectUri: string | null, state: string | null = null): RedirectTarget {
  const none = { host: null, localhost: false, nativeClient: false, relaysToApp: false, freeHosting: false };
  if (redirectUri === null) return none;
  const text = redirectUri.trim();
  if (OUT_OF_BAND.test(text)) return { ...none, host: 'urn:ietf:wg:oauth:2.0:oob', nativeClient: true };
  const relay = STORAGE_RELAY.exec(text);
  if (relay) return classifyRedirect(`${relay[1]}://${relay[2]}/`);
  if (WEB_VIEW_SCHEMES.test(text)) return { ...none, host: text.split(':')[0]?.toLowerCase() ?? null, nativeClient: true };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return none;
  }
  const host = parsed.hostname === '' ? parsed.protocol.replace(/:$/, '') : normaliseHost(parsed.hostname);
  const site = parsed.hostname === '' ? null : siteOf(host);
  const relayed = relayTarget(host, parsed.pathname, state);
  return {
    host,
    localhost: isLocalHost(host),
    nativeClient: showsCodeToPerson(host, parsed.pathname) || relayed === 'screen',
    relaysToApp: relayed === 'app',
    freeHosting:
      site !== null &&
      (site.sharedHostingSuffix !== null ||
        isFreeHostingDomain(site.registrableDomain) ||
        isFreeHostingDomain(host)),
  };
}

import { DEVICE_CODE_QUERY_SOURCE, NAMES_A_CLIENT_SOURCE, SELF_HOSTED_DEVICE_PATH_SOURCE } from '../authz/client-param';
import { PROVIDER_HOSTS } from '../authz/provider-endpoints';

/**
 * Which navigations wake the service worker. Provider hosts, but only URLs
 * with a word of an authorization flow in them (any case) or a percent-escape
 * (which could hide one); on any other host, only URLs whose query names a
 * client, in any case or encoding. Ordinary browsing never wakes the worker,
 * and no content script runs anywhere.
 */
export interface UrlFilter {
  hostEquals?: string;
  hostSuffix?: string;
  urlMatches?: string;
  queryContains?: string;
  pathSuffix?: string;
  pathContains?: string;
}

/** Words in every URL the engine recognises on a provider host: its endpoints, device pages, app installations and wrappers. */
const FLOW_WORDS =
  '(?i)(auth|device|consent|\\.srf|/link|/start|installations|activate|setup/connect|continue=|return_to=|redir=|cont=|starturl=|next=|%[0-9a-f]{2})';
const NAMES_A_CLIENT = `(?i)${NAMES_A_CLIENT_SOURCE}`;
const SELF_HOSTED_DEVICE_PAGE = `(?i)${SELF_HOSTED_DEVICE_PATH_SOURCE}`;

/**
 * @param re2 whether `urlMatches` takes RE2 with inline flags (Chromium). Firefox
 * matches with JavaScript regexes, which have none; its background page never
 * sleeps, so there it listens to the provider hosts and to queries naming a
 * client in any spelling.
 */
export function navigationFilters(re2 = true): UrlFilter[] {
  const filters: UrlFilter[] = [];
  for (const entry of PROVIDER_HOSTS) {
    // Hosts people browse all day for other reasons wake the worker only on the paths that matter there.
    const words = entry.requestPaths?.length ? pathsRegex(entry.requestPaths) : FLOW_WORDS;
    const condition = re2 ? { urlMatches: words } : {};
    for (const host of entry.hosts) filters.push({ hostEquals: host, ...condition });
    for (const suffix of entry.suffixes ?? []) filters.push({ hostSuffix: suffix, ...condition });
    if (entry.hostPattern) filters.push({ urlMatches: hostPatternRegex(entry.hostPattern, re2) });
  }
  if (re2)
    filters.push(
      { urlMatches: NAMES_A_CLIENT },
      { urlMatches: SELF_HOSTED_DEVICE_PAGE },
      { urlMatches: APP_INSTALL_PAGE },
      { urlMatches: `(?i)${DEVICE_CODE_QUERY_SOURCE}` },
      { urlMatches: SELF_HOSTED_DEVICE_PATHS },
    );
  else {
    // Broader than the engine's test (Firefox filters have no case-insensitive match): the engine decides.
    for (const part of ['client', 'Client', 'CLIENT', '%']) filters.push({ queryContains: part });
    filters.push(
      { pathSuffix: '/device' },
      { pathContains: '/installations/' },
      { queryContains: 'user_code=' },
      { pathSuffix: '/activate' },
      { pathSuffix: '/user_authz.oauth2' },
    );
  }
  return filters;
}

/** Device pages of self-hosted servers that need no query (GitLab, PingFederate): see `self-hosted/endpoints.ts`. */
const SELF_HOSTED_DEVICE_PATHS =
  '(?i)^https?://[^/?#]+(?::\\d+)?/(?:oauth/device|as/user_authz\\.oauth2|login/device)(?:[?#]|$)';

/** GitHub App installation pages, also on GitHub Enterprise Server hosts (any host). */
const APP_INSTALL_PAGE = '(?i)/(?:github-)?apps/[^/?#]+/installations/';

/** Match-pattern paths (`/device*`) as one RE2 condition on the whole URL. */
function pathsRegex(paths: readonly string[]): string {
  const alternatives = paths.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*'));
  return `(?i)^https?://[^/?#]+(?::\\d+)?(?:${alternatives.join('|')})`;
}

/** A host pattern (`^device\.sso\.[a-z0-9-]+\.amazonaws\.com$`) as a condition on the whole URL. */
function hostPatternRegex(pattern: RegExp, re2: boolean): string {
  const host = pattern.source.replace(/^\^/, '').replace(/\$$/, '');
  return `${re2 ? '(?i)' : ''}^https?://${host}(?::\\d+)?(?:[/?#]|$)`;
}

/** Match patterns of the provider hosts: the extension's host permissions, and the POST listener's scope. */
export function providerMatchPatterns(): string[] {
  const patterns = new Set<string>();
  for (const entry of PROVIDER_HOSTS) {
    for (const path of entry.requestPaths ?? ['/*']) {
      for (const host of entry.hosts) patterns.add(`https://${host}${path}`);
      for (const suffix of entry.suffixes ?? []) patterns.add(`https://*${suffix}${path}`);
    }
  }
  return [...patterns];
}

const REQUEST_PATTERNS = providerMatchPatterns().map(matchPatternRegex);

/**
 * Whether the webRequest listener (on `providerMatchPatterns()`) hears of
 * this URL: then it judges it, with who started it, and the navigation
 * listener leaves it alone. Match-pattern semantics: `*.` before a host takes
 * any subdomain, `*` in the path any run of characters (query included).
 */
export function heardByWebRequest(url: string): boolean {
  return REQUEST_PATTERNS.some((pattern) => pattern.test(url.replace(/#.*$/, '')));
}

function matchPatternRegex(pattern: string): RegExp {
  const m = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern) as RegExpExecArray;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostPart = host.startsWith('*.') ? `(?:[^/?#:]+\\.)?${escapeRegex(host.slice(2))}` : escapeRegex(host);
  return new RegExp(`^${scheme}://${hostPart}(?::\\d+)?${escapeRegex(path).replace(/\*/g, '.*')}$`, 'i');
}

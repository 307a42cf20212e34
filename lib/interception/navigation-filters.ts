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
const FLOW_WORDS_SOURCE =
  '(auth|device|consent|\\.srf|/link|/start|installations|activate|setup/connect|continue=|return_to=|redir=|cont=|starturl=|next=|%[0-9a-f]{2})';
const FLOW_WORDS = new RegExp(FLOW_WORDS_SOURCE, 'i');
const NAMES_A_CLIENT = `(?i)${NAMES_A_CLIENT_SOURCE}`;
const SELF_HOSTED_DEVICE_PAGE = `(?i)${SELF_HOSTED_DEVICE_PATH_SOURCE}`;

/**
 * @param re2 whether `urlMatches` takes RE2 with inline flags (Chromium). Firefox
 * matches with JavaScript regexes, which have none; its background page never
 * sleeps, so there it listens to the provider hosts and to queries naming a
 * client in any spelling.
 */
export function navigationFilters(re2 = true): UrlFilter[] {
  const filters: UrlFilter[] = re2 ? providerFilters() : [];
  // Firefox: every URL of the provider hosts (its background page never sleeps, and its filters take no flags).
  if (!re2)
    for (const entry of PROVIDER_HOSTS) {
      for (const host of entry.hosts) filters.push({ hostEquals: host });
      for (const suffix of entry.suffixes ?? []) filters.push({ hostSuffix: suffix });
      if (entry.hostPattern) filters.push({ urlMatches: hostPatternRegex(entry.hostPattern, false) });
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

/**
 * Chromium: the provider hosts in a few filters, one per set of paths that
 * matter there, each a single pattern over the whole URL: the host, then a
 * word of an authorization flow (or, on hosts people browse all day for
 * other reasons, one of their request paths). Registering the filters is part
 * of a stopped worker's start: one filter per host cost 6–7 ms per listener in
 * Chromium 156, these 3–5 ms (docs/performance.md). A host whose own name
 * holds a flow word (`auth.atlassian.com`) wakes the worker for every URL, as
 * a filter on the host alone.
 */
function providerFilters(): UrlFilter[] {
  const filters: UrlFilter[] = [];
  const groups = new Map<string, { paths: readonly string[] | null; hosts: string[] }>();
  for (const entry of PROVIDER_HOSTS) {
    if (entry.hostPattern) filters.push({ urlMatches: hostPatternRegex(entry.hostPattern, true) });
    const paths = entry.requestPaths?.length ? entry.requestPaths : null;
    const key = paths === null ? '' : paths.join(' ');
    const group = groups.get(key) ?? { paths, hosts: [] };
    groups.set(key, group);
    for (const host of entry.hosts) {
      if (paths === null && FLOW_WORDS.test(`https://${host}`)) filters.push({ hostEquals: host });
      else group.hosts.push(escapeRegex(host));
    }
    for (const suffix of entry.suffixes ?? []) group.hosts.push(`[^/?#:]*${escapeRegex(suffix)}`);
  }
  for (const { paths, hosts } of groups.values()) {
    if (hosts.length === 0) continue;
    const tail = paths === null ? `(?:[/?#].*)?${FLOW_WORDS_SOURCE}` : `(?:${paths.map(pathRegex).join('|')})`;
    // A user name before the host (`https://x@login.microsoftonline.com/…`) does not change which host it is.
    filters.push({ urlMatches: `(?i)^https?://(?:[^/?#@]*@)?(?:${hosts.join('|')})(?::\\d+)?${tail}` });
  }
  return filters;
}

const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A match-pattern path (`/device*`) as a regex over the rest of the URL. */
const pathRegex = (path: string) => escapeRegex(path).replace(/\*/g, '.*');

/** Device pages of self-hosted servers that need no query (GitLab, PingFederate): see `self-hosted/endpoints.ts`. */
const SELF_HOSTED_DEVICE_PATHS =
  '(?i)^https?://[^/?#]+(?::\\d+)?/(?:oauth/device|as/user_authz\\.oauth2|login/device)(?:[?#]|$)';

/** GitHub App installation pages, also on GitHub Enterprise Server hosts (any host). */
const APP_INSTALL_PAGE = '(?i)/(?:github-)?apps/[^/?#]+/installations/';

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
  const hostPart = host.startsWith('*.') ? `(?:[^/?#:]+\\.)?${escapeRegex(host.slice(2))}` : escapeRegex(host);
  return new RegExp(`^${scheme}://${hostPart}(?::\\d+)?${escapeRegex(path).replace(/\*/g, '.*')}$`, 'i');
}

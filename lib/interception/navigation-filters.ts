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
}

const FLOW_WORDS = '(?i)(auth|device|consent|\\.srf|continue=|%[0-9a-f]{2})';
const NAMES_A_CLIENT = '(?i)[?&]client(_|%5f)id=';

/**
 * @param re2 whether `urlMatches` takes RE2 with inline flags (Chromium). Firefox
 * matches with JavaScript regexes, which have none; its background page never
 * sleeps, so there it listens to the provider hosts and to queries naming a
 * client in their common spellings.
 */
export function navigationFilters(re2 = true): UrlFilter[] {
  const filters: UrlFilter[] = [];
  for (const entry of PROVIDER_HOSTS) {
    for (const host of entry.hosts)
      filters.push(re2 ? { hostEquals: host, urlMatches: FLOW_WORDS } : { hostEquals: host });
    for (const suffix of entry.suffixes ?? [])
      filters.push(re2 ? { hostSuffix: suffix, urlMatches: FLOW_WORDS } : { hostSuffix: suffix });
  }
  if (re2) filters.push({ urlMatches: NAMES_A_CLIENT });
  else
    for (const spelling of ['client_id=', 'Client_Id=', 'CLIENT_ID=', 'client%5Fid=', 'client%5fid='])
      filters.push({ queryContains: spelling });
  return filters;
}

/** Match patterns of the provider hosts: the extension's host permissions, and the POST listener's scope. */
export function providerMatchPatterns(): string[] {
  const patterns = new Set<string>();
  for (const entry of PROVIDER_HOSTS) {
    for (const host of entry.hosts) patterns.add(`https://${host}/*`);
    for (const suffix of entry.suffixes ?? []) patterns.add(`https://*${suffix}/*`);
  }
  return [...patterns];
}

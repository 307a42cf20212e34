import { NAMES_A_CLIENT_SOURCE, SELF_HOSTED_DEVICE_PATH_SOURCE } from '../authz/client-param';
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
}

/** Words in every URL the engine recognises on a provider host: its endpoints, device pages, app installations and wrappers. */
const FLOW_WORDS =
  '(?i)(auth|device|consent|\\.srf|/link|installations|activate|setup/connect|continue=|return_to=|redir=|cont=|starturl=|next=|%[0-9a-f]{2})';
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
    for (const host of entry.hosts)
      filters.push(re2 ? { hostEquals: host, urlMatches: FLOW_WORDS } : { hostEquals: host });
    for (const suffix of entry.suffixes ?? [])
      filters.push(re2 ? { hostSuffix: suffix, urlMatches: FLOW_WORDS } : { hostSuffix: suffix });
  }
  if (re2) filters.push({ urlMatches: NAMES_A_CLIENT }, { urlMatches: SELF_HOSTED_DEVICE_PAGE });
  else {
    // Broader than the engine's test (Firefox filters have no case-insensitive match): the engine decides.
    for (const part of ['client', 'Client', 'CLIENT', '%']) filters.push({ queryContains: part });
    filters.push({ pathSuffix: '/device' });
  }
  return filters;
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

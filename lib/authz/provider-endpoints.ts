import type { ProviderId, RequestKind } from '../core/provider-id';
import { PROVIDER_PROFILES } from '../providers';
import type { HostGroup, ParameterDialect, WrapperPattern } from '../providers/provider-profile';
import { SELF_HOSTED_ENDPOINTS } from '../providers/self-hosted/endpoints';

/**
 * Where each provider takes authorization requests, derived from the
 * provider profiles (`lib/providers/`). Paths are matched after normalisation
 * (decoded, lower case, single slashes, no trailing slash), so one pattern
 * covers every spelling a server would accept.
 */
export interface EndpointMatch {
  provider: ProviderId;
  kind: RequestKind;
  tenant: string | null;
  /** The client id when the path names the app (GitHub App installation pages). */
  clientId?: string | null;
  /** Microsoft v1 endpoints take a `resource` instead of scopes, and use static consent. */
  microsoftV1?: boolean;
  /** The endpoint's own names for the OAuth fields (see `ParameterDialect`). */
  dialect?: ParameterDialect;
}

/** A provider's host group, with the provider it belongs to. */
export interface ProviderHosts extends HostGroup {
  provider: ProviderId;
}

export const PROVIDER_HOSTS: readonly ProviderHosts[] = PROVIDER_PROFILES.flatMap((profile) =>
  profile.hostGroups.map((group) => ({ ...group, provider: profile.id })),
);

const BY_HOST = new Map<string, ProviderHosts[]>();
const BY_SUFFIX: Array<[string, ProviderHosts]> = [];
const BY_PATTERN: ProviderHosts[] = [];
for (const entry of PROVIDER_HOSTS) {
  for (const host of entry.hosts) BY_HOST.set(host, [...(BY_HOST.get(host) ?? []), entry]);
  for (const suffix of entry.suffixes ?? []) BY_SUFFIX.push([suffix, entry]);
  if (entry.hostPattern) BY_PATTERN.push(entry);
}

/** The provider entries that own this host, or an empty list: the fast path for ordinary browsing. */
export function providersForHost(host: string): readonly ProviderHosts[] {
  const exact = BY_HOST.get(host);
  if (exact) return exact;
  const found: ProviderHosts[] = [];
  for (const [suffix, entry] of BY_SUFFIX) if (host.endsWith(suffix)) found.push(entry);
  for (const entry of BY_PATTERN) if (entry.hostPattern?.test(host)) found.push(entry);
  return found;
}

/**
 * @param fragment the URL's fragment, lower case (`#/device`), for portals that route there
 */
export function matchProviderEndpoint(host: string, path: string, fragment = ''): EndpointMatch | null {
  for (const entry of providersForHost(host)) {
    for (const endpoint of entry.endpoints) {
      const m = endpoint.pattern.exec(path);
      if (!m || (endpoint.fragment && !endpoint.fragment.test(fragment))) continue;
      const tenant = typeof endpoint.tenant === 'number' ? (m[endpoint.tenant] ?? null) : (endpoint.tenant ?? null);
      return {
        provider: entry.provider,
        kind: endpoint.kind,
        tenant,
        clientId: endpoint.clientId === undefined ? null : (m[endpoint.clientId] ?? null),
        microsoftV1: endpoint.microsoftV1 ?? false,
        ...(endpoint.dialect ? { dialect: endpoint.dialect } : {}),
      };
    }
  }
  return null;
}

/** The wrapping page of a provider's host this path is (with the provider), or null. */
export function matchWrapper(host: string, path: string): (WrapperPattern & { provider: ProviderId }) | null {
  for (const entry of providersForHost(host)) {
    for (const wrapper of entry.wrappers ?? [])
      if (wrapper.path.test(path)) return { ...wrapper, provider: entry.provider };
  }
  return null;
}

export function matchSelfHostedEndpoint(path: string): EndpointMatch | null {
  for (const endpoint of SELF_HOSTED_ENDPOINTS) {
    const m = endpoint.pattern.exec(path);
    if (m) {
      const tenant = endpoint.tenant === undefined ? null : (m[endpoint.tenant] ?? null);
      const clientId = endpoint.clientId === undefined ? null : (m[endpoint.clientId] ?? null);
      return { provider: endpoint.provider, kind: endpoint.kind, tenant, clientId };
    }
  }
  return null;
}

/** True when some provider claims this host, even if this path is not one of its endpoints. */
export function isProviderHost(host: string): boolean {
  return providersForHost(host).length > 0;
}

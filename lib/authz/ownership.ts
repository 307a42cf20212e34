import type { ProviderId } from '../core/provider-id';
import { normaliseClientId, PROVIDER_PROFILES } from '../providers';
import { siteOf } from './host';

const OWNER_BY_DOMAIN = new Map<string, ProviderId>();
for (const profile of PROVIDER_PROFILES)
  for (const domain of profile.ownedDomains) OWNER_BY_DOMAIN.set(domain, profile.id);

/**
 * The provider that owns this host, or null. A host under a shared-hosting
 * suffix of the Public Suffix List (`*.web.core.windows.net`,
 * `*.azurewebsites.net`, `*.github.io`) is nobody's: the provider runs the
 * suffix, but anyone can publish a page there.
 */
export function ownerOf(host: string): ProviderId | null {
  const site = siteOf(host);
  if (site.sharedHostingSuffix !== null) return null;
  return OWNER_BY_DOMAIN.get(site.registrableDomain) ?? null;
}

/** The provider whose own app this client id is, or null (any provider, whatever host the request is on). */
export function firstPartyOwner(clientId: string | null): ProviderId | null {
  if (clientId === null) return null;
  const id = normaliseClientId(clientId);
  for (const profile of PROVIDER_PROFILES) {
    if (profile.firstPartyApps?.has(id)) return profile.id;
    if (profile.firstPartyPrefix && id.startsWith(profile.firstPartyPrefix)) return profile.id;
  }
  return null;
}

import { normaliseHost } from './host';
import { normalisePath } from './normalise-path';
import type { EndpointMatch } from './provider-endpoints';

/** An authorization endpoint of the organisation's own identity server (policy `customProviders`). */
export interface CustomEndpoint {
  name: string;
  /** `sso.example.com`, or `*.example.com` for every subdomain. */
  host: string;
  /** The endpoint's path or a prefix of it. */
  path: string;
}

export function matchCustomEndpoint(
  host: string,
  path: string,
  endpoints: readonly CustomEndpoint[] | undefined,
): EndpointMatch | null {
  if (!endpoints || endpoints.length === 0) return null;
  for (const endpoint of endpoints) {
    const wanted = normaliseHost(endpoint.host);
    const hostMatches = wanted.startsWith('*.') ? host.endsWith(wanted.slice(1)) : host === wanted;
    if (!hostMatches) continue;
    const prefix = normalisePath(endpoint.path);
    if (prefix === '/' || path === prefix || path.startsWith(`${prefix}/`)) {
      return { provider: 'custom', kind: 'authorize', tenant: endpoint.name || wanted };
    }
  }
  return null;
}

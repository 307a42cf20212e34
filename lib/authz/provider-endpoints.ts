import type { ProviderId, RequestKind } from './types';

/**
 * Where each provider takes authorization requests. Paths are matched after
 * normalisation (decoded, lower case, single slashes, no trailing slash), so
 * one pattern covers every spelling a server would accept.
 */
export interface EndpointMatch {
  provider: ProviderId;
  kind: RequestKind;
  tenant: string | null;
  /** Microsoft v1 endpoints take a `resource` instead of scopes. */
  microsoftV1?: boolean;
}

interface EndpointPattern {
  pattern: RegExp;
  kind: RequestKind;
  /** Capture group holding the tenant, or a fixed tenant. */
  tenant?: number | string;
  microsoftV1?: boolean;
}

interface ProviderHosts {
  provider: ProviderId;
  hosts: readonly string[];
  /** Host suffixes, with their leading dot (`.my.salesforce.com`). */
  suffixes?: readonly string[];
  endpoints: readonly EndpointPattern[];
}

const MICROSOFT_ENDPOINTS: readonly EndpointPattern[] = [
  { pattern: /^\/([^/]+)\/oauth2\/v2\.0\/authorize$/, kind: 'authorize', tenant: 1 },
  { pattern: /^\/([^/]+)\/oauth2\/authorize$/, kind: 'authorize', tenant: 1, microsoftV1: true },
  { pattern: /^\/oauth2\/v2\.0\/authorize$/, kind: 'authorize', tenant: 'common' },
  { pattern: /^\/oauth2\/authorize$/, kind: 'authorize', tenant: 'common', microsoftV1: true },
  { pattern: /^\/([^/]+)\/v2\.0\/adminconsent$/, kind: 'admin-consent', tenant: 1 },
  { pattern: /^\/([^/]+)\/adminconsent$/, kind: 'admin-consent', tenant: 1, microsoftV1: true },
  { pattern: /^\/([^/]+)\/oauth2\/deviceauth$/, kind: 'device-code', tenant: 1 },
  { pattern: /^\/([^/]+)\/oauth2\/v2\.0\/deviceauth$/, kind: 'device-code', tenant: 1 },
];

export const PROVIDER_HOSTS: readonly ProviderHosts[] = [
  {
    provider: 'microsoft',
    hosts: [
      'login.microsoftonline.com',
      'login.microsoft.com',
      'login.windows.net',
      'login.microsoftonline.us',
      'login-us.microsoftonline.com',
      'login.partner.microsoftonline.cn',
      'login.chinacloudapi.cn',
      'login.microsoftonline.de',
      'login.windows-ppe.net',
    ],
    endpoints: MICROSOFT_ENDPOINTS,
  },
  {
    provider: 'microsoft',
    hosts: ['login.live.com'],
    endpoints: [
      { pattern: /^\/oauth20_authorize\.srf$/, kind: 'authorize', tenant: 'consumers' },
      { pattern: /^\/oauth20_remoteconnect\.srf$/, kind: 'device-code', tenant: 'consumers' },
    ],
  },
  {
    provider: 'microsoft',
    hosts: ['microsoft.com', 'www.microsoft.com', 'aka.ms'],
    endpoints: [{ pattern: /^(\/[a-z]{2}-[a-z]{2})?\/devicelogin$/, kind: 'device-code', tenant: 'organizations' }],
  },
  {
    provider: 'google',
    hosts: ['accounts.google.com'],
    endpoints: [
      { pattern: /^\/o\/oauth2(\/v2)?\/auth(\/oauthchooseaccount)?$/, kind: 'authorize' },
      { pattern: /^\/signin\/oauth(\/[a-z0-9_/]*)?$/, kind: 'authorize' },
      { pattern: /^\/o\/oauth2\/device\/usercode$/, kind: 'device-code' },
    ],
  },
  {
    provider: 'google',
    hosts: ['google.com', 'www.google.com'],
    endpoints: [{ pattern: /^\/device$/, kind: 'device-code' }],
  },
  {
    provider: 'github',
    hosts: ['github.com', 'www.github.com'],
    endpoints: [
      { pattern: /^\/login\/oauth\/authorize$/, kind: 'authorize' },
      { pattern: /^\/login\/device(\/select_account)?$/, kind: 'device-code' },
    ],
  },
  {
    provider: 'slack',
    hosts: ['slack.com', 'www.slack.com', 'app.slack.com'],
    suffixes: ['.slack.com'],
    endpoints: [
      { pattern: /^\/oauth\/v2\/authorize$/, kind: 'authorize' },
      { pattern: /^\/oauth\/v2_user\/authorize$/, kind: 'authorize' },
      { pattern: /^\/oauth\/authorize$/, kind: 'authorize' },
      { pattern: /^\/openid\/connect\/authorize$/, kind: 'authorize' },
    ],
  },
  {
    provider: 'atlassian',
    hosts: ['auth.atlassian.com'],
    endpoints: [{ pattern: /^(\/oauth)?\/authorize$/, kind: 'authorize' }],
  },
  {
    provider: 'atlassian',
    hosts: ['bitbucket.org'],
    endpoints: [{ pattern: /^\/site\/oauth2\/authorize$/, kind: 'authorize', tenant: 'bitbucket' }],
  },
  {
    provider: 'salesforce',
    hosts: ['login.salesforce.com', 'test.salesforce.com'],
    suffixes: ['.my.salesforce.com', '.my.site.com', '.force.com', '.salesforce-setup.com'],
    endpoints: [{ pattern: /^\/services\/oauth2\/authorize(\/[a-z0-9_]+)?$/, kind: 'authorize' }],
  },
  {
    provider: 'dropbox',
    hosts: ['www.dropbox.com', 'dropbox.com'],
    endpoints: [{ pattern: /^(\/1)?\/oauth2\/authorize$/, kind: 'authorize' }],
  },
  {
    provider: 'zoom',
    hosts: ['zoom.us', 'zoomgov.com'],
    suffixes: ['.zoom.us', '.zoomgov.com'],
    endpoints: [{ pattern: /^\/oauth\/authorize$/, kind: 'authorize' }],
  },
  {
    provider: 'okta',
    hosts: [],
    suffixes: ['.okta.com', '.oktapreview.com', '.okta-emea.com', '.okta-gov.com'],
    endpoints: [{ pattern: /^\/oauth2(\/[^/]+)?\/v1\/authorize$/, kind: 'authorize' }],
  },
  {
    provider: 'auth0',
    hosts: [],
    suffixes: ['.auth0.com'],
    endpoints: [{ pattern: /^\/authorize$/, kind: 'authorize' }],
  },
];

/**
 * Well-known authorize paths of identity servers that organisations run on
 * their own hosts: recognised on any host, when a client id is present.
 */
export const SELF_HOSTED_ENDPOINTS: ReadonlyArray<{ provider: ProviderId; pattern: RegExp; tenant?: number }> = [
  { provider: 'keycloak', pattern: /^(?:\/auth)?\/realms\/([^/]+)\/protocol\/openid-connect\/auth$/, tenant: 1 },
  { provider: 'adfs', pattern: /^\/adfs\/oauth2\/authorize$/ },
  { provider: 'okta', pattern: /^\/oauth2(\/[^/]+)?\/v1\/authorize$/ },
];

const BY_HOST = new Map<string, ProviderHosts[]>();
const BY_SUFFIX: Array<[string, ProviderHosts]> = [];
for (const entry of PROVIDER_HOSTS) {
  for (const host of entry.hosts) BY_HOST.set(host, [...(BY_HOST.get(host) ?? []), entry]);
  for (const suffix of entry.suffixes ?? []) BY_SUFFIX.push([suffix, entry]);
}

/** The provider entries that own this host, or an empty list: the fast path for ordinary browsing. */
export function providersForHost(host: string): readonly ProviderHosts[] {
  const exact = BY_HOST.get(host);
  if (exact) return exact;
  const found: ProviderHosts[] = [];
  for (const [suffix, entry] of BY_SUFFIX) if (host.endsWith(suffix)) found.push(entry);
  return found;
}

export function matchProviderEndpoint(host: string, path: string): EndpointMatch | null {
  for (const entry of providersForHost(host)) {
    for (const endpoint of entry.endpoints) {
      const m = endpoint.pattern.exec(path);
      if (!m) continue;
      const tenant = typeof endpoint.tenant === 'number' ? (m[endpoint.tenant] ?? null) : (endpoint.tenant ?? null);
      return { provider: entry.provider, kind: endpoint.kind, tenant, microsoftV1: endpoint.microsoftV1 ?? false };
    }
  }
  return null;
}

export function matchSelfHostedEndpoint(path: string): EndpointMatch | null {
  for (const endpoint of SELF_HOSTED_ENDPOINTS) {
    const m = endpoint.pattern.exec(path);
    if (m) {
      const tenant = endpoint.tenant === undefined ? null : (m[endpoint.tenant] ?? null);
      return { provider: endpoint.provider, kind: 'authorize', tenant };
    }
  }
  return null;
}

/** True when some provider claims this host, even if this path is not one of its endpoints. */
export function isProviderHost(host: string): boolean {
  return providersForHost(host).length > 0;
}

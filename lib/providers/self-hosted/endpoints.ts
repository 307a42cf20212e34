import type { ProviderId, RequestKind } from '../../core/provider-id';

/**
 * Well-known paths of identity servers that organisations run on their own
 * hosts: recognised on any host when the request names a client (device
 * and app-installation pages need none). GitHub Enterprise Server serves
 * github.com's paths on the organisation's host (GitHub Docs, "Authorizing
 * OAuth apps" and "Installing GitHub Apps", Enterprise Server edition).
 */
export const SELF_HOSTED_ENDPOINTS: ReadonlyArray<{
  provider: ProviderId;
  pattern: RegExp;
  kind: RequestKind;
  tenant?: number;
  clientId?: number;
}> = [
  {
    provider: 'keycloak',
    pattern: /^(?:\/auth)?\/realms\/([^/]+)\/protocol\/openid-connect\/auth$/,
    kind: 'authorize',
    tenant: 1,
  },
  { provider: 'keycloak', pattern: /^(?:\/auth)?\/realms\/([^/]+)\/device$/, kind: 'device-code', tenant: 1 },
  { provider: 'adfs', pattern: /^\/adfs\/oauth2\/authorize$/, kind: 'authorize' },
  // GitLab (gitlab.com and self-managed; GitLab Docs, "Device authorization grant") and PingFederate
  // ("Device authorization grant": the user authorization endpoint).
  { provider: 'generic', pattern: /^\/oauth\/device$/, kind: 'device-code' },
  { provider: 'generic', pattern: /^\/as\/user_authz\.oauth2$/, kind: 'device-code' },
  { provider: 'okta', pattern: /^\/oauth2(\/[^/]+)?\/v1\/authorize$/, kind: 'authorize' },
  { provider: 'github', pattern: /^\/login\/oauth\/authorize$/, kind: 'authorize' },
  // The device flow's verification page (GitHub Docs, "Authorizing OAuth apps", Enterprise Server: `/login/device`).
  { provider: 'github', pattern: /^\/login\/device$/, kind: 'device-code' },
  {
    provider: 'github',
    pattern:
      /^(?:\/api\/v3)?\/(?:github-)?apps\/([a-z0-9][a-z0-9-]*)\/installations\/(?:new(?:\/permissions)?|select_target)$/,
    kind: 'app-install',
    clientId: 1,
  },
];

/** Every provider the engine knows; `custom` is an identity server named in the organisation's policy. */
export const PROVIDER_IDS = [
  'microsoft',
  'google',
  'github',
  'slack',
  'atlassian',
  'salesforce',
  'dropbox',
  'zoom',
  'okta',
  'auth0',
  'aws',
  'keycloak',
  'adfs',
  'generic',
  'custom',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/**
 * What a request asks the person to do: `authorize` (an app's consent screen),
 * `admin-consent` (consent for the whole organisation), `device-code` (a page
 * where a code shown by another device is typed), `app-install` (installing an
 * app that then acts on repositories or a workspace, without OAuth scopes).
 */
export type RequestKind = 'authorize' | 'admin-consent' | 'device-code' | 'app-install';

import type { ProviderId } from '../authz/types';

/** How each provider is named to people. */
export const PROVIDER_NAMES: Record<ProviderId, string> = {
  microsoft: 'Microsoft',
  google: 'Google',
  github: 'GitHub',
  slack: 'Slack',
  atlassian: 'Atlassian',
  salesforce: 'Salesforce',
  dropbox: 'Dropbox',
  zoom: 'Zoom',
  okta: 'Okta',
  auth0: 'Auth0',
  keycloak: 'Keycloak',
  adfs: 'AD FS',
  generic: 'OpenID Connect',
  custom: 'Single sign-on',
};

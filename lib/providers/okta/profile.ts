import { firstPartyIndex } from '../first-party';
import type { ProviderProfile } from '../provider-profile';
import { OKTA_FIRST_PARTY_APPS, OKTA_FIRST_PARTY_PREFIX } from './first-party-apps';

/**
 * Okta. Endpoints: Okta Developer, "OAuth 2.0 and OpenID Connect" (org and
 * custom authorization servers) and "Device Authorization Grant" (the
 * activation page `/activate`).
 */
export const OKTA: ProviderProfile = {
  id: 'okta',
  name: 'Okta',
  hostGroups: [
    {
      hosts: [],
      suffixes: ['.okta.com', '.oktapreview.com', '.okta-emea.com', '.okta-gov.com', '.okta.mil'],
      endpoints: [
        { pattern: /^\/oauth2(\/[^/]+)?\/v1\/authorize$/, kind: 'authorize' },
        { pattern: /^\/activate$/, kind: 'device-code' },
      ],
      requestPaths: ['/oauth2/*', '/activate*'],
    },
  ],
  ownedDomains: ['okta.com', 'oktapreview.com', 'okta-emea.com', 'okta-gov.com', 'oktacdn.com'],
  // Phishing kits name their proxies after it (`contoso-okta.com`: Group-IB, "0ktapus", 2022).
  brands: ['okta'],
  firstPartyApps: firstPartyIndex(OKTA_FIRST_PARTY_APPS),
  firstPartyPrefix: OKTA_FIRST_PARTY_PREFIX,
  // Okta Docs, "Customize the Okta URL domain".
  customDomains: true,
  omittedScope: 'rejected',
  // Okta, /authorize: `prompt=none` returns an error rather than prompt.
  silentPrompt: true,
};

import { firstPartyIndex } from '../first-party';
import type { ProviderProfile } from '../provider-profile';
import { SALESFORCE_FIRST_PARTY_APPS } from './first-party-apps';

/**
 * Salesforce. Endpoints: Salesforce Help, "OAuth 2.0 Web Server Flow",
 * "OAuth 2.0 Device Flow" (`/setup/connect`), "My Domain" hosts, and
 * Experience Cloud sites, which serve the same endpoints under the site's
 * path prefix (`acme.my.site.com/partners/services/oauth2/authorize`).
 */
export const SALESFORCE: ProviderProfile = {
  id: 'salesforce',
  name: 'Salesforce',
  hostGroups: [
    {
      hosts: ['login.salesforce.com', 'test.salesforce.com'],
      suffixes: [
        '.my.salesforce.com',
        '.my.site.com',
        '.force.com',
        '.salesforce-setup.com',
        '.my.salesforce-sites.com',
        '.salesforce-sites.com',
        '.cloudforce.com',
      ],
      endpoints: [
        { pattern: /^(?:\/[a-z0-9_-]+)?\/services\/oauth2\/authorize(\/[a-z0-9_]+)?$/, kind: 'authorize' },
        { pattern: /^(?:\/[a-z0-9_-]+)?\/setup\/connect$/, kind: 'device-code' },
      ],
      requestPaths: [
        '/services/oauth2/*',
        '/services/auth/*',
        '/*/services/oauth2/*',
        '/setup/connect*',
        '/*/setup/connect*',
        '/?*',
        '/login*',
        '/*/login*',
        '/secur/frontdoor.jsp*',
      ],
      // The login page sends the person on to `startURL` (a path) once signed in.
      wrappers: [{ path: /^(?:\/[a-z0-9_-]+)?\/(?:|login|secur\/frontdoor\.jsp)$/, params: ['starturl', 'returl'] }],
    },
  ],
  ownedDomains: [
    'salesforce.com',
    'force.com',
    'site.com',
    'salesforce-sites.com',
    'salesforce-setup.com',
    'cloudforce.com',
    'visualforce.com',
  ],
  brands: ['salesforce'],
  firstPartyApps: firstPartyIndex(SALESFORCE_FIRST_PARTY_APPS),
  // Without `scope`, the connected app's configured scopes apply.
  omittedScope: 'hides-access',
  // Salesforce documents `prompt` values login, consent and select_account only.
  silentPrompt: false,
  // Salesforce Help, "OAuth 2.0 Web Server Flow": `immediate=true` never prompts; unapproved, it fails.
  silentParam: { name: 'immediate', value: 'true' },
};

import type { ProviderProfile } from '../provider-profile';

/**
 * Atlassian Cloud (Jira, Confluence; Atlassian Developer, "OAuth 2.0 (3LO)
 * apps") and Bitbucket Cloud ("OAuth on Bitbucket Cloud"). The account
 * sign-in page carries the request it leads to in `continue`.
 */
export const ATLASSIAN: ProviderProfile = {
  id: 'atlassian',
  name: 'Atlassian',
  hostGroups: [
    {
      // Atlassian Government Cloud serves the same endpoints on its own domains.
      hosts: ['auth.atlassian.com', 'auth.atlassian-us-gov-mod.com', 'auth.atlassian-us-gov.com'],
      endpoints: [{ pattern: /^(\/oauth)?\/authorize$/, kind: 'authorize' }],
    },
    {
      hosts: ['id.atlassian.com'],
      endpoints: [],
      wrappers: [{ path: /^\/(?:login|signup|login\/[a-z_-]+)$/, params: ['continue', 'application'] }],
    },
    {
      hosts: ['bitbucket.org'],
      endpoints: [{ pattern: /^\/site\/oauth2\/authorize$/, kind: 'authorize', tenant: 'bitbucket' }],
      wrappers: [{ path: /^\/account\/signin$/, params: ['next'] }],
      requestPaths: ['/site/oauth2/*', '/account/signin*'],
    },
  ],
  ownedDomains: [
    'atlassian.com',
    'atlassian.net',
    'bitbucket.org',
    'jira.com',
    'trello.com',
    'atlassian-us-gov-mod.com',
    'atlassian-us-gov-mod.net',
    'atlassian-us-gov.com',
  ],
  brands: ['atlassian', 'bitbucket'],
  // Bitbucket grants the scopes set on the consumer when none are named.
  omittedScope: 'hides-access',
  // Atlassian's OAuth 2.0 (3LO) documents only `prompt=consent`.
  silentPrompt: false,
};

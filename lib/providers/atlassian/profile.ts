import type { ParameterDialect, ProviderProfile } from '../provider-profile';

/**
 * Trello's token page (Atlassian Developer, "Trello REST API: Authorization"):
 * the app is named by its API `key`, the answer goes to `return_url`, the
 * scopes are the bare words `read`, `write` and `account`, and
 * `expiration=never` gives a token that lasts until it is revoked.
 */
const TRELLO: ParameterDialect = {
  names: { key: 'client_id', return_url: 'redirect_uri' },
  scopePrefix: 'trello:',
  offlineWhen: { param: 'expiration', value: 'never' },
};

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
      hosts: ['trello.com'],
      endpoints: [
        { pattern: /^\/1\/(?:authorize|oauthauthorizetoken)$/, kind: 'authorize', tenant: 'trello', dialect: TRELLO },
      ],
      requestPaths: ['/1/authorize*', '/1/OAuthAuthorizeToken*'],
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

import type { ProviderProfile } from '../provider-profile';

/** Auth0 tenants. Endpoints: Auth0 Docs, "Authorization Code Flow" and "Device Authorization Flow" (`/activate`). */
export const AUTH0: ProviderProfile = {
  id: 'auth0',
  name: 'Auth0',
  hostGroups: [
    {
      hosts: [],
      suffixes: ['.auth0.com'],
      endpoints: [
        { pattern: /^\/authorize$/, kind: 'authorize' },
        { pattern: /^\/activate$/, kind: 'device-code' },
      ],
      requestPaths: ['/authorize*', '/activate*'],
    },
  ],
  ownedDomains: ['auth0.com'],
  brands: [],
  omittedScope: 'rejected',
  // Auth0, silent authentication: `prompt=none` never shows the login or consent page.
  silentPrompt: true,
};

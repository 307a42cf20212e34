import type { ProviderProfile } from '../provider-profile';

/** Dropbox. Endpoints: Dropbox Developers, "OAuth Guide". The sign-in page carries the request in `cont`. */
export const DROPBOX: ProviderProfile = {
  id: 'dropbox',
  name: 'Dropbox',
  hostGroups: [
    {
      hosts: ['www.dropbox.com', 'dropbox.com'],
      endpoints: [{ pattern: /^(\/1)?\/oauth2\/authorize$/, kind: 'authorize' }],
      requestPaths: ['/oauth2/*', '/1/oauth2/*', '/login*', '/register*'],
      wrappers: [{ path: /^\/(?:login|register)$/, params: ['cont'] }],
    },
  ],
  ownedDomains: ['dropbox.com', 'dropboxapi.com', 'db.tt', 'dropboxforum.com'],
  brands: ['dropbox'],
  // Without `scope`, the app receives every permission set in its console.
  omittedScope: 'hides-access',
  // Dropbox has no `prompt=none` (its own parameter is `force_reapprove`).
  silentPrompt: false,
};

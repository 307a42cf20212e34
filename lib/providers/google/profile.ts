import { firstPartyIndex } from '../first-party';
import type { ProviderProfile } from '../provider-profile';
import { GOOGLE_FIRST_PARTY_APPS } from './first-party-apps';

/**
 * Google accounts. Endpoints: Google Identity, "Using OAuth 2.0 for Web
 * Server Applications" and "OAuth 2.0 for TV and Limited-Input Device
 * Applications" (`google.com/device`). The sign-in pages carry the consent
 * request they lead to in `continue`.
 */
export const GOOGLE: ProviderProfile = {
  id: 'google',
  name: 'Google',
  hostGroups: [
    {
      hosts: ['accounts.google.com'],
      endpoints: [
        // The authorize endpoint and its own sign-in steps (`/auth/identifier`, `/auth/oauthchooseaccount`).
        { pattern: /^\/o\/oauth2(\/v2)?\/auth(\/[a-z]+)?$/, kind: 'authorize' },
        { pattern: /^\/signin\/oauth(\/[a-z0-9_/]*)?$/, kind: 'authorize' },
        { pattern: /^\/o\/oauth2\/device\/usercode$/, kind: 'device-code' },
      ],
      wrappers: [
        {
          path: /^\/(?:servicelogin|accountchooser|signin\/v2\/[a-z_/]+|v3\/signin\/[a-z_/]+|signin\/[a-z_/]+|signup\/[a-z_/]*|lifecycle\/[a-z_/]+)$/,
          params: ['continue', 'followup'],
        },
      ],
    },
    {
      hosts: ['google.com', 'www.google.com'],
      endpoints: [{ pattern: /^\/device$/, kind: 'device-code' }],
      requestPaths: ['/device*'],
    },
  ],
  ownedDomains: [
    'google.com',
    'googleapis.com',
    'gstatic.com',
    'gmail.com',
    'youtube.com',
    'withgoogle.com',
    'google.dev',
    // The Firebase CLI's sign-in page (firebase-tools, `firebase login --no-localhost`).
    'firebase.tools',
  ],
  brands: ['google', 'gmail', 'googleapis'],
  // The Cloud SDK's "copy this code" pages, which replaced `oob` (Google Cloud, "gcloud auth login --no-browser"),
  // and the Firebase CLI's (`firebase login --no-localhost`).
  // gcloud `auth login --no-browser` and `firebase login --no-localhost` show the code there (and oob, retired).
  commandLineCopiesCode: true,
  codeDisplayPages: [
    /^sdk\.cloud\.google\.com\/(?:application-?default)?authcode\.html$/,
    /^auth\.firebase\.tools\/complete$/,
  ],
  proxiedPaths: [/^\/o\/oauth2(?:\/v2)?\/auth$/, /^\/signin\/oauth(?:\/[a-z0-9_/]*)?$/],
  firstPartyApps: firstPartyIndex(GOOGLE_FIRST_PARTY_APPS),
  // Google refuses a request without `scope` ("Missing required parameter: scope").
  omittedScope: 'rejected',
  // Google Identity, OpenID Connect: `prompt=none` displays no authentication or consent screen.
  silentPrompt: true,
};

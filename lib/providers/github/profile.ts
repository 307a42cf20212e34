import { firstPartyIndex } from '../first-party';
import type { EndpointPattern, ProviderProfile, WrapperPattern } from '../provider-profile';
import { GITHUB_FIRST_PARTY_APPS } from './first-party-apps';

/**
 * GitHub (github.com, GitHub Enterprise Cloud with data residency on
 * `*.ghe.com`). Endpoints: GitHub Docs, "Authorizing OAuth apps" (web and
 * device flows) and "Installing a GitHub App from a third party": an app
 * installation page grants repository access without any OAuth scope.
 */
export const GITHUB_ENDPOINTS: readonly EndpointPattern[] = [
  { pattern: /^\/login\/oauth\/authorize$/, kind: 'authorize' },
  { pattern: /^\/login\/device(\/select_account|\/confirmation)?$/, kind: 'device-code' },
  {
    pattern: /^\/(?:github-)?apps\/([a-z0-9][a-z0-9-]*)\/installations\/(?:new(?:\/permissions)?|select_target)$/,
    kind: 'app-install',
    clientId: 1,
  },
];

/** The sign-in and sign-up pages send the person on to `return_to` once signed in. */
export const GITHUB_WRAPPERS: readonly WrapperPattern[] = [
  { path: /^\/(?:login|signup|join|session|sessions\/two-factor(?:\/[a-z_-]+)?)$/, params: ['return_to'] },
];

export const GITHUB: ProviderProfile = {
  id: 'github',
  name: 'GitHub',
  hostGroups: [
    {
      hosts: ['github.com', 'www.github.com'],
      suffixes: ['.ghe.com'],
      endpoints: GITHUB_ENDPOINTS,
      wrappers: GITHUB_WRAPPERS,
      requestPaths: ['/login*', '/apps/*', '/github-apps/*', '/signup*', '/join*', '/session*', '/sessions/*'],
    },
  ],
  ownedDomains: ['github.com', 'githubassets.com', 'ghe.com', 'githubnext.com'],
  brands: ['github'],
  firstPartyApps: firstPartyIndex(GITHUB_FIRST_PARTY_APPS),
  // microsoft/vscode, extensions/github-authentication: the web flow answers on vscode.dev.
  firstPartyAnswerHosts: new Map([['01ab8ac9400c4e429b23', ['vscode.dev', 'insiders.vscode.dev']]]),
  // GitHub Docs: without `scope`, an app gets what the person granted it before, or public data only.
  omittedScope: 'reuses-grant',
  // GitHub documents only `prompt=select_account` (Authorizing OAuth apps): `none` is ignored.
  silentPrompt: false,
};

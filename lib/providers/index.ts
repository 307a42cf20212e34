import type { ProviderId } from '../core/provider-id';
import { ATLASSIAN } from './atlassian/profile';
import { AUTH0 } from './auth0/profile';
import { AWS } from './aws/profile';
import { DROPBOX } from './dropbox/profile';
import { GITHUB } from './github/profile';
import { GOOGLE } from './google/profile';
import { MICROSOFT } from './microsoft/profile';
import { OKTA } from './okta/profile';
import type { ProviderProfile } from './provider-profile';
import { SALESFORCE } from './salesforce/profile';

export { type ServiceFacts, serviceAt } from './services';

import { SLACK } from './slack/profile';
import { ZOOM } from './zoom/profile';

/** Every provider with a profile: the built-in knowledge, one entry per provider. */
export const PROVIDER_PROFILES: readonly ProviderProfile[] = [
  MICROSOFT,
  GOOGLE,
  GITHUB,
  SLACK,
  ATLASSIAN,
  SALESFORCE,
  DROPBOX,
  ZOOM,
  OKTA,
  AUTH0,
  AWS,
];

const BY_ID = new Map<ProviderId, ProviderProfile>(PROVIDER_PROFILES.map((p) => [p.id, p]));

export function providerProfile(id: ProviderId): ProviderProfile | undefined {
  return BY_ID.get(id);
}

/**
 * Whether this provider answers `prompt=none` without any screen: its
 * profile says so; of the servers recognised by their paths, Keycloak does
 * (its OpenID Connect endpoint); anything else may show its consent screen.
 */
export function honoursSilentPrompt(id: ProviderId): boolean {
  return BY_ID.get(id)?.silentPrompt ?? id === 'keycloak';
}

/**
 * How people name each provider. Providers without a profile are recognised
 * by their paths on any host (self-hosted servers) or named by the policy.
 */
export const PROVIDER_NAMES: Readonly<Record<ProviderId, string>> = {
  microsoft: MICROSOFT.name,
  google: GOOGLE.name,
  github: GITHUB.name,
  slack: SLACK.name,
  atlassian: ATLASSIAN.name,
  salesforce: SALESFORCE.name,
  dropbox: DROPBOX.name,
  zoom: ZOOM.name,
  okta: OKTA.name,
  auth0: AUTH0.name,
  aws: AWS.name,
  keycloak: 'Keycloak',
  adfs: 'AD FS',
  generic: 'OpenID Connect',
  custom: 'Single sign-on',
};

/** The name a first-party client id has at its provider, or undefined when it is not one of the provider's own apps. */
export function firstPartyAppName(provider: ProviderId, clientId: string | null): string | undefined {
  if (clientId === null) return undefined;
  const profile = BY_ID.get(provider);
  if (!profile) return undefined;
  const id = normaliseClientId(clientId);
  const named = profile.firstPartyApps?.get(id);
  if (named !== undefined) return named;
  if (profile.firstPartyPrefix && id.startsWith(profile.firstPartyPrefix)) return `${profile.name} (${clientId})`;
  return undefined;
}

/**
 * A client id as providers compare it: trimmed, lower case, without the
 * braces or quotes a GUID may be written with (Entra accepts a client id
 * whatever its letter case).
 */
export function normaliseClientId(clientId: string): string {
  return clientId
    .trim()
    .replace(/^[{"']+|[}"']+$/g, '')
    .toLowerCase();
}

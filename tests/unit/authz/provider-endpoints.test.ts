import { describe, expect, it } from 'vitest';
import {
  isProviderHost,
  matchProviderEndpoint,
  matchSelfHostedEndpoint,
  matchWrapper,
  PROVIDER_HOSTS,
  providersForHost,
} from '../../../lib/authz/provider-endpoints';

describe('which provider a host belongs to', () => {
  it('finds hosts by exact name, by suffix and by pattern', () => {
    expect(providersForHost('login.microsoftonline.com').map((h) => h.provider)).toEqual(['microsoft']);
    expect(providersForHost('acme.my.salesforce.com').map((h) => h.provider)).toContain('salesforce');
    expect(providersForHost('device.sso.eu-west-1.amazonaws.com').map((h) => h.provider)).toEqual(['aws']);
    expect(providersForHost('example.com')).toEqual([]);
  });

  it('claims no whole shared-hosting domain by pattern', () => {
    expect(isProviderHost('device.sso.eu-west-1.amazonaws.com')).toBe(true);
    expect(isProviderHost('s3.amazonaws.com')).toBe(false);
    expect(isProviderHost('example.com')).toBe(false);
  });

  it('lists every host group of every profile, each with its provider', () => {
    expect(PROVIDER_HOSTS.length).toBeGreaterThan(10);
    expect(PROVIDER_HOSTS.every((group) => typeof group.provider === 'string')).toBe(true);
  });
});

describe('matchProviderEndpoint', () => {
  it('names the provider, the kind and the tenant from the path', () => {
    expect(matchProviderEndpoint('login.microsoftonline.com', '/contoso.com/oauth2/v2.0/authorize')).toEqual({
      provider: 'microsoft',
      kind: 'authorize',
      tenant: 'contoso.com',
      clientId: null,
      microsoftV1: false,
    });
    expect(matchProviderEndpoint('login.microsoftonline.com', '/common/oauth2/authorize')).toMatchObject({
      tenant: 'common',
      microsoftV1: true,
    });
  });

  it('takes the app from the path of a GitHub App installation page', () => {
    expect(matchProviderEndpoint('github.com', '/apps/octo-deployer/installations/new')).toMatchObject({
      provider: 'github',
      kind: 'app-install',
      clientId: 'octo-deployer',
    });
  });

  it('matches a portal that routes in its fragment only with that fragment', () => {
    expect(matchProviderEndpoint('d-123.awsapps.com', '/start', '#/device')).toMatchObject({
      provider: 'aws',
      kind: 'device-code',
    });
    expect(matchProviderEndpoint('d-123.awsapps.com', '/start', '')).toBeNull();
  });

  it('matches nothing on another host or another path of the provider', () => {
    expect(matchProviderEndpoint('example.com', '/common/oauth2/v2.0/authorize')).toBeNull();
    expect(matchProviderEndpoint('login.microsoftonline.com', '/common/oauth2/v2.0/token')).toBeNull();
  });
});

describe('matchWrapper and matchSelfHostedEndpoint', () => {
  it('finds the sign-in pages that carry a request, with the parameters that carry it', () => {
    expect(matchWrapper('github.com', '/login')).toMatchObject({ provider: 'github', params: ['return_to'] });
    expect(matchWrapper('github.com', '/settings')).toBeNull();
    expect(matchWrapper('example.com', '/login')).toBeNull();
  });

  it('recognises self-hosted servers by their paths alone, with the realm as tenant', () => {
    expect(matchSelfHostedEndpoint('/realms/staff/protocol/openid-connect/auth')).toEqual({
      provider: 'keycloak',
      kind: 'authorize',
      tenant: 'staff',
      clientId: null,
    });
    expect(matchSelfHostedEndpoint('/auth/realms/staff/device')).toMatchObject({
      kind: 'device-code',
      tenant: 'staff',
    });
    expect(matchSelfHostedEndpoint('/adfs/oauth2/authorize')).toMatchObject({ provider: 'adfs', tenant: null });
    expect(matchSelfHostedEndpoint('/api/v3/apps/octo/installations/new')).toMatchObject({
      provider: 'github',
      kind: 'app-install',
      clientId: 'octo',
    });
    expect(matchSelfHostedEndpoint('/authorize')).toBeNull();
  });
});

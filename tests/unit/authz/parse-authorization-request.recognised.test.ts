import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';

const e = encodeURIComponent;

describe('what the engine now opens and recognises', () => {
  it('opens a GitHub sign-in wrapper to the request it carries', () => {
    const r = parseAuthorizationRequest(
      'https://github.com/login?return_to=%2Flogin%2Foauth%2Fauthorize%3Fclient_id%3D29960276873586de9d08%26scope%3Drepo',
    );
    expect(r?.provider).toBe('github');
    expect(r?.clientId).toBe('29960276873586de9d08');
    expect(r?.scopes).toEqual(['repo']);
    expect(r?.flags).toContain('nested-request');
  });

  it('opens other providers’ wrappers (Atlassian, Slack, Salesforce, Dropbox)', () => {
    const inner = `https://auth.atlassian.com/authorize?audience=api.atlassian.com&client_id=abc&scope=${e('write:jira-work')}&redirect_uri=${e('https://app.example/cb')}&response_type=code`;
    expect(parseAuthorizationRequest(`https://id.atlassian.com/login?continue=${e(inner)}`)?.provider).toBe(
      'atlassian',
    );
    const slack = `/oauth/v2/authorize?client_id=1.2&scope=${e('channels:history')}`;
    expect(parseAuthorizationRequest(`https://acme.slack.com/signin?redir=${e(slack)}`)?.scopes).toEqual([
      'channels:history',
    ]);
    const sf = `/services/oauth2/authorize?client_id=3MVG9x&response_type=code&redirect_uri=${e('https://app.example/cb')}&scope=full`;
    expect(parseAuthorizationRequest(`https://login.salesforce.com/?startURL=${e(sf)}`)?.scopes).toEqual(['full']);
    const db = `/oauth2/authorize?client_id=abc&response_type=code&token_access_type=offline`;
    expect(parseAuthorizationRequest(`https://www.dropbox.com/login?cont=${e(db)}`)?.provider).toBe('dropbox');
  });

  it('recognises GitHub App installations and Enterprise hosts', () => {
    const install = parseAuthorizationRequest('https://github.com/apps/example-helper/installations/new');
    expect(install?.kind).toBe('app-install');
    expect(install?.clientId).toBe('example-helper');
    const ghes = parseAuthorizationRequest(
      `https://github.example.com/login/oauth/authorize?client_id=abc&scope=repo&redirect_uri=${e('https://app.example/cb')}`,
    );
    expect(ghes?.provider).toBe('github');
    expect(ghes?.scopes).toEqual(['repo']);
    expect(
      parseAuthorizationRequest('https://acme.ghe.com/login/oauth/authorize?client_id=abc&scope=repo')?.provider,
    ).toBe('github');
  });

  it('recognises Salesforce Experience Cloud paths and device pages of every provider', () => {
    const site = parseAuthorizationRequest(
      `https://acme.my.site.com/partners/services/oauth2/authorize?client_id=3MVG9abc&redirect_uri=${e('https://app.example/cb')}&response_type=code&scope=${e('full refresh_token')}`,
    );
    expect(site?.provider).toBe('salesforce');
    for (const url of [
      'https://login.microsoft.com/device',
      'https://microsoft.com/devicelogin',
      'https://www.microsoft.com/fr-fr/devicelogin',
      'https://microsoft.com/deviceloginus',
      'https://login.microsoftonline.com/common/oauth2/deviceauth',
      'https://example-org.okta.com/activate?user_code=ABCDEFGH',
      'https://acme.us.auth0.com/activate',
      'https://login.salesforce.com/setup/connect',
      'https://sso.example.com/realms/staff/device',
      'https://github.com/login/device',
      'https://www.google.com/device',
    ]) {
      expect(parseAuthorizationRequest(url)?.kind, url).toBe('device-code');
    }
  });

  it('flags a provider’s own app id on a host the provider does not own (a phishing proxy)', () => {
    const r = parseAuthorizationRequest(
      `https://login-portal.example-proxy.net/common/oauth2/v2.0/authorize?client_id=4765445b-32c6-49b0-83e6-1d93765276ca&response_type=code&scope=openid&redirect_uri=${e('https://www.office.com/landingv2')}`,
    );
    expect(r?.provider).toBe('generic');
    expect(r?.flags).toContain('foreign-host-first-party');
  });

  it('reads a first-party client id in other accepted spellings', () => {
    const r = parseAuthorizationRequest(
      `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=1B730954-1685-4B74-9BFD-DAC224A7B894&redirect_uri=${e('https://login.microsoftonline.com/common/oauth2/nativeclient')}&response_type=code&scope=openid`,
    );
    expect(r?.flags).toContain('first-party-localhost');
    expect(r?.flags).toContain('redirect-native-client');
  });
});

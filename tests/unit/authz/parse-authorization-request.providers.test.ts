import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import { PROVIDER_REQUESTS } from '../../fixtures/provider-requests';

describe('authorization requests of every provider, as documented', () => {
  it.each(PROVIDER_REQUESTS.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const request = parseAuthorizationRequest(fixture.url, fixture.body);
    expect(request).not.toBeNull();
    expect(request?.provider).toBe(fixture.expected.provider);
    expect(request?.kind).toBe(fixture.expected.kind);
    expect(request?.clientId).toBe(fixture.expected.clientId);
    expect(request?.scopes).toEqual(fixture.expected.scopes);
    if (fixture.expected.tenant !== undefined) expect(request?.tenant).toBe(fixture.expected.tenant);
    if (fixture.expected.resource !== undefined) expect(request?.resource).toBe(fixture.expected.resource);
    if (fixture.expected.redirectHost !== undefined) expect(request?.redirectHost).toBe(fixture.expected.redirectHost);
  });

  it('lists Slack bot and user scopes, and keeps the user ones apart too', () => {
    const request = parseAuthorizationRequest(
      'https://slack.com/oauth/v2/authorize?client_id=1.2&scope=chat:write&user_scope=im:history,files:read',
    );
    expect(request?.scopes).toEqual(['chat:write', 'im:history', 'files:read']);
    expect(request?.userScopes).toEqual(['im:history', 'files:read']);
  });

  it('marks a POST request and reads its form as Chrome splits it', () => {
    const request = parseAuthorizationRequest('https://server.example.com/authorize', {
      client_id: ['s6BhdRkqt3'],
      response_type: ['code'],
      redirect_uri: ['https://client.example.org/cb'],
      scope: ['openid mail.read'],
    });
    expect(request?.provider).toBe('generic');
    expect(request?.scopes).toEqual(['openid', 'mail.read']);
    expect(request?.flags).toContain('post-body');
  });

  it('flags hidden scopes: PAR, .default, v1 resource, an omitted scope', () => {
    const par = parseAuthorizationRequest(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3A6esc_11ACC5bwc014ltc14eY22c',
    );
    expect(par?.flags).toContain('par');
    expect(par?.scopes).toBeNull();
    const dflt = parseAuthorizationRequest(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&response_type=code&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default',
    );
    expect(dflt?.flags).toContain('default-scope');
    const v1 = parseAuthorizationRequest(
      'https://login.microsoftonline.com/common/oauth2/authorize?client_id=abc&response_type=code&resource=https%3A%2F%2Fgraph.microsoft.com',
    );
    expect(v1?.flags).toEqual(expect.arrayContaining(['resource-only', 'default-scope']));
    const omitted = parseAuthorizationRequest(
      'https://www.dropbox.com/oauth2/authorize?client_id=abc&response_type=code',
    );
    expect(omitted?.flags).toContain('scope-omitted');
    // GitHub Docs: without scope, the app gets what was granted before, or public data only: nothing is hidden.
    const github = parseAuthorizationRequest('https://github.com/login/oauth/authorize?client_id=abc');
    expect(github?.flags).not.toContain('scope-omitted');
  });

  it('reads the real parameters from a JAR request object', () => {
    const payload = Buffer.from(
      JSON.stringify({
        client_id: 'evil-app',
        scope: 'openid https://graph.microsoft.com/Mail.ReadWrite',
        redirect_uri: 'https://x.example/',
      }),
    ).toString('base64url');
    const jwt = `eyJhbGciOiJSUzI1NiJ9.${payload}.c2lnbmF0dXJl`;
    const request = parseAuthorizationRequest(
      `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=evil-app&response_type=code&scope=openid&request=${jwt}`,
    );
    expect(request?.flags).toContain('request-object');
    expect(request?.scopes).toEqual(['openid', 'Mail.ReadWrite']);
    expect(request?.redirectHost).toBe('x.example');
  });

  it('says when a request object cannot be read (encrypted)', () => {
    const request = parseAuthorizationRequest(
      'https://server.example.com/authorize?client_id=c&response_type=code&redirect_uri=https://a.example/&request=a.b.c.d.e',
    );
    expect(request?.flags).toContain('unreadable-request-object');
  });

  it('flags implicit flow, forced consent and offline tokens outside scopes', () => {
    const request = parseAuthorizationRequest(
      'https://accounts.google.com/o/oauth2/v2/auth?client_id=c&response_type=token&redirect_uri=https://a.example/&scope=email&prompt=consent&access_type=offline',
    );
    expect(request?.flags).toEqual(expect.arrayContaining(['implicit-flow', 'forced-consent', 'offline-access']));
    const idTokenOnly = parseAuthorizationRequest(
      'https://accounts.google.com/o/oauth2/v2/auth?client_id=c&response_type=id_token&redirect_uri=https://a.example/&scope=openid',
    );
    expect(idTokenOnly?.flags).not.toContain('implicit-flow');
  });

  it('recognises ConsentFix: a Microsoft first-party client with a localhost redirect', () => {
    const request = parseAuthorizationRequest(
      'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A8400&scope=https%3A%2F%2Fmanagement.core.windows.net%2F%2F.default+offline_access+openid+profile',
    );
    expect(request?.flags).toEqual(expect.arrayContaining(['first-party-localhost', 'redirect-localhost']));
  });

  it('flags redirects to free hosting', () => {
    const request = parseAuthorizationRequest(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=abc&response_type=code&redirect_uri=https%3A%2F%2Fmail-helper.herokuapp.com%2Fcb&scope=Mail.Read',
    );
    expect(request?.flags).toContain('redirect-free-hosting');
    expect(request?.redirectHost).toBe('mail-helper.herokuapp.com');
  });

  it('follows a Google sign-in page that carries the request in `continue`', () => {
    const inner =
      'https://accounts.google.com/o/oauth2/v2/auth?client_id=c.apps.googleusercontent.com&response_type=code&redirect_uri=https://a.example/&scope=https://www.googleapis.com/auth/drive';
    const request = parseAuthorizationRequest(
      `https://accounts.google.com/v3/signin/identifier?continue=${encodeURIComponent(inner)}&flowName=GeneralOAuthFlow`,
    );
    expect(request?.scopes).toEqual(['https://www.googleapis.com/auth/drive']);
    expect(request?.flags).toContain('nested-request');
  });
});

describe('an endpoint with its own names for the OAuth fields (Trello’s token page)', () => {
  const trello = (query: string) => parseAuthorizationRequest(`https://trello.com/1/authorize?${query}`);

  it('reads key as the client id and return_url as the redirect, and names its scopes as Trello’s', () => {
    const request = trello(
      'expiration=never&name=App&scope=read,write,account&response_type=token&key=abc123&return_url=https%3A%2F%2Fapp.example.net%2Fcb',
    );
    expect(request?.provider).toBe('atlassian');
    expect(request?.clientId).toBe('abc123');
    expect(request?.redirectHost).toBe('app.example.net');
    expect(request?.scopes).toEqual(['trello:read', 'trello:write', 'trello:account']);
    expect(request?.flags).toContain('offline-access');
  });

  it('a token that expires is not offline access; without a key it is no request', () => {
    expect(trello('expiration=1day&scope=read&key=abc123')?.flags ?? []).not.toContain('offline-access');
    expect(trello('expiration=never&scope=read')).toBeNull();
  });
});

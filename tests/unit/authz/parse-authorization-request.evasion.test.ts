import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import { assessRequestRisk } from '../../../lib/risk/assess-request-risk';

const QUERY =
  'client_id=6731de76-14a6-49ae-97bc-6eba6914391e&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2FMail.Read';
const CANONICAL = `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?${QUERY}`;

function summary(url: string, body?: string) {
  const request = parseAuthorizationRequest(url, body);
  return request && { provider: request.provider, clientId: request.clientId, scopes: request.scopes };
}

const expected = summary(CANONICAL);

describe('evasion: the same request, written to slip past, is seen the same', () => {
  const variants: Array<[string, string]> = [
    ['upper-case host', CANONICAL.replace('login.microsoftonline.com', 'LOGIN.MicrosoftOnline.COM')],
    ['trailing dot on the host', CANONICAL.replace('login.microsoftonline.com', 'login.microsoftonline.com.')],
    ['two trailing dots', CANONICAL.replace('login.microsoftonline.com', 'login.microsoftonline.com..')],
    ['explicit default port', CANONICAL.replace('login.microsoftonline.com', 'login.microsoftonline.com:443')],
    ['explicit other port', CANONICAL.replace('login.microsoftonline.com', 'login.microsoftonline.com:8443')],
    ['userinfo before the host', CANONICAL.replace('https://', 'https://support@')],
    ['userinfo that names another host', CANONICAL.replace('https://', 'https://office.com:x@')],
    ['percent-encoded host letters', CANONICAL.replace('login.', '%6Cogin.')],
    ['upper-case path', CANONICAL.replace('/common/oauth2/v2.0/authorize', '/Common/OAuth2/V2.0/Authorize')],
    [
      'doubled slashes in the path',
      CANONICAL.replace('/common/oauth2/v2.0/authorize', '//common//oauth2///v2.0/authorize'),
    ],
    ['trailing slash', CANONICAL.replace('/authorize?', '/authorize/?')],
    ['percent-encoded path', CANONICAL.replace('/authorize?', '/%61uthorize?')],
    ['dot segments in the path', CANONICAL.replace('/common/oauth2/', '/common/x/../oauth2/')],
    [
      'backslashes in the path',
      CANONICAL.replace('/common/oauth2/v2.0/authorize', '\\common\\oauth2\\v2.0\\authorize'),
    ],
    ['percent-encoded parameter names', CANONICAL.replace('client_id=', 'client%5Fid=').replace('scope=', '%73cope=')],
    ['upper-case parameter names', CANONICAL.replace('client_id=', 'Client_ID=').replace('scope=', 'SCOPE=')],
    ['+ instead of %20', CANONICAL.replace('openid%20', 'openid+')],
    [
      'fully encoded scope URL',
      CANONICAL.replace(
        'https%3A%2F%2Fgraph.microsoft.com%2FMail.Read',
        '%68ttps%3A%2F%2Fgraph.microsoft.com%2F%4Dail.Read',
      ),
    ],
    ['http scheme for Graph', CANONICAL.replace('https%3A%2F%2Fgraph', 'http%3A%2F%2Fgraph')],
    [
      'Graph by its app id',
      CANONICAL.replace('https%3A%2F%2Fgraph.microsoft.com%2F', '00000003-0000-0000-c000-000000000000%2F'),
    ],
    ['lower-case permission name', CANONICAL.replace('Mail.Read', 'mail.read')],
    [
      'reordered parameters',
      `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?${QUERY.split('&').reverse().join('&')}`,
    ],
    ['parameters also in a fragment', `${CANONICAL}#scope=openid`],
    ['alias login.windows.net', CANONICAL.replace('login.microsoftonline.com', 'login.windows.net')],
    ['alias login.microsoft.com', CANONICAL.replace('login.microsoftonline.com', 'login.microsoft.com')],
    ['whitespace around the URL', `  ${CANONICAL}\n`],
    ['the whole request in a POST body', 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize'],
  ];

  it.each(variants)('%s', (name, url) => {
    const body = name.includes('POST') ? QUERY : undefined;
    expect(summary(url, body)).toEqual(expected);
  });
});

describe('evasion: duplicated and double-encoded parameters', () => {
  it('considers every copy of scope', () => {
    const request = parseAuthorizationRequest(`${CANONICAL}&scope=openid&scope=Files.ReadWrite.All`);
    expect(request?.scopes).toEqual(expect.arrayContaining(['Mail.Read', 'Files.ReadWrite.All']));
    expect(request?.flags).toContain('duplicate-parameters');
  });

  it('considers every client id, and says when they differ', () => {
    const request = parseAuthorizationRequest(`${CANONICAL}&client_id=11111111-2222-3333-4444-555555555555`);
    expect(request?.clientIds).toEqual([
      '6731de76-14a6-49ae-97bc-6eba6914391e',
      '11111111-2222-3333-4444-555555555555',
    ]);
    expect(request?.flags).toContain('conflicting-client-ids');
    expect(assessRequestRisk(request as NonNullable<typeof request>).level).not.toBe('none');
  });

  it('decodes a double-encoded scope and flags it', () => {
    const request = parseAuthorizationRequest(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&response_type=code&scope=openid%2520Mail.Read%252520Files.Read.All',
    );
    expect(request?.scopes).toEqual(['openid', 'Mail.Read', 'Files.Read.All']);
    expect(request?.flags).toContain('double-encoded');
  });

  it('sees commas as separators too', () => {
    const request = parseAuthorizationRequest(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&response_type=code&scope=openid,Mail.Read',
    );
    expect(request?.scopes).toEqual(['openid', 'Mail.Read']);
  });

  it('gives request-object claims precedence over the query', () => {
    const claims = Buffer.from(JSON.stringify({ client_id: 'real-app', scope: 'Mail.Send' })).toString('base64url');
    const request = parseAuthorizationRequest(
      `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=decoy&response_type=code&scope=openid&request=e30.${claims}.`,
    );
    expect(request?.clientId).toBe('real-app');
    expect(request?.scopes).toEqual(['Mail.Send', 'openid']);
  });
});

describe('lookalike hosts are never the real provider, and are flagged as phishing', () => {
  const lookalikes = [
    'https://login.microsoftonline.com.evil.example/common/oauth2/v2.0/authorize',
    'https://login.xn--microsftonline-0zl.com/common/oauth2/v2.0/authorize',
    'https://login.rnicrosoftonline.com/common/oauth2/v2.0/authorize',
    'https://login-microsoftonline.com/common/oauth2/v2.0/authorize',
    'https://login.micr0softonline.com/common/oauth2/v2.0/authorize',
    'https://accounts.google.com.evil.example/o/oauth2/v2/auth',
    'https://accounts.xn--ggle-55da.com/o/oauth2/v2/auth',
    'https://github.com.evil.example/login/oauth/authorize',
    'https://github.xn--cm-jbc/login/oauth/authorize',
    'https://github-login.example/login/oauth/authorize',
  ];
  it.each(lookalikes)('%s', (base) => {
    const request = parseAuthorizationRequest(`${base}?${QUERY}`);
    expect(request?.provider).toBe('generic');
    expect(request?.flags).toContain('lookalike-host');
    expect(assessRequestRisk(request as NonNullable<typeof request>).level).toBe('critical');
  });
});

import { describe, expect, it } from 'vitest';
import { explainUrl } from '../../../lib/explain/explain-url';
import { PROVIDER_REQUESTS } from '../../fixtures/provider-requests';

const enc = encodeURIComponent;

describe('decisions under the embedded default', () => {
  const quiet = [
    `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&response_type=code&redirect_uri=${enc('https://a.example/')}&scope=${enc('openid profile email User.Read')}`,
    `https://accounts.google.com/o/oauth2/v2/auth?client_id=a&response_type=code&redirect_uri=${enc('https://a.example/')}&scope=${enc('openid email profile')}`,
    'https://github.com/login/oauth/authorize?client_id=a&scope=read:user',
    'https://github.com/login/oauth/authorize?client_id=a&scope=read:user%20user:email',
    `https://slack.com/openid/connect/authorize?client_id=a&response_type=code&scope=${enc('openid profile email')}&redirect_uri=${enc('https://a.example/')}`,
    `https://server.example.com/authorize?client_id=a&response_type=code&scope=openid&redirect_uri=${enc('https://a.example/')}`,
  ];
  it.each(quiet)('allows sign-in only quietly: %s', (url) => {
    expect(explainUrl(url).decision).toBe('allow');
  });

  const warned = [
    [
      'mail',
      `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&response_type=code&redirect_uri=${enc('https://a.example/')}&scope=Mail.Read`,
    ],
    [
      'files',
      `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&response_type=code&redirect_uri=${enc('https://a.example/')}&scope=Files.Read.All`,
    ],
    [
      'gmail',
      `https://accounts.google.com/o/oauth2/v2/auth?client_id=a&response_type=code&redirect_uri=${enc('https://a.example/')}&scope=${enc('https://www.googleapis.com/auth/gmail.readonly')}`,
    ],
    [
      'drive',
      `https://accounts.google.com/o/oauth2/v2/auth?client_id=a&response_type=code&redirect_uri=${enc('https://a.example/')}&scope=${enc('https://www.googleapis.com/auth/drive')}`,
    ],
    ['repository', 'https://github.com/login/oauth/authorize?client_id=a&scope=repo'],
    ['organisation admin', 'https://github.com/login/oauth/authorize?client_id=a&scope=admin:org'],
    ['admin consent', 'https://login.microsoftonline.com/contoso.com/v2.0/adminconsent?client_id=a&scope=openid'],
    [
      'hidden (.default)',
      `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&response_type=code&scope=${enc('https://graph.microsoft.com/.default')}`,
    ],
    [
      'hidden (PAR)',
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Aabc',
    ],
    ['device code', 'https://microsoft.com/devicelogin'],
    ['slack messages', 'https://slack.com/oauth/v2/authorize?client_id=a&user_scope=im:history'],
  ] as const;
  it.each(warned)('warns for %s', (_what, url) => {
    expect(explainUrl(url).decision).toBe('warn');
  });

  it('gives every documented provider URL a provider and a decision', () => {
    for (const fixture of PROVIDER_REQUESTS) {
      const line = explainUrl(fixture.url, { body: fixture.body });
      expect(line.provider, fixture.name).toBe(fixture.expected.provider);
      expect(['allow', 'warn'], fixture.name).toContain(line.decision);
    }
  });

  it('says which provider a lookalike host imitates, without treating it as that provider', () => {
    const line = explainUrl(
      'https://login.microsoftonline.com.evil.example/common/oauth2/v2.0/authorize?client_id=a&response_type=code&redirect_uri=https://a.example/&scope=Mail.Read',
    );
    // A generic server, flagged: never Microsoft, never trusted as Microsoft's consent screen.
    expect(line.provider).toBe('generic');
    expect(line.lookalikeOf).toBe('microsoft');
    expect(line.risk).toBe('critical');
    expect(line.decision).toBe('warn');
  });
});

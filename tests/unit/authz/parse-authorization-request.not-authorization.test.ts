import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';

describe('URLs that are no authorization request', () => {
  const urls = [
    'https://login.microsoftonline.com/common/oauth2/v2.0/logout?post_logout_redirect_uri=https%3A%2F%2Fapp.example.com',
    'https://login.microsoftonline.com/common/oauth2/logout',
    'https://login.microsoftonline.com/common/oauth2/v2.0/token',
    'https://login.microsoftonline.com/common/oauth2/token?client_id=abc',
    'https://login.microsoftonline.com/common/discovery/v2.0/keys',
    'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
    'https://login.microsoftonline.com/',
    'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?response_type=code&scope=Mail.Read',
    'https://login.live.com/login.srf',
    'https://accounts.google.com/ServiceLogin?service=mail',
    'https://accounts.google.com/o/oauth2/token',
    'https://accounts.google.com/Logout',
    'https://accounts.google.com/v3/signin/identifier?continue=https%3A%2F%2Fmail.google.com%2Fmail%2F',
    'https://oauth2.googleapis.com/token',
    'https://myaccount.google.com/permissions',
    'https://github.com/login',
    'https://github.com/login/oauth/access_token',
    'https://github.com/settings/applications',
    'https://github.com/logout',
    'https://slack.com/signin',
    'https://slack.com/api/oauth.v2.access',
    'https://app.slack.com/client/T123/C456',
    'https://auth.atlassian.com/oauth/token',
    'https://id.atlassian.com/login',
    'https://login.salesforce.com/',
    'https://login.salesforce.com/services/oauth2/token',
    'https://www.dropbox.com/login',
    'https://www.dropbox.com/oauth2/token',
    'https://zoom.us/signin',
    'https://zoom.us/oauth/token',
    'https://example.com/',
    'https://example.com/search?q=client_id',
    'https://example.com/page?client=42&ref=mail',
    'https://www.wikipedia.org/wiki/OAuth',
    'not a url',
    '',
    'javascript:alert(1)',
    'data:text/html,<a href="https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a">x</a>',
    'ftp://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a',
  ];
  it.each(urls)('%s', (url) => {
    expect(parseAuthorizationRequest(url)).toBeNull();
  });
});

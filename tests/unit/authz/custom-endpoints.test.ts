import { describe, expect, it } from 'vitest';
import { type CustomEndpoint, matchCustomEndpoint } from '../../../lib/authz/custom-endpoints';

const ENDPOINTS: CustomEndpoint[] = [
  { name: 'Contoso SSO', host: 'sso.contoso.com', path: '/idp/authorize' },
  { name: '', host: '*.example.org', path: '/' },
];

describe('the organisation’s own identity servers', () => {
  it('match the host and the path or a path below it, named by the policy', () => {
    for (const path of ['/idp/authorize', '/idp/authorize/step'])
      expect(matchCustomEndpoint('sso.contoso.com', path, ENDPOINTS), path).toEqual({
        provider: 'custom',
        kind: 'authorize',
        tenant: 'Contoso SSO',
      });
    expect(matchCustomEndpoint('sso.contoso.com', '/idp/authorizer', ENDPOINTS)).toBeNull();
    expect(matchCustomEndpoint('sso.contoso.com', '/other', ENDPOINTS)).toBeNull();
    expect(matchCustomEndpoint('login.contoso.com', '/idp/authorize', ENDPOINTS)).toBeNull();
  });

  it('take every subdomain for *., not the domain itself, and name an unnamed server by its host', () => {
    expect(matchCustomEndpoint('a.example.org', '/anything', ENDPOINTS)).toMatchObject({ tenant: '*.example.org' });
    expect(matchCustomEndpoint('example.org', '/anything', ENDPOINTS)).toBeNull();
  });

  it('normalise the policy’s host and path as the request’s are', () => {
    const written = [{ name: '', host: 'SSO.Contoso.com.', path: '/IdP//Authorize/' }];
    expect(matchCustomEndpoint('sso.contoso.com', '/idp/authorize', written)).toMatchObject({
      tenant: 'sso.contoso.com',
    });
  });

  it('match nothing without endpoints', () => {
    expect(matchCustomEndpoint('sso.contoso.com', '/idp/authorize', undefined)).toBeNull();
    expect(matchCustomEndpoint('sso.contoso.com', '/idp/authorize', [])).toBeNull();
  });
});

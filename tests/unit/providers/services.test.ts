import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import { serviceAt } from '../../../lib/providers/services';

const CB = encodeURIComponent('https://app.example.net/cb');

describe('work services recognised as generic servers', () => {
  it('knows Notion, Box and Asana by host, and nothing else', () => {
    expect(serviceAt('api.notion.com')?.name).toBe('Notion');
    expect(serviceAt('app.box.com')?.name).toBe('Box');
    expect(serviceAt('app.asana.com')?.everythingScopes).toEqual(['default']);
    expect(serviceAt('notion.example.com')).toBeUndefined();
  });

  it('a request without scope there hides what the app gets; elsewhere it does not', () => {
    const notion = parseAuthorizationRequest(
      `https://api.notion.com/v1/oauth/authorize?client_id=11111111-1111-1111-1111-111111111111&response_type=code&owner=user&redirect_uri=${CB}`,
    );
    expect(notion?.flags).toContain('scope-omitted');
    const other = parseAuthorizationRequest(
      `https://sso.example.org/oauth/authorize?client_id=abc&response_type=code&redirect_uri=${CB}`,
    );
    expect(other?.flags ?? []).not.toContain('scope-omitted');
  });

  it('Asana’s `default` scope is everything the app registered', () => {
    const asana = parseAuthorizationRequest(
      `https://app.asana.com/-/oauth_authorize?client_id=1234567890123456&response_type=code&redirect_uri=${CB}&scope=default`,
    );
    expect(asana?.flags).toContain('default-scope');
  });
});

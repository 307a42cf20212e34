import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { ApprovedGrants, NO_PRIOR_GRANTS, type PriorGrant } from '../../../lib/decision/approved-grants';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const DAY = 86_400_000;
const APP = '11111111-2222-4333-8444-555555555555';

const grant = (over: Partial<PriorGrant> = {}): PriorGrant => ({
  provider: 'microsoft',
  clientId: APP,
  tenant: null,
  account: null,
  scopes: ['openid', 'Mail.Read'],
  lastSeen: NOW - DAY,
  ...over,
});
const request = (tenant = 'common', extra = '', clientId = APP) =>
  parseAuthorizationRequest(
    `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=openid${extra}`,
  ) as AuthorizationRequest;

describe('ApprovedGrants', () => {
  it('gives the scopes an app holds, across its grants, without repeats', () => {
    const grants = new ApprovedGrants([grant(), grant({ scopes: ['Mail.Read', 'Files.Read'] })]);
    expect(grants.grantedScopes(request(), 90, NOW)).toEqual(['openid', 'Mail.Read', 'Files.Read']);
    expect(grants.size).toBe(1);
  });

  it('finds the app whatever the spelling of its client id, and only at its provider', () => {
    const grants = new ApprovedGrants([grant()]);
    expect(grants.grantedScopes(request('common', '', `{${APP.toUpperCase()}}`), 90, NOW)).not.toBeNull();
    expect(new ApprovedGrants([grant({ provider: 'google' })]).grantedScopes(request(), 90, NOW)).toBeNull();
    expect(grants.grantedScopes(request('common', '', 'other-app'), 90, NOW)).toBeNull();
  });

  it('forgets grants not seen within the days to remember, and remembers nothing for 0', () => {
    const grants = new ApprovedGrants([grant({ lastSeen: NOW - 10 * DAY })]);
    expect(grants.grantedScopes(request(), 10, NOW)).not.toBeNull();
    expect(grants.grantedScopes(request(), 9, NOW)).toBeNull();
    expect(grants.grantedScopes(request(), 0, NOW)).toBeNull();
  });

  it('lends no grant to another account or tenant, when both name one', () => {
    const grants = new ApprovedGrants([grant({ account: 'Ann@Contoso.com', tenant: 'contoso.com' })]);
    expect(grants.grantedScopes(request('contoso.com', '&login_hint=ann%40contoso.com'), 90, NOW)).not.toBeNull();
    expect(grants.grantedScopes(request('contoso.com', '&login_hint=bob%40contoso.com'), 90, NOW)).toBeNull();
    expect(grants.grantedScopes(request('fabrikam.com'), 90, NOW)).toBeNull();
    // A request that names no account, or an open tenant, says nothing against the grant.
    expect(grants.grantedScopes(request('contoso.com'), 90, NOW)).not.toBeNull();
    expect(grants.grantedScopes(request('common'), 90, NOW)).not.toBeNull();
    expect(
      new ApprovedGrants([grant({ tenant: 'organizations' })]).grantedScopes(request('fabrikam.com'), 90, NOW),
    ).not.toBeNull();
  });

  it('holds nothing when empty, and for a request without client id', () => {
    expect(NO_PRIOR_GRANTS.grantedScopes(request(), 90, NOW)).toBeNull();
    expect(NO_PRIOR_GRANTS.size).toBe(0);
    const device = parseAuthorizationRequest('https://microsoft.com/devicelogin') as AuthorizationRequest;
    expect(new ApprovedGrants([grant()]).grantedScopes(device, 90, NOW)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseAuthorizationRequest } from '../../../lib/authz/parse-authorization-request';
import type { AuthorizationRequest } from '../../../lib/authz/types';
import { outsideTenant, usesPersonalAccount } from '../../../lib/policy/account-rules';

const ms = (tenant: string, hint?: string) =>
  parseAuthorizationRequest(
    `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=a&response_type=code&scope=openid${hint ? `&login_hint=${encodeURIComponent(hint)}` : ''}`,
  ) as AuthorizationRequest;
const google = (hint: string) =>
  parseAuthorizationRequest(
    `https://accounts.google.com/o/oauth2/v2/auth?client_id=a&response_type=code&scope=openid&login_hint=${encodeURIComponent(hint)}`,
  ) as AuthorizationRequest;

describe('personal accounts', () => {
  it('are Microsoft’s consumer tenant, by name or id', () => {
    expect(usesPersonalAccount(ms('consumers'))).toBe(true);
    expect(usesPersonalAccount(ms('9188040d-6c67-4c5b-b112-36a304b66dad'))).toBe(true);
    expect(usesPersonalAccount(ms('common'))).toBe(false);
  });

  it('are accounts of consumer mail services, at any provider, whatever the case', () => {
    expect(usesPersonalAccount(ms('common', 'someone@Gmail.com'))).toBe(true);
    expect(usesPersonalAccount(google('someone@outlook.com'))).toBe(true);
    expect(usesPersonalAccount(google('ann@contoso.com'))).toBe(false);
  });
});

describe('other organisations', () => {
  it('names a tenant not in the allowed list; open tenants name nobody', () => {
    expect(outsideTenant(ms('fabrikam.com'), ['contoso.onmicrosoft.com'], [])).toBe('fabrikam.com');
    expect(outsideTenant(ms('Contoso.onmicrosoft.com'), ['contoso.onmicrosoft.com'], [])).toBeNull();
    for (const open of ['common', 'organizations', 'consumers'])
      expect(outsideTenant(ms(open), ['contoso.onmicrosoft.com'], []), open).toBeNull();
    expect(outsideTenant(ms('fabrikam.com'), [], [])).toBeNull();
  });

  it('names an account domain outside the organisation’s domains, subdomains being inside', () => {
    expect(outsideTenant(ms('common', 'ann@fabrikam.com'), [], ['contoso.com'])).toBe('fabrikam.com');
    expect(outsideTenant(ms('common', 'ann@eu.contoso.com'), [], ['Contoso.com'])).toBeNull();
    expect(outsideTenant(ms('common', 'ann@notcontoso.com'), [], ['contoso.com'])).toBe('notcontoso.com');
    expect(outsideTenant(ms('common'), [], ['contoso.com'])).toBeNull();
  });
});

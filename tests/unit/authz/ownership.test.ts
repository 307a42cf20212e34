import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../lib/authz/host';
import { firstPartyOwner, ownerOf } from '../../../lib/authz/ownership';

describe('who owns a host (Public Suffix List)', () => {
  it('knows providers’ own domains, tenant spaces included', () => {
    expect(ownerOf('login.microsoftonline.com')).toBe('microsoft');
    expect(ownerOf('contoso.sharepoint.com')).toBe('microsoft');
    expect(ownerOf('autologon.microsoftazuread-sso.com')).toBe('microsoft');
    expect(ownerOf('teams.cloud.microsoft')).toBe('microsoft');
    expect(ownerOf('acme.my.salesforce-sites.com')).toBe('salesforce');
    expect(ownerOf('acme.my.site.com')).toBe('salesforce');
  });

  it('never counts shared hosting as the provider’s, even under its domain', () => {
    expect(siteOf('login-microsoftonline.z13.web.core.windows.net').sharedHostingSuffix).toBe('web.core.windows.net');
    expect(ownerOf('login-microsoftonline.z13.web.core.windows.net')).toBeNull();
    expect(ownerOf('contoso.azurewebsites.net')).toBeNull();
    expect(ownerOf('someone.github.io')).toBeNull();
  });
});

describe('whose own app a client id is', () => {
  it('names the provider, whatever the id’s case, from its catalogue or its reserved prefix', () => {
    expect(firstPartyOwner('04B07795-8DDB-461A-BBEE-02F9E1BF7B46')).toBe('microsoft');
    expect(firstPartyOwner('178c6fc778ccc68e1d6a')).toBe('github');
    expect(firstPartyOwner('okta.anything')).toBe('okta');
  });

  it('names nobody for a third-party app or no client id', () => {
    expect(firstPartyOwner('11111111-2222-4333-8444-555555555555')).toBeNull();
    expect(firstPartyOwner(null)).toBeNull();
  });
});

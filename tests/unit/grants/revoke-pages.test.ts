import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../lib/core/provider-id';
import { revokePage } from '../../../lib/grants/revoke-pages';

const page = (provider: ProviderId, clientId = 'app-1', tenant: string | null = null) =>
  revokePage({ provider, clientId, tenant });

describe('where a grant is revoked, at the provider', () => {
  it('Microsoft: the My Apps page for work accounts, the consent page for personal ones', () => {
    expect(page('microsoft', 'app-1', 'contoso.com')?.url).toBe('https://myapplications.microsoft.com/');
    expect(page('microsoft', 'app-1', 'consumers')?.url).toBe('https://account.live.com/consent/Manage');
  });

  it('GitHub: the app’s own page, its id encoded', () => {
    expect(page('github', 'Iv1.abc')?.url).toBe('https://github.com/settings/connections/applications/Iv1.abc');
    expect(page('github', '../../evil?x=1')?.url).toBe(
      'https://github.com/settings/connections/applications/..%2F..%2Fevil%3Fx%3D1',
    );
  });

  it('Salesforce: the connected apps of the organisation’s own host when known', () => {
    expect(page('salesforce', 'x', 'acme.my.salesforce.com')?.url).toBe(
      'https://acme.my.salesforce.com/lightning/settings/personal/ConnectedApplications/home',
    );
    expect(page('salesforce', 'x', null)?.url).toBe('https://login.salesforce.com/');
  });

  it('every provider with a page: an https page and a line on what to click there, in English and French', () => {
    for (const provider of [
      'microsoft',
      'google',
      'github',
      'slack',
      'atlassian',
      'dropbox',
      'salesforce',
      'zoom',
    ] as const) {
      const found = page(provider);
      expect(found, provider).not.toBeNull();
      expect(new URL(found?.url ?? '').protocol, provider).toBe('https:');
      expect(found?.instruction.en, provider).toBeTruthy();
      expect(found?.instruction.fr, provider).toBeTruthy();
      expect(found?.instruction.fr, provider).not.toBe(found?.instruction.en);
    }
  });

  it('none for providers whose grants the organisation’s IT removes', () => {
    for (const provider of ['okta', 'auth0', 'keycloak', 'adfs', 'generic', 'custom'] as const)
      expect(page(provider), provider).toBeNull();
  });
});

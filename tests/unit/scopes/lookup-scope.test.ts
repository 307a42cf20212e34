import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProviderId } from '../../../lib/core/provider-id';
import { riskRank } from '../../../lib/core/risk-level';
import {
  canonicalScope,
  catalogueScopesAtLeast,
  describeScope,
  findEntry,
  hasCatalogue,
  isOfflineScope,
  scopeHolds,
} from '../../../lib/scopes/lookup-scope';

const PROVIDERS: ProviderId[] = [
  'microsoft',
  'google',
  'github',
  'slack',
  'atlassian',
  'salesforce',
  'dropbox',
  'zoom',
  'generic',
];

describe('canonicalScope', () => {
  it('reports a scope in the catalogue’s spelling, whatever case the request used', () => {
    expect(canonicalScope('github', 'REPO')).toBe('repo');
    expect(canonicalScope('microsoft', 'mail.read')).toBe('Mail.Read');
    expect(canonicalScope('google', 'https://www.googleapis.com/auth/DRIVE')).toBe(
      'https://www.googleapis.com/auth/drive',
    );
    expect(canonicalScope('google', 'http://www.googleapis.com/auth/drive')).toBe(
      'https://www.googleapis.com/auth/drive',
    );
  });

  it('keeps a scope the catalogue does not know as it was written', () => {
    expect(canonicalScope('github', 'unknown:thing')).toBe('unknown:thing');
    expect(canonicalScope('generic', 'Payroll.Read')).toBe('Payroll.Read');
  });

  it('is idempotent for scopes of every provider', () => {
    const scope = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc
        .constantFrom(
          'https://graph.microsoft.com/',
          'https://outlook.office.com/',
          'https://www.googleapis.com/auth/',
          'http://www.googleapis.com/auth/',
          '00000003-0000-0000-c000-000000000000/',
          'https://contoso.sharepoint.com/',
        )
        .chain((prefix) =>
          fc
            .constantFrom('Mail.Read', 'mail.read', '.default', 'drive', 'AllSites.Read', 'x')
            .map((name) => prefix + name),
        ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...PROVIDERS), scope, (provider, raw) => {
        const once = canonicalScope(provider, raw);
        expect(canonicalScope(provider, once)).toBe(once);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('describeScope', () => {
  it('says what a known scope lets an app do, in English and French', () => {
    const info = describeScope('microsoft', 'Mail.Send');
    expect(info).toMatchObject({ scope: 'Mail.Send', known: true, category: 'mail' });
    expect(riskRank(info.level)).toBeGreaterThanOrEqual(riskRank('high'));
    expect(info.description.en).toMatch(/mail/i);
    expect(info.description.fr).not.toBe(info.description.en);
  });

  it('guesses an unknown scope’s level from its name, and says it does not know it', () => {
    const info = describeScope('generic', 'Widgets.ReadWrite.All');
    expect(info).toMatchObject({ known: false, level: 'high', scope: 'Widgets.ReadWrite.All' });
    expect(info.description.en).toContain('Widgets.ReadWrite.All');
    expect(info.description.fr).toContain('Widgets.ReadWrite.All');
  });

  it('rates a name it does not know higher at a provider whose scopes it catalogues', () => {
    expect(describeScope('generic', 'foo').level).toBe('low');
    expect(describeScope('microsoft', 'foo').level).toBe('medium');
  });

  it('knows the OpenID Connect scopes at every provider', () => {
    for (const provider of ['generic', 'okta', 'slack'] as const)
      expect(describeScope(provider, 'openid'), provider).toMatchObject({ known: true, level: 'none' });
  });
});

describe('findEntry and hasCatalogue', () => {
  it('finds Google scopes written with http as the https scope', () => {
    expect(findEntry('google', 'http://www.googleapis.com/auth/drive')?.scope).toBe(
      'https://www.googleapis.com/auth/drive',
    );
    expect(findEntry('github', 'not-a-scope')).toBeUndefined();
  });

  it('says which providers have a catalogue', () => {
    expect(hasCatalogue('microsoft')).toBe(true);
    expect(hasCatalogue('google')).toBe(true);
    expect(hasCatalogue('github')).toBe(true);
    expect(hasCatalogue('generic')).toBe(false);
    expect(hasCatalogue('okta')).toBe(false);
  });
});

describe('catalogueScopesAtLeast', () => {
  it('lists the catalogue scopes from a level up, as requests spell them', () => {
    const critical = catalogueScopesAtLeast('github', 'critical');
    expect(critical).toContain('delete_repo');
    expect(critical).not.toContain('read:user');
    for (const scope of critical) expect(describeScope('github', scope).level).toBe('critical');
    const high = catalogueScopesAtLeast('microsoft', 'high');
    expect(high).toContain('Mail.Read');
    expect(high).not.toContain('User.Read');
    expect(high.every((s) => !s.startsWith('https://graph.microsoft.com/'))).toBe(true);
  });

  it('lists nothing for a provider without a catalogue', () => {
    expect(catalogueScopesAtLeast('okta', 'none')).toEqual([]);
  });
});

describe('isOfflineScope', () => {
  it('is true for every provider’s refresh-token scope, and only those', () => {
    expect(isOfflineScope('microsoft', 'offline_access')).toBe(true);
    expect(isOfflineScope('microsoft', 'wl.offline_access')).toBe(true);
    expect(isOfflineScope('salesforce', 'refresh_token')).toBe(true);
    expect(isOfflineScope('github', 'repo')).toBe(false);
    expect(isOfflineScope('microsoft', 'Mail.Read')).toBe(false);
  });
});

describe('scopeHolds: what an app already holding a scope gets nothing new from', () => {
  it('GitHub: the scopes its docs list under another', () => {
    expect(scopeHolds('github', 'repo', 'public_repo')).toBe(true);
    expect(scopeHolds('github', 'user', 'read:user')).toBe(true);
    expect(scopeHolds('github', 'admin:org', 'read:org')).toBe(true);
    expect(scopeHolds('github', 'public_repo', 'repo')).toBe(false);
    expect(scopeHolds('github', 'repo', 'admin:org')).toBe(false);
    expect(scopeHolds('github', 'repo', 'delete_repo')).toBe(false);
  });

  it('Microsoft: the read half of the same read-and-write permission, with the same reach', () => {
    expect(scopeHolds('microsoft', 'Mail.ReadWrite', 'Mail.Read')).toBe(true);
    expect(scopeHolds('microsoft', 'Files.ReadWrite.All', 'Files.Read.All')).toBe(true);
    expect(scopeHolds('microsoft', 'Mail.ReadWrite', 'Mail.Read.Shared')).toBe(false);
    expect(scopeHolds('microsoft', 'Files.ReadWrite', 'Files.Read.All')).toBe(false);
    expect(scopeHolds('microsoft', 'Mail.Read', 'Mail.ReadWrite')).toBe(false);
  });

  it('the same scope in any case; nothing else at other providers', () => {
    expect(scopeHolds('slack', 'channels:history', 'channels:history')).toBe(true);
    expect(scopeHolds('google', 'https://mail.google.com/', 'https://www.googleapis.com/auth/gmail.readonly')).toBe(
      false,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { providersForHost } from '../../../lib/authz/provider-endpoints';
import { PROVIDER_IDS } from '../../../lib/core/provider-id';
import {
  firstPartyAppName,
  normaliseClientId,
  PROVIDER_NAMES,
  PROVIDER_PROFILES,
  providerProfile,
} from '../../../lib/providers';

describe('provider profiles', () => {
  it('hold one profile per provider, each under its own id', () => {
    const ids = PROVIDER_PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const profile of PROVIDER_PROFILES) {
      expect(PROVIDER_IDS).toContain(profile.id);
      expect(providerProfile(profile.id)).toBe(profile);
      expect(PROVIDER_NAMES[profile.id]).toBe(profile.name);
    }
    expect(providerProfile('keycloak')).toBeUndefined();
    expect(providerProfile('generic')).toBeUndefined();
  });

  it('give every host they list to their provider, lower case, as the engine looks it up', () => {
    for (const profile of PROVIDER_PROFILES)
      for (const group of profile.hostGroups) {
        for (const host of group.hosts) {
          expect(host, host).toBe(host.toLowerCase());
          expect(
            providersForHost(host).map((h) => h.provider),
            host,
          ).toContain(profile.id);
        }
        for (const suffix of group.suffixes ?? []) {
          expect(suffix, suffix).toMatch(/^\.[a-z0-9.-]+$/);
          expect(
            providersForHost(`tenant${suffix}`).map((h) => h.provider),
            suffix,
          ).toContain(profile.id);
        }
      }
  });

  it('own their domains as registrable names, in lower case, no two providers the same', () => {
    const owner = new Map<string, string>();
    for (const profile of PROVIDER_PROFILES)
      for (const domain of profile.ownedDomains) {
        expect(domain, domain).toBe(domain.toLowerCase());
        expect(owner.get(domain), `${domain} owned twice`).toBeUndefined();
        owner.set(domain, profile.id);
      }
  });

  it('name every provider the engine knows, profile or not', () => {
    expect(Object.keys(PROVIDER_NAMES).sort()).toEqual([...PROVIDER_IDS].sort());
    expect(PROVIDER_NAMES.adfs).toBe('AD FS');
    expect(PROVIDER_NAMES.custom).toBe('Single sign-on');
  });
});

describe('normaliseClientId', () => {
  it('compares client ids as providers do: trimmed, lower case, without braces or quotes', () => {
    expect(normaliseClientId(' {C44B4083-3BB0-49C1-B47D-974E53CBDF3C} ')).toBe('c44b4083-3bb0-49c1-b47d-974e53cbdf3c');
    expect(normaliseClientId('"abc"')).toBe('abc');
    expect(normaliseClientId("'Iv1.ABC'")).toBe('iv1.abc');
  });
});

describe('firstPartyAppName', () => {
  it('names a provider’s own app, whatever the spelling of its client id', () => {
    expect(firstPartyAppName('microsoft', 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c')).toBe('Azure Portal');
    expect(firstPartyAppName('microsoft', ' {C44B4083-3BB0-49C1-B47D-974E53CBDF3C} ')).toBe('Azure Portal');
    expect(firstPartyAppName('github', '178c6fc778ccc68e1d6a')).toBe('GitHub CLI');
  });

  it('names an app by the provider’s reserved prefix when it is not listed', () => {
    expect(firstPartyAppName('okta', 'okta.2b1959c8-bcc0-56eb-a589-cfcfb7422f26')).toBe('Okta End-User Dashboard');
    expect(firstPartyAppName('okta', 'okta.unlisted')).toBe('Okta (okta.unlisted)');
  });

  it('names nothing for another provider’s app, a provider without profile, or no client id', () => {
    expect(firstPartyAppName('google', 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c')).toBeUndefined();
    expect(firstPartyAppName('microsoft', '00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(firstPartyAppName('generic', 'okta.x')).toBeUndefined();
    expect(firstPartyAppName('microsoft', null)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { OKTA_FIRST_PARTY_APPS, OKTA_FIRST_PARTY_PREFIX } from '../../../../lib/providers/okta/first-party-apps';
import { checkCatalogue, GUID, nameOf } from '../first-party-checks';

checkCatalogue('okta', OKTA_FIRST_PARTY_APPS);

describe('Okta first-party apps', () => {
  it("gives every Okta app the 'okta.' prefix", () => {
    expect(OKTA_FIRST_PARTY_PREFIX).toBe('okta.');
    for (const [id] of OKTA_FIRST_PARTY_APPS) {
      expect(id.startsWith(OKTA_FIRST_PARTY_PREFIX), id).toBe(true);
      expect(id.slice(OKTA_FIRST_PARTY_PREFIX.length), id).toMatch(GUID);
    }
    expect(nameOf(OKTA_FIRST_PARTY_APPS, 'okta.2b1959c8-bcc0-56eb-a589-cfcfb7422f26')).toMatch(/dashboard/i);
    expect(nameOf(OKTA_FIRST_PARTY_APPS, 'okta.b58d5b75-07d4-5f25-bf59-368a1261a405')).toMatch(/admin console/i);
  });
});

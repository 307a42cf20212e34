import { describe, expect, it } from 'vitest';
import { firstPartyIndex } from '../../../lib/providers/first-party';
import { MICROSOFT_FIRST_PARTY_APPS } from '../../../lib/providers/microsoft/first-party-apps';
import { SALESFORCE_FIRST_PARTY_APPS } from '../../../lib/providers/salesforce/first-party-apps';

describe('firstPartyIndex', () => {
  it('looks client ids up whatever their case', () => {
    const index = firstPartyIndex(MICROSOFT_FIRST_PARTY_APPS);
    expect(index.get('C44B4083-3BB0-49C1-B47D-974E53CBDF3C')).toBe('Azure Portal');
    expect(index.get('c44b4083-3bb0-49c1-B47D-974e53cbdf3c')).toBe('Azure Portal');
    expect(index.has('9199BF20-A13F-4107-85DC-02114787EF48')).toBe(true);
    expect(index.get('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(index.has('00000000-0000-0000-0000-000000000000')).toBe(false);
  });

  it('stores keys lower-cased and keeps every entry', () => {
    const index = firstPartyIndex(SALESFORCE_FIRST_PARTY_APPS);
    expect(index.size).toBe(SALESFORCE_FIRST_PARTY_APPS.length);
    expect([...index.keys()]).toContain('platformcli');
    expect(index.get('PLATFORMCLI')).toBe('Salesforce CLI');
  });

  it('keeps the first name when a client id repeats in another case', () => {
    const index = firstPartyIndex([
      ['ABC', 'first'],
      ['abc', 'second'],
    ]);
    expect(index.size).toBe(1);
    expect(index.get('aBc')).toBe('first');
  });
});

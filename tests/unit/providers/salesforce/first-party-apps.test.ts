import { describe, expect, it } from 'vitest';
import { SALESFORCE_FIRST_PARTY_APPS } from '../../../../lib/providers/salesforce/first-party-apps';
import { checkCatalogue, nameOf } from '../first-party-checks';

checkCatalogue('salesforce', SALESFORCE_FIRST_PARTY_APPS);

describe('Salesforce first-party apps', () => {
  it('names the Salesforce CLI', () => {
    expect(nameOf(SALESFORCE_FIRST_PARTY_APPS, 'PlatformCLI')).toBe('Salesforce CLI');
  });
});

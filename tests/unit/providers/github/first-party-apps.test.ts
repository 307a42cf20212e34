import { describe, expect, it } from 'vitest';
import { GITHUB_FIRST_PARTY_APPS } from '../../../../lib/providers/github/first-party-apps';
import { checkCatalogue, nameOf } from '../first-party-checks';

checkCatalogue('github', GITHUB_FIRST_PARTY_APPS);

describe('GitHub first-party apps', () => {
  it('names the everyday GitHub clients', () => {
    expect(nameOf(GITHUB_FIRST_PARTY_APPS, '178c6fc778ccc68e1d6a')).toBe('GitHub CLI');
    expect(nameOf(GITHUB_FIRST_PARTY_APPS, '01ab8ac9400c4e429b23')).toBe('Visual Studio Code');
    expect(nameOf(GITHUB_FIRST_PARTY_APPS, '0120e057bd645470c1ed')).toBe('Git Credential Manager');
    expect(nameOf(GITHUB_FIRST_PARTY_APPS, 'de0e3c7e9973e1c4dd77')).toBe('GitHub Desktop');
  });
});

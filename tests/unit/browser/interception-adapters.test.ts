import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listOf, loadIssued, loadTokens, saveIssued, saveTokens } from '../../../lib/browser/interception-adapters';

describe('the bypasses and warnings kept in session storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('read back what was saved', async () => {
    await saveTokens([{ tabId: 1, keyHash: 'k', expiresAt: 5 }]);
    await saveIssued([{ tabId: 2, keyHash: 'w', expiresAt: 6 }]);
    expect(await loadTokens()).toEqual([{ tabId: 1, keyHash: 'k', expiresAt: 5 }]);
    expect(await loadIssued()).toEqual([{ tabId: 2, keyHash: 'w', expiresAt: 6 }]);
  });

  it('read as empty when nothing, or something else than a list, was left under the key', async () => {
    expect(await loadTokens()).toEqual([]);
    await fakeBrowser.storage.session.set({ bypassTokens: { old: 'shape' }, issuedWarnings: 'x' });
    expect(await loadTokens()).toEqual([]);
    expect(await loadIssued()).toEqual([]);
  });

  it('listOf takes a list as it is and anything else as empty', () => {
    expect(listOf([1, 2])).toEqual([1, 2]);
    for (const value of [null, undefined, 'x', { 0: 'a' }]) expect(listOf(value)).toEqual([]);
  });
});

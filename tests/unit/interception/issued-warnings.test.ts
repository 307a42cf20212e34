import { describe, expect, it } from 'vitest';
import {
  ISSUED_WARNING_MS,
  type IssuedWarning,
  rememberWarning,
  wasIssued,
} from '../../../lib/interception/issued-warnings';

describe('warnings the worker issued', () => {
  it('confirm only that tab and that request, until they expire', () => {
    const list = rememberWarning([], 7, 'k', 1_000);
    expect(wasIssued(list, 7, 'k', 1_000)).toBe(true);
    expect(wasIssued(list, 8, 'k', 1_000)).toBe(false);
    expect(wasIssued(list, 7, 'other', 1_000)).toBe(false);
    expect(wasIssued(list, 7, 'k', 1_000 + ISSUED_WARNING_MS - 1)).toBe(true);
    expect(wasIssued(list, 7, 'k', 1_000 + ISSUED_WARNING_MS)).toBe(false);
  });

  it('last half an hour, long enough to read the page and come back to it', () => {
    expect(ISSUED_WARNING_MS).toBe(30 * 60_000);
  });

  it('are renewed, not doubled, when the same request is stopped again, and drop the expired ones', () => {
    let list = rememberWarning([], 7, 'k', 0);
    list = rememberWarning(list, 9, 'old', 0);
    list = rememberWarning(list, 7, 'k', ISSUED_WARNING_MS);
    expect(list).toEqual([{ tabId: 7, keyHash: 'k', expiresAt: 2 * ISSUED_WARNING_MS }]);
  });

  it('keep the newest two hundred', () => {
    let list: IssuedWarning[] = [];
    for (let tab = 0; tab < 250; tab++) list = rememberWarning(list, tab, 'k', 0);
    expect(list).toHaveLength(200);
    expect(wasIssued(list, 49, 'k', 0)).toBe(false);
    expect(wasIssued(list, 50, 'k', 0)).toBe(true);
    expect(wasIssued(list, 249, 'k', 0)).toBe(true);
  });
});

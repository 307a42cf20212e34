import { describe, expect, it } from 'vitest';
import {
  ISSUED_WARNING_MS,
  type IssuedWarning,
  issuedWarning,
  issuedWithin,
  markCommitted,
  rememberWarning,
  settleHeld,
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

describe('what a warning remembers of how it was issued', () => {
  it('a held warning is settled once, in its tab, for its request', () => {
    const list = rememberWarning([], 7, 'k', 1_000, { held: true });
    expect(settleHeld(list, 8, 'k', 1_000).wasHeld).toBe(false);
    const first = settleHeld(list, 7, 'k', 1_000);
    expect(first.wasHeld).toBe(true);
    expect(settleHeld(first.list, 7, 'k', 1_000).wasHeld).toBe(false);
    expect(wasIssued(first.list, 7, 'k', 1_000)).toBe(true);
  });

  it('a warning marked as having its request’s page behind it says so, for that tab and request only', () => {
    const list = markCommitted(rememberWarning(rememberWarning([], 7, 'k', 1_000), 8, 'k', 1_000), 7, 'k', 1_000);
    expect(issuedWarning(list, 7, 'k', 1_000)?.committed).toBe(true);
    expect(issuedWarning(list, 8, 'k', 1_000)?.committed).toBeUndefined();
  });

  it('knows how recently it was issued', () => {
    const list = rememberWarning([], 7, 'k', 1_000);
    expect(issuedWithin(list, 7, 'k', 5_000, 10_000)).toBe(true);
    expect(issuedWithin(list, 7, 'k', 11_000, 10_000)).toBe(false);
    expect(issuedWithin(list, 8, 'k', 5_000, 10_000)).toBe(false);
  });
});

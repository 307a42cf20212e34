import { describe, expect, it } from 'vitest';
import { addToken, type BypassToken, consumeToken, pruneTokens } from '../../../lib/interception/bypass-tokens';

describe('bypass tokens', () => {
  it('are used once and expire', () => {
    const tokens = addToken([], { tabId: 1, keyHash: 'k', expiresAt: 100 }, 0);
    expect(consumeToken(tokens, 2, 'k', 10).consumed).toBe(false);
    const used = consumeToken(tokens, 1, 'k', 10);
    expect(used.consumed).toBe(true);
    expect(consumeToken(used.tokens, 1, 'k', 10).consumed).toBe(false);
    expect(consumeToken(tokens, 1, 'k', 100).consumed).toBe(false);
  });

  it('a new continue for the same tab and request replaces the old one', () => {
    const first = addToken([], { tabId: 1, keyHash: 'k', expiresAt: 100 }, 0);
    const again = addToken(first, { tabId: 1, keyHash: 'k', expiresAt: 200 }, 0);
    expect(again).toEqual([{ tabId: 1, keyHash: 'k', expiresAt: 200 }]);
    expect(addToken(again, { tabId: 2, keyHash: 'k', expiresAt: 200 }, 0)).toHaveLength(2);
  });

  it('drop what has expired and keep the newest fifty', () => {
    const tokens: BypassToken[] = Array.from({ length: 60 }, (_v, i) => ({ tabId: i, keyHash: 'k', expiresAt: 100 }));
    expect(pruneTokens(tokens, 0)).toHaveLength(50);
    expect(pruneTokens(tokens, 0)[0]?.tabId).toBe(10);
    expect(pruneTokens(tokens, 100)).toEqual([]);
    expect(pruneTokens(tokens, 0, 5).map((t) => t.tabId)).toEqual([55, 56, 57, 58, 59]);
  });
});

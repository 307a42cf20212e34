/**
 * A person's "continue" past a warning: one use, for one tab, for one request
 * (by the hash of its key), until it expires. Kept in session storage so it
 * survives a service-worker restart but not the browser.
 */
export interface BypassToken {
  tabId: number;
  keyHash: string;
  expiresAt: number;
}

/** Keeps only what has not expired, and at most `max` tokens (the newest). */
export function pruneTokens(tokens: readonly BypassToken[], now: number, max = 50): BypassToken[] {
  return tokens.filter((t) => t.expiresAt > now).slice(-max);
}

export function addToken(tokens: readonly BypassToken[], token: BypassToken, now: number): BypassToken[] {
  return pruneTokens([...tokens.filter((t) => !(t.tabId === token.tabId && t.keyHash === token.keyHash)), token], now);
}

/** Uses the token for this tab and request, if there is a live one; it cannot be used twice. */
export function consumeToken(
  tokens: readonly BypassToken[],
  tabId: number,
  keyHash: string,
  now: number,
): { tokens: BypassToken[]; consumed: boolean } {
  const live = pruneTokens(tokens, now);
  const index = live.findIndex((t) => t.tabId === tabId && t.keyHash === keyHash);
  if (index === -1) return { tokens: live, consumed: false };
  return { tokens: live.filter((_t, i) => i !== index), consumed: true };
}

import { decodeRepeatedly, looksPercentEncoded } from './percent-decode';

/**
 * Scope tokens from every copy of a scope parameter. Separators are spaces
 * (OAuth) and commas (GitHub, Slack); splitting on both everywhere can only
 * reveal more. A token still percent-encoded after the first decoding is
 * decoded again, so `Mail.Read%2520Files.Read.All` is seen for what it hides.
 */
export function splitScopes(values: readonly string[]): { scopes: string[]; doubleEncoded: boolean } {
  const scopes: string[] = [];
  let doubleEncoded = false;
  for (const value of values) {
    for (const token of value.split(/[\s,]+/)) {
      if (token === '') continue;
      if (looksPercentEncoded(token)) {
        doubleEncoded = true;
        for (const inner of decodeRepeatedly(token).split(/[\s,]+/)) if (inner !== '') scopes.push(inner);
      } else {
        scopes.push(token);
      }
    }
  }
  return { scopes, doubleEncoded };
}

/** Keeps the first spelling of each scope, compared without case. */
export function dedupeScopes(scopes: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const scope of scopes) {
    const key = scope.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(scope);
  }
  return out;
}

import { decodeRepeatedly, looksPercentEncoded } from './percent-decode';

/**
 * Scope tokens from every copy of a scope parameter. Separators are spaces
 * (OAuth) and commas (GitHub, Slack), and a literal `+` (`%2B`), which
 * Microsoft's server also takes as one (its identity team, MicrosoftDocs
 * azure-docs pull request 57300: "we accept spaces, uri-encoded, and +
 * separators"); no scope name holds any of them, so splitting on all of them
 * everywhere can only reveal more. A token still percent-encoded after the
 * first decoding is decoded again, so `Mail.Read%2520Files.Read.All` is seen
 * for what it hides.
 */
const SEPARATORS = /[\s,+]+/;

export function splitScopes(values: readonly string[]): { scopes: string[]; doubleEncoded: boolean } {
  const scopes: string[] = [];
  let doubleEncoded = false;
  for (const value of values) {
    for (const token of value.split(SEPARATORS)) {
      if (token === '') continue;
      if (looksPercentEncoded(token)) {
        doubleEncoded = true;
        for (const inner of decodeRepeatedly(token).split(SEPARATORS)) if (inner !== '') scopes.push(inner);
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

/** A `*` pattern as a case-insensitive, anchored regular expression; every other character is literal. */
export function wildcardToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^(?:${source})$`, 'i');
}

export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*');
}

/**
 * Many patterns, matched fast: exact ones in a map (lower-cased), wildcard
 * ones tried only when one combined expression says some pattern matches.
 */
export class PatternSet<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly wild: Array<{ regex: RegExp; value: T }> = [];
  private combined: RegExp | null = null;

  add(pattern: string, value: T): void {
    if (hasWildcard(pattern)) {
      this.wild.push({ regex: wildcardToRegExp(pattern), value });
      this.combined = null;
      return;
    }
    const key = pattern.toLowerCase();
    const list = this.exact.get(key);
    if (list) list.push(value);
    else this.exact.set(key, [value]);
  }

  /** The first value whose pattern matches, or undefined. */
  match(text: string): T | undefined {
    const exact = this.exact.get(text.toLowerCase());
    if (exact) return exact[0];
    if (this.wild.length === 0) return undefined;
    this.combined ??= new RegExp(this.wild.map((w) => w.regex.source).join('|'), 'i');
    if (!this.combined.test(text)) return undefined;
    return this.wild.find((w) => w.regex.test(text))?.value;
  }

  get size(): number {
    return this.exact.size + this.wild.length;
  }
}

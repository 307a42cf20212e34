const PERCENT_TRIPLET = /%[0-9a-f]{2}/i;

/**
 * Decodes `application/x-www-form-urlencoded` text the way servers do (`+` is a
 * space), but never throws: a malformed sequence is kept as written, and an
 * invalid UTF-8 byte becomes U+FFFD, like the WHATWG decoder.
 */
export function decodeFormComponent(text: string): string {
  return decodePercent(text.includes('+') ? text.replaceAll('+', ' ') : text);
}

/** Percent-decoding alone (`+` stays `+`), as for a URL path. Never throws. */
export function decodePercent(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return decodeLeniently(text);
  }
}

function decodeLeniently(text: string): string {
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    if (bytes.length > 0) {
      out += new TextDecoder().decode(new Uint8Array(bytes));
      bytes.length = 0;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '%' && PERCENT_TRIPLET.test(text.slice(i, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      flush();
      out += ch;
    }
  }
  flush();
  return out;
}

/** True when the text still holds a percent-escape after one decoding. */
export function looksPercentEncoded(text: string): boolean {
  return text.includes('%') && PERCENT_TRIPLET.test(text);
}

/**
 * Decodes again while escapes remain, at most `rounds` times: what a server
 * that decodes twice (or a chain of redirects) would eventually see.
 */
export function decodeRepeatedly(text: string, rounds = 3): string {
  let current = text;
  for (let i = 0; i < rounds && looksPercentEncoded(current); i++) {
    const next = decodeFormComponent(current.replaceAll('+', '%2B'));
    if (next === current) break;
    current = next;
  }
  return current;
}

import { decodePercent, looksPercentEncoded } from './percent-decode';

/** Past this length a path is no provider endpoint; it is decoded once, not until stable. */
const MAX_DECODED_PATH = 2048;

/**
 * One spelling per path: decoded, lower case, backslashes as slashes, single
 * slashes, no trailing slash, no `;` path parameters. Providers' servers treat
 * these spellings alike, so the guard must too.
 */
export function normalisePath(pathname: string): string {
  let path = decodePercent(pathname);
  // Decoding until nothing is left to decode makes `%2561uthorize` and
  // `authorize` one path, and makes normalisation idempotent.
  if (path.length <= MAX_DECODED_PATH) {
    while (looksPercentEncoded(path)) {
      const next = decodePercent(path);
      if (next === path) break;
      path = next;
    }
  }
  path = path.toLowerCase();
  if (path.includes('\\')) path = path.replaceAll('\\', '/');
  if (path.includes(';')) path = path.replace(/;[^/]*/g, '');
  if (path.includes('//')) path = path.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

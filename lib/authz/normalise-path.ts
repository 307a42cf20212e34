import { decodePercent } from './percent-decode';

/**
 * One spelling per path: decoded, lower case, backslashes as slashes, single
 * slashes, no trailing slash, no `;` path parameters. Providers' servers treat
 * these spellings alike, so the guard must too.
 */
export function normalisePath(pathname: string): string {
  let path = decodePercent(pathname).toLowerCase();
  if (path.includes('\\')) path = path.replaceAll('\\', '/');
  if (path.includes(';')) path = path.replace(/;[^/]*/g, '');
  if (path.includes('//')) path = path.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

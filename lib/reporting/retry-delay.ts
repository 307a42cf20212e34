/** The first retry comes after about 5 s; each failure doubles the wait, up to 15 minutes. */
export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_MS = 15 * 60_000;
/** A collector's Retry-After is honoured up to an hour. */
const MAX_RETRY_AFTER_MS = 60 * 60_000;

/**
 * The wait after `failures` failures in a row: exponential, with "equal
 * jitter" (half fixed, half random) so that thousands of browsers that lost
 * the collector at the same moment do not all come back at the same moment.
 */
export function retryDelay(failures: number, random: () => number): number {
  const ceiling = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(failures, 30) - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** A Retry-After header (seconds, or an HTTP date) in milliseconds from now; null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  if (!header) return null;
  const text = header.trim();
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : Date.parse(text) - now;
  if (!Number.isFinite(ms) || ms < 0) return null;
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}

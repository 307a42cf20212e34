/**
 * The warnings the service worker itself issued: for one tab, for one request
 * (by the hash of its key), until they expire. `warning.html` must be
 * web-accessible (declarativeNetRequest redirects to it), so any web page can
 * open it with a fragment of its choosing; the page shows a request's details
 * and its buttons only when the worker confirms it sent that tab there for
 * that request. Kept in session storage: a worker restart keeps them, the
 * browser's end does not.
 */
export interface IssuedWarning {
  tabId: number;
  keyHash: string;
  expiresAt: number;
}

/** Long enough for a person to read the page, come back to it, ask a colleague. */
export const ISSUED_WARNING_MS = 30 * 60_000;

/** More than any person has warning pages open; the oldest go first. */
const MAX_ISSUED = 200;

export function rememberWarning(
  list: readonly IssuedWarning[],
  tabId: number,
  keyHash: string,
  now: number,
): IssuedWarning[] {
  const others = list.filter((w) => w.expiresAt > now && !(w.tabId === tabId && w.keyHash === keyHash));
  return [...others, { tabId, keyHash, expiresAt: now + ISSUED_WARNING_MS }].slice(-MAX_ISSUED);
}

export function wasIssued(list: readonly IssuedWarning[], tabId: number, keyHash: string, now: number): boolean {
  return list.some((w) => w.tabId === tabId && w.keyHash === keyHash && w.expiresAt > now);
}

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
  /**
   * Stopped before the worker knew the organisation's policy (it had just
   * woken): nothing was recorded yet. The decision is recorded once, when the
   * page first asks for its view under the policy.
   */
  held?: true;
  /**
   * The request's own page committed in the tab before the warning replaced
   * it (the fallback path): it may sit in the tab's history right behind the
   * warning, and Go back must pass over it.
   */
  committed?: true;
}

export type IssuedFlags = Pick<IssuedWarning, 'held' | 'committed'>;

/** Long enough for a person to read the page, come back to it, ask a colleague. */
export const ISSUED_WARNING_MS = 30 * 60_000;

/** More than any person has warning pages open; the oldest go first. */
const MAX_ISSUED = 200;

export function rememberWarning(
  list: readonly IssuedWarning[],
  tabId: number,
  keyHash: string,
  now: number,
  flags: IssuedFlags = {},
): IssuedWarning[] {
  const others = list.filter((w) => w.expiresAt > now && !(w.tabId === tabId && w.keyHash === keyHash));
  const warning: IssuedWarning = { tabId, keyHash, expiresAt: now + ISSUED_WARNING_MS, ...flags };
  return [...others, warning].slice(-MAX_ISSUED);
}

/**
 * Whether this tab's warning for this request was held and not settled yet;
 * `list` is the list with it settled (unchanged when it was not held).
 */
export function settleHeld(
  list: readonly IssuedWarning[],
  tabId: number,
  keyHash: string,
  now: number,
): { wasHeld: boolean; list: IssuedWarning[] } {
  let wasHeld = false;
  const settled = list.map((w) => {
    if (w.tabId !== tabId || w.keyHash !== keyHash || w.expiresAt <= now || !w.held) return w;
    wasHeld = true;
    const { held: _settled, ...rest } = w;
    return rest;
  });
  return { wasHeld, list: wasHeld ? settled : [...list] };
}

export function wasIssued(list: readonly IssuedWarning[], tabId: number, keyHash: string, now: number): boolean {
  return list.some((w) => w.tabId === tabId && w.keyHash === keyHash && w.expiresAt > now);
}

/** Whether this tab was sent to a warning for this request less than `withinMs` ago. */
export function issuedWithin(
  list: readonly IssuedWarning[],
  tabId: number,
  keyHash: string,
  now: number,
  withinMs: number,
): boolean {
  return list.some(
    (w) =>
      w.tabId === tabId &&
      w.keyHash === keyHash &&
      w.expiresAt > now &&
      now - (w.expiresAt - ISSUED_WARNING_MS) < withinMs,
  );
}

/** The list with this tab's warning for this request marked as having its request's page behind it. */
export function markCommitted(
  list: readonly IssuedWarning[],
  tabId: number,
  keyHash: string,
  now: number,
): IssuedWarning[] {
  return list.map((w) =>
    w.tabId === tabId && w.keyHash === keyHash && w.expiresAt > now ? { ...w, committed: true } : w,
  );
}

/** This tab's live warning for this request, if any. */
export function issuedWarning(
  list: readonly IssuedWarning[],
  tabId: number,
  keyHash: string,
  now: number,
): IssuedWarning | undefined {
  return list.find((w) => w.tabId === tabId && w.keyHash === keyHash && w.expiresAt > now);
}

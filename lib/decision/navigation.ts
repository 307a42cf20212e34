import type { FormBody } from '../authz/request-params';

/** Where and how the request is being loaded, as the browser knows it. */
export interface RequestContext {
  /** The tab itself (default), or a frame inside a page. */
  frame?: 'top' | 'sub';
  /**
   * Who started the navigation: a web page (default: the cautious answer), or
   * the browser itself from outside (a command-line tool handing the browser a
   * URL, the address bar, a bookmark): Chromium's webRequest `initiator` is
   * absent then.
   */
  initiator?: 'page' | 'outside';
}

/** A navigation the worker judges: the request (URL and POST body) and where it loads. */
export interface Navigation {
  url: string;
  body?: FormBody;
  tabId: number;
  /** 0 for the tab itself, another number for a frame. */
  frameId: number;
  /** Who started it, when the browser says (webRequest's `initiator`); unknown counts as a web page. */
  initiator?: RequestContext['initiator'];
  /** The origin that started it (webRequest's `initiator`), when the browser says. */
  initiatorOrigin?: string;
  /** A move in the tab's history (Back or Forward), when the browser says (webNavigation's transition qualifiers). */
  backForward?: boolean;
}

/**
 * What became of a judged navigation (the interception decides it, the grant
 * tracker follows it). `signed-in`: a request that cannot grant anything new,
 * let through without a record.
 */
/** `held`: kept on the warning page until the policy is known (a blocking listener right after the worker woke). */
export type NavigationOutcome =
  | 'ignored'
  | 'signed-in'
  | 'allowed'
  | 'bypassed'
  | 'warned'
  | 'blocked'
  | 'held'
  /** The person chose Go back on this request's warning: the tab passes back over it, nothing is recorded. */
  | 'left';

import { MAX_COMMENT } from '../events/consent-event';
import type { ConfirmReply } from '../interception/interception-service';
import type { Language } from '../interception/warning-view';

/** The interception's answer to `confirm-warning`, defined where it is worked out (the protocol sits above it). */
export type { ConfirmReply };

/**
 * The one message protocol between extension pages and the service worker.
 * Every message is checked twice: its sender (our own warning page, in a
 * tab) and its shape (types and sizes); anything else is refused unread.
 */
export type PageMessage =
  | { type: 'continue'; url: string; body?: string; justification: string }
  | { type: 'request-approval'; url: string; body?: string; justification: string }
  /** Did the worker send this tab here for this request? Asked before the page shows anything of it. */
  | { type: 'confirm-warning'; url: string; body?: string; lang: Language }
  /** Go back: the person leaves this request's warning (the worker then passes back over the request's own page). */
  | { type: 'leave-warning'; url: string; body?: string }
  /** "This is a mistake": the person reports a false alarm, with an optional comment. */
  | { type: 'report-mistake'; url: string; body?: string; comment: string }
  /** "I have an approval code": the worker checks it offline and, when good, lets this app through. */
  | { type: 'use-approval-code'; url: string; body?: string; code: string };

export type ContinueReply = { ok: true } | { ok: false; error: string };
export type ApprovalReply = { ok: true; approvalUrl: string | null } | { ok: false; error: string };
/** The answer to "This is a mistake" and to Go back (`WarnedPageResult`). */
export type WarnedPageReply = { ok: true } | { ok: false; error: string };
/** A good code names its approver and when it expires; a refused one says why (`ApprovalCodeResult`'s errors). */
export type ApprovalCodeReply = { ok: true; approver: string; expiresAt: number } | { ok: false; error: string };

/** The longest approval code the page may send (a code is a few hundred characters). */
export const MAX_APPROVAL_CODE = 4000;

const MAX_URL = 128 * 1024;
const MAX_JUSTIFICATION = 1000;

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;

export function parsePageMessage(raw: unknown): PageMessage | null {
  if (raw === null || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  if (!isText(m.url, MAX_URL) || m.url.length === 0) return null;
  if (m.body !== undefined && !isText(m.body, MAX_URL)) return null;
  const request = { url: m.url, ...(typeof m.body === 'string' ? { body: m.body } : {}) };
  switch (m.type) {
    case 'continue':
    case 'request-approval':
      return isText(m.justification, MAX_JUSTIFICATION)
        ? { type: m.type, ...request, justification: m.justification }
        : null;
    case 'confirm-warning':
      return { type: m.type, ...request, lang: m.lang === 'fr' ? 'fr' : 'en' };
    case 'leave-warning':
      return { type: m.type, ...request };
    case 'report-mistake':
      return isText(m.comment, MAX_COMMENT) ? { type: m.type, ...request, comment: m.comment } : null;
    case 'use-approval-code':
      return isText(m.code, MAX_APPROVAL_CODE) ? { type: m.type, ...request, code: m.code } : null;
    default:
      return null;
  }
}

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** 0 for the tab itself, another number for a frame. */
  frameId?: number;
}

/**
 * Only the extension's own warning page, shown in a tab, may ask for a bypass,
 * an approval, a confirmation or report a mistake: not a content script, not
 * another extension, not a web page. The answer is about that tab only.
 */
export function warningPageTab(sender: MessageSender, extensionId: string, warningPageUrl: string): number | null {
  if (!isOwnPage(sender, extensionId, warningPageUrl)) return null;
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && tabId >= 0 ? tabId : null;
}

/**
 * From the options page: send queued reports now (an admin's "Send now"), or
 * the inventory changed (an import) and the worker reloads what it keeps of it.
 */
export type OptionsMessage = { type: 'send-reports' } | { type: 'inventory-changed' };

export function parseOptionsMessage(raw: unknown): OptionsMessage | null {
  if (raw === null || typeof raw !== 'object') return null;
  const type = (raw as Record<string, unknown>).type;
  return type === 'send-reports' || type === 'inventory-changed' ? { type } : null;
}

/** Only the extension's own options page may ask for reports to be sent now. */
export function isOptionsPage(sender: MessageSender, extensionId: string, optionsPageUrl: string): boolean {
  return isOwnPage(sender, extensionId, optionsPageUrl);
}

/** The sender is this extension's page at `pageUrl` (with any fragment or query). */
function isOwnPage(sender: MessageSender, extensionId: string, pageUrl: string): boolean {
  const url = sender.url;
  if (sender.id !== extensionId || typeof url !== 'string') return false;
  return url === pageUrl || url.startsWith(`${pageUrl}#`) || url.startsWith(`${pageUrl}?`);
}

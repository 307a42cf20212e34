/**
 * The one message protocol between extension pages and the service worker.
 * Every message is checked twice: its sender (our own warning page, in a
 * tab) and its shape (types and sizes); anything else is refused unread.
 */
export type PageMessage =
  | { type: 'continue'; url: string; body?: string; justification: string }
  | { type: 'request-approval'; url: string; body?: string; justification: string };

export type ContinueReply = { ok: true } | { ok: false; error: string };
export type ApprovalReply = { ok: true; approvalUrl: string | null } | { ok: false; error: string };

const MAX_URL = 128 * 1024;
const MAX_JUSTIFICATION = 1000;

export function parsePageMessage(raw: unknown): PageMessage | null {
  if (raw === null || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  if (m.type !== 'continue' && m.type !== 'request-approval') return null;
  if (typeof m.url !== 'string' || m.url.length === 0 || m.url.length > MAX_URL) return null;
  if (m.body !== undefined && (typeof m.body !== 'string' || m.body.length > MAX_URL)) return null;
  if (typeof m.justification !== 'string' || m.justification.length > MAX_JUSTIFICATION) return null;
  return {
    type: m.type,
    url: m.url,
    justification: m.justification,
    ...(typeof m.body === 'string' ? { body: m.body } : {}),
  };
}

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * Only the extension's own warning page, shown in a tab, may ask for a bypass
 * or an approval: not a content script, not another extension, not a web page.
 */
export function warningPageTab(sender: MessageSender, extensionId: string, warningPageUrl: string): number | null {
  if (!isOwnPage(sender, extensionId, warningPageUrl)) return null;
  const tabId = sender.tab?.id;
  return typeof tabId === 'number' && tabId >= 0 ? tabId : null;
}

/** From the options page: an admin asks the worker to send queued reports now, ignoring the backoff. */
export type OptionsMessage = { type: 'send-reports' };

export function parseOptionsMessage(raw: unknown): OptionsMessage | null {
  if (raw === null || typeof raw !== 'object') return null;
  return (raw as Record<string, unknown>).type === 'send-reports' ? { type: 'send-reports' } : null;
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

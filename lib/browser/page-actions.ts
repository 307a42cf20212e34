import { browser } from 'wxt/browser';
import type { Language } from '../interception/warning-view';
import type {
  ApprovalCodeReply,
  ApprovalReply,
  ConfirmReply,
  ContinueReply,
  PageMessage,
  WarnedPageReply,
} from '../messages/protocol';

/** Sends one protocol message to the service worker; a stopped worker is woken by it. */
export async function sendToBackground<R extends ContinueReply | ApprovalReply | WarnedPageReply | ApprovalCodeReply>(
  message: PageMessage,
): Promise<R> {
  try {
    return (await browser.runtime.sendMessage(message)) as R;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) } as R;
  }
}

/**
 * Asks the worker whether it sent this tab here for this request, and for the
 * page's view of it in this language; no answer counts as no.
 */
export async function confirmWarning(url: string, body: string | undefined, lang: Language): Promise<ConfirmReply> {
  const message: PageMessage = { type: 'confirm-warning', url, lang, ...(body !== undefined ? { body } : {}) };
  try {
    const reply = (await browser.runtime.sendMessage(message)) as ConfirmReply | undefined;
    return reply?.issued === true ? reply : { issued: false };
  } catch {
    return { issued: false };
  }
}

/**
 * Leaves the warning page: back to where the person came from, or closes a
 * sign-in popup (or a new tab) that has nowhere to go back to. The tab goes
 * back as its own Back button would (`tabs.goBack`), and "nowhere to go back
 * to" is the browser's answer (`tabs.goBack` fails). For a request the worker
 * warned, it is told first: when the request's own page reached the tab
 * before the warning (the fallback path), the worker passes back over it.
 */
export async function leaveWarningPage(request?: { url: string; body?: string }): Promise<void> {
  if (request) {
    const message: PageMessage = {
      type: 'leave-warning',
      url: request.url,
      ...(request.body !== undefined ? { body: request.body } : {}),
    };
    await sendToBackground<WarnedPageReply>(message);
  }
  const tab = window.top === window ? await browser.tabs.getCurrent().catch(() => undefined) : undefined;
  if (tab?.id === undefined) {
    if (history.length > 1) history.back();
    else window.close();
    return;
  }
  if (history.length > 1) {
    try {
      await browser.tabs.goBack(tab.id);
      return;
    } catch {
      // Nothing the browser would go back to: the tab has served its purpose.
    }
  }
  await browser.tabs.remove(tab.id);
}

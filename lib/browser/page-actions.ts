import { browser } from 'wxt/browser';
import type { ApprovalReply, ContinueReply, PageMessage } from '../messages/protocol';

/** Sends one protocol message to the service worker; a stopped worker is woken by it. */
export async function sendToBackground<R extends ContinueReply | ApprovalReply>(message: PageMessage): Promise<R> {
  try {
    return (await browser.runtime.sendMessage(message)) as R;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) } as R;
  }
}

/** Leaves the warning page: back to where the person came from, or closes a sign-in popup that has nowhere to go back to. */
export async function leaveWarningPage(): Promise<void> {
  if (history.length > 1) {
    history.back();
    return;
  }
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

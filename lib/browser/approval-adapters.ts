import { browser } from 'wxt/browser';
import { approvalRules, FIRST_APPROVAL_RULE_ID } from '../interception/approval-rules';
import { type Approval, readApprovals } from '../policy/approvals';

/**
 * Approvals from approval codes, kept in the extension's local storage until
 * they expire (they outlive the browser, unlike a Continue), and the session
 * rules that let approved apps pass the policy's block rules.
 */
export const APPROVALS_KEY = 'approvals';

export async function loadApprovals(): Promise<Approval[]> {
  return readApprovals((await browser.storage.local.get(APPROVALS_KEY))[APPROVALS_KEY]);
}

export async function saveApprovals(list: Approval[]): Promise<void> {
  await browser.storage.local.set({ [APPROVALS_KEY]: list });
}

/**
 * Replaces the approval rules with these (Chromium). Firefox decides every
 * request in its blocking listener and compiles no block rules: nothing to do.
 */
export async function allowApproved(list: Approval[]): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  if (import.meta.env.FIREFOX || !dnr?.updateSessionRules) return;
  const rules = approvalRules(list, Date.now());
  const existing = (await dnr.getSessionRules()).filter((r) => r.id >= FIRST_APPROVAL_RULE_ID);
  await dnr.updateSessionRules({
    removeRuleIds: existing.map((r) => r.id),
    addRules: rules as unknown as Parameters<typeof dnr.updateSessionRules>[0]['addRules'],
  });
}

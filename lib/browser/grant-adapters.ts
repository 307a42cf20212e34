import { browser } from 'wxt/browser';
import type { ConsentEvent } from '../events/consent-event';
import { ConsentDatabase } from '../grants/consent-database';
import type { PendingFlow } from '../grants/consent-flows';
import type { GrantStore } from '../grants/grant-store';
import { listOf } from './interception-adapters';
import { pendingFlowsItem } from './storage-items';

/** Where events went before the database existed (version 0.1 of the extension). */
const LEGACY_EVENT_LOG_KEY = 'eventLog';

let database: ConsentDatabase | null = null;
/** The one database connection of this page or worker. */
export function consentDatabase(): ConsentDatabase {
  database ??= new ConsentDatabase();
  return database;
}

/** Consent flows waiting for the provider's answer: they must outlive a worker restart. */
export const loadFlows = async (): Promise<PendingFlow[]> => listOf(await pendingFlowsItem.getValue());
export const saveFlows = (items: PendingFlow[]): Promise<void> => pendingFlowsItem.setValue(items);

/** The toolbar badge: the number of active grants of high or critical risk. */
export async function showHighRiskCount(count: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await action.setBadgeBackgroundColor({ color: '#b3261e' });
}

/** Moves the event log kept in local storage by earlier versions into the database, once. */
export async function migrateLegacyEventLog(store: GrantStore): Promise<number> {
  const stored = (await browser.storage.local.get(LEGACY_EVENT_LOG_KEY))[LEGACY_EVENT_LOG_KEY];
  if (!Array.isArray(stored)) return 0;
  for (const event of stored as ConsentEvent[]) {
    if (typeof event?.id === 'string' && (await store.db.events.where('id').equals(event.id).count()) === 0)
      await store.addEvent(event);
  }
  await browser.storage.local.remove(LEGACY_EVENT_LOG_KEY);
  return stored.length;
}

import { browser } from 'wxt/browser';
import { type ImportSummary, importInventory } from '../grants/export-import';
import { grantEvent } from '../grants/grant-events';
import type { GrantStore } from '../grants/grant-store';
import type { GrantRecord } from '../grants/grant-types';
import { showHighRiskCount } from './grant-adapters';
import { nudgeReporting } from './reporting-adapters';

/** Opens the provider's page where the grant is removed, and marks the grant "revocation started". */
export async function startRevocation(
  store: GrantStore,
  grant: GrantRecord,
  url: string,
): Promise<GrantRecord | undefined> {
  const now = Date.now();
  const updated = await store.markRevocationStarted(grant.id as number, now);
  if (updated) await store.addEvent(grantEvent('revocation-started', updated, now));
  nudgeReporting();
  await browser.tabs.create({ url });
  await showHighRiskCount(await store.countActiveHighRisk());
  return updated;
}

export async function confirmRevocation(store: GrantStore, grant: GrantRecord): Promise<GrantRecord | undefined> {
  const now = Date.now();
  const updated = await store.confirmRevoked(grant.id as number, now);
  if (updated) await store.addEvent(grantEvent('revocation-confirmed', updated, now));
  nudgeReporting();
  await showHighRiskCount(await store.countActiveHighRisk());
  return updated;
}

/**
 * Imports an inventory export and updates the toolbar badge at once: an
 * imported active grant of high or critical risk counts like one recorded here.
 */
export async function importInventoryFile(store: GrantStore, text: string): Promise<ImportSummary> {
  const summary = await importInventory(store.db, text);
  await showHighRiskCount(await store.countActiveHighRisk());
  return summary;
}

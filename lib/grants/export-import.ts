import type { ConsentDatabase } from './consent-database';
import type { AppRecord, GrantRecord } from './grant-types';
import { ImportError, type InventoryExport, type RecordNotes, readInventory, writeInventory } from './inventory-format';

export { ImportError, type RecordNotes };

export async function exportInventory(db: ConsentDatabase, now: number): Promise<InventoryExport> {
  return db.transaction('r', db.apps, db.grants, db.events, async () =>
    writeInventory(
      {
        apps: await db.apps.orderBy('key').toArray(),
        grants: await db.grants.orderBy('id').toArray(),
        events: await db.events.orderBy('seq').toArray(),
      },
      now,
    ),
  );
}

/** What an import did: records written, records completed on the way (and how), records refused (and why). */
export interface ImportSummary {
  /** The file's format version. */
  version: number;
  /** Apps, grants and events taken from the file (events this device already held are not added twice). */
  apps: number;
  grants: number;
  events: number;
  /** Records imported after a field was filled in or recomputed, or an unknown one left out. */
  completed: RecordNotes[];
  /** Records left out, each with its problems: nothing of them is written. */
  refused: RecordNotes[];
}

/**
 * Reads an export back (any version `readInventory` reads). Every record is
 * checked and completed or refused first; then everything accepted is written
 * in one transaction, so a failure leaves the database as it was. Records are
 * matched by their keys (apps and grants) and ids (events): importing the
 * same file twice changes nothing, and an import never deletes what the
 * device already holds. A grant whose app is in neither the file nor the
 * database brings its app, made from the grant.
 */
export async function importInventory(db: ConsentDatabase, text: string): Promise<ImportSummary> {
  const checked = readInventory(text);
  const completed = [...checked.completed];
  await db.transaction('rw', db.apps, db.grants, db.events, async () => {
    const apps = new Map(checked.apps.map((app) => [app.key, app]));
    for (const grant of checked.grants) {
      if (apps.has(grant.appKey) || (await db.apps.get(grant.appKey))) continue;
      const app: AppRecord = {
        key: grant.appKey,
        provider: grant.provider,
        clientId: grant.clientId,
        name: grant.appName,
        firstSeen: grant.firstSeen,
        lastSeen: grant.lastSeen,
      };
      apps.set(app.key, app);
      completed.push({ record: `app ${app.key}`, notes: ['not in the file: made from its grant'] });
    }
    await db.apps.bulkPut([...apps.values()]);
    for (const grant of checked.grants) {
      const existing = await db.grants.where('key').equals(grant.key).first();
      await db.grants.put(existing?.id !== undefined ? { ...grant, id: existing.id } : grant);
    }
    for (const event of checked.events)
      if ((await db.events.where('id').equals(event.id).count()) === 0) await db.events.add(event);
  });
  return {
    version: checked.version,
    apps: checked.apps.length,
    grants: checked.grants.length,
    events: checked.events.length,
    completed,
    refused: checked.refused,
  };
}

const CSV_COLUMNS = [
  'provider',
  'clientId',
  'appName',
  'account',
  'tenant',
  'status',
  'risk',
  'scopes',
  'firstSeen',
  'lastSeen',
  'redirectHost',
] as const;

/** Grants as CSV (RFC 4180 quoting), for spreadsheets. Cells that a spreadsheet would run as formulas are defused. */
export function grantsToCsv(grants: readonly GrantRecord[]): string {
  const cell = (value: unknown) => {
    let text = Array.isArray(value) ? value.join(' ') : value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const rows = grants.map((g) =>
    CSV_COLUMNS.map((c) =>
      cell(
        c === 'firstSeen' || c === 'lastSeen'
          ? new Date(g[c]).toISOString()
          : (g as unknown as Record<string, unknown>)[c],
      ),
    ).join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

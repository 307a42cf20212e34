import type { ConsentDatabase, StoredEvent } from './consent-database';
import { type AppRecord, GRANT_STATUSES, type GrantRecord } from './grant-types';

/** The export file: everything the inventory holds, in one versioned document. */
export interface InventoryExport {
  format: 'consent-guard-inventory';
  version: 1;
  exportedAt: string;
  apps: AppRecord[];
  grants: GrantRecord[];
  events: StoredEvent[];
}

export async function exportInventory(db: ConsentDatabase, now: number): Promise<InventoryExport> {
  return db.transaction('r', db.apps, db.grants, db.events, async () => ({
    format: 'consent-guard-inventory' as const,
    version: 1 as const,
    exportedAt: new Date(now).toISOString(),
    apps: await db.apps.orderBy('key').toArray(),
    grants: (await db.grants.orderBy('id').toArray()).map(({ id: _id, ...grant }) => grant as GrantRecord),
    events: (await db.events.orderBy('seq').toArray()).map(
      ({ seq: _seq, imported: _imported, ...event }) => event as StoredEvent,
    ),
  }));
}

export class ImportError extends Error {}

/**
 * Reads an export back. Records are matched by their keys (apps and grants)
 * and ids (events): importing the same file twice changes nothing, and an
 * import never deletes what the device already holds.
 */
export async function importInventory(
  db: ConsentDatabase,
  text: string,
): Promise<{ apps: number; grants: number; events: number }> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new ImportError('The file is not JSON.');
  }
  const doc = document as Partial<InventoryExport>;
  if (doc?.format !== 'consent-guard-inventory' || doc.version !== 1)
    throw new ImportError('The file is not a Consent Guard export.');
  const apps = (Array.isArray(doc.apps) ? doc.apps : []).filter((a) => typeof a?.key === 'string');
  const grants = (Array.isArray(doc.grants) ? doc.grants : []).filter(
    (g) =>
      typeof g?.key === 'string' && Array.isArray(g.scopes) && (GRANT_STATUSES as readonly string[]).includes(g.status),
  );
  const events = (Array.isArray(doc.events) ? doc.events : []).filter(
    (e) => typeof e?.id === 'string' && typeof e.type === 'string',
  );
  await db.transaction('rw', db.apps, db.grants, db.events, async () => {
    await db.apps.bulkPut(apps);
    for (const grant of grants) {
      const existing = await db.grants.where('key').equals(grant.key).first();
      const { id: _ignored, ...rest } = grant;
      await db.grants.put(existing?.id !== undefined ? { ...rest, id: existing.id } : rest);
    }
    for (const event of events) {
      const { seq: _ignored, ...rest } = event;
      // Imported events are history: reporting never sends them again as this device's.
      if ((await db.events.where('id').equals(event.id).count()) === 0)
        await db.events.add({ ...rest, imported: true });
    }
  });
  return { apps: apps.length, grants: grants.length, events: events.length };
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

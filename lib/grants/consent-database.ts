import Dexie, { type EntityTable } from 'dexie';
import type { RecordedEvent } from '../events/consent-event';
import type { AppRecord, GrantRecord } from './grant-types';

/** An event as stored: with a sequence number, for the outbox's order. */
export type StoredEvent = RecordedEvent & {
  seq?: number;
  /** Milliseconds, indexed for retention. */
  timeMs: number;
  /** Came from an imported file (another device or a backup): kept for history, never reported again. */
  imported?: true;
};

/** A small record of the extension's own bookkeeping (the reporting cursor and status). */
export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'consent-guard';

/**
 * The one database of the extension, shared by the service worker and the
 * pages. Each schema version is listed here forever, with its upgrade, and a
 * test opens a database of every earlier version with the current code.
 *
 * Version 1: apps, grants (indexes for the popup's sort, filters and search),
 * events (for reporting and history).
 * Version 2: meta (where reporting stands: the last event sent, failures,
 * drops), so the events table is the outbox and a send is one transaction.
 */
export class ConsentDatabase extends Dexie {
  apps!: EntityTable<AppRecord, 'key'>;
  grants!: EntityTable<GrantRecord, 'id'>;
  events!: EntityTable<StoredEvent, 'seq'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      apps: '&key, provider, lastSeen',
      grants: '++id, &key, appKey, provider, status, risk, lastSeen, [riskRank+lastSeen], appNameLower, *scopesLower',
      events: '++seq, &id, type, timeMs',
    });
    this.version(2).stores({ meta: '&key' });
  }
}

export const SCHEMA_VERSIONS = [1, 2] as const;

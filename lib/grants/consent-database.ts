import Dexie, { type EntityTable } from 'dexie';
import type { ConsentEvent } from '../events/consent-event';
import type { AppRecord, GrantRecord } from './grant-types';

/** An event as stored: with a sequence number, for the outbox's order. */
export interface StoredEvent extends ConsentEvent {
  seq?: number;
  /** Milliseconds, indexed for retention. */
  timeMs: number;
}

export const DATABASE_NAME = 'consent-guard';

/**
 * The one database of the extension, shared by the service worker and the
 * pages. Each schema version is listed here forever, with its upgrade, and a
 * test opens a database of every earlier version with the current code.
 *
 * Version 1: apps, grants (indexes for the popup's sort, filters and search),
 * events (for reporting and history).
 */
export class ConsentDatabase extends Dexie {
  apps!: EntityTable<AppRecord, 'key'>;
  grants!: EntityTable<GrantRecord, 'id'>;
  events!: EntityTable<StoredEvent, 'seq'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      apps: '&key, provider, lastSeen',
      grants: '++id, &key, appKey, provider, status, risk, lastSeen, [riskRank+lastSeen], appNameLower, *scopesLower',
      events: '++seq, &id, type, timeMs',
    });
  }
}

export const SCHEMA_VERSIONS = [1] as const;

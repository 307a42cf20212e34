import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ConsentDatabase, SCHEMA_VERSIONS } from '../../../lib/grants/consent-database';
import { GrantStore } from '../../../lib/grants/grant-store';

/**
 * Every schema the database ever had, as that version declared it, with a
 * record written by it. The current code must open each and keep the data.
 * Add a line here with every new version.
 */
const EARLIER_SCHEMAS: Record<number, Record<string, string>> = {
  1: {
    apps: '&key, provider, lastSeen',
    grants: '++id, &key, appKey, provider, status, risk, lastSeen, [riskRank+lastSeen], appNameLower, *scopesLower',
    events: '++seq, &id, type, timeMs',
  },
  2: {
    apps: '&key, provider, lastSeen',
    grants: '++id, &key, appKey, provider, status, risk, lastSeen, [riskRank+lastSeen], appNameLower, *scopesLower',
    events: '++seq, &id, type, timeMs',
    meta: '&key',
  },
};

describe('database schema versions', () => {
  it('lists every version it declares', () => {
    expect(Object.keys(EARLIER_SCHEMAS).map(Number)).toEqual([...SCHEMA_VERSIONS]);
  });

  it.each(Object.entries(EARLIER_SCHEMAS))(
    'opens a version %s database and keeps its records',
    async (version, stores) => {
      const name = `migration-${version}`;
      const old = new Dexie(name);
      old.version(Number(version)).stores(stores);
      await old.open();
      await old.table('grants').add({
        key: 'microsoft|app|ann@contoso.com|',
        appKey: 'microsoft|app',
        provider: 'microsoft',
        clientId: 'app',
        appName: 'Old app',
        appNameLower: 'old app',
        tenant: null,
        account: 'ann@contoso.com',
        scopes: ['Mail.Read'],
        scopesLower: ['mail.read'],
        hiddenScopes: false,
        risk: 'high',
        riskRank: 3,
        status: 'active',
        firstSeen: 1,
        lastSeen: 2,
        redirectHost: null,
        history: [],
      });
      await old.table('events').add({ id: 'e1', time: '2026-01-01T00:00:00.000Z', type: 'warned', timeMs: 1 });
      old.close();

      const current = new ConsentDatabase(name);
      const store = new GrantStore(current);
      expect(await store.query({}).rows(0, 10)).toMatchObject([{ appName: 'Old app', scopes: ['Mail.Read'] }]);
      expect(await store.countActiveHighRisk()).toBe(1);
      // Events are kept, in order, and every table of the current version works.
      expect((await current.events.toArray()).map((e) => e.id)).toEqual(['e1']);
      await current.meta.put({ key: 'probe', value: 1 });
      expect((await current.meta.get('probe'))?.value).toBe(1);
      current.close();
      await current.delete();
    },
  );
});

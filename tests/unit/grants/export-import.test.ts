import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsentDatabase } from '../../../lib/grants/consent-database';
import { exportInventory, grantsToCsv, ImportError, importInventory } from '../../../lib/grants/export-import';
import { GrantStore } from '../../../lib/grants/grant-store';
import { decisionEvent, outcome } from './fixtures';
import { VERSION_1_FIRST } from './inventory-files';

let db: ConsentDatabase;
let store: GrantStore;
let n = 0;

beforeEach(async () => {
  db = new ConsentDatabase(`import-test-${++n}`);
  await db.open();
  store = new GrantStore(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const consentEvent = decisionEvent;

/** What the popup and the badge see. */
async function visible(target = store) {
  return {
    list: (await target.query({}).rows(0, 100)).map((g) => g.clientId),
    count: await target.query({}).count(),
    highRisk: await target.countActiveHighRisk(),
  };
}

async function everything(target = db) {
  return {
    apps: await target.apps.toArray(),
    grants: await target.grants.toArray(),
    events: await target.events.toArray(),
  };
}

/** The exporter of version 1 as it stood last (before this format was defined), for files written from today's data. */
async function exportVersion1(source: ConsentDatabase, now: number) {
  return source.transaction('r', source.apps, source.grants, source.events, async () => ({
    format: 'consent-guard-inventory' as const,
    version: 1 as const,
    exportedAt: new Date(now).toISOString(),
    apps: await source.apps.orderBy('key').toArray(),
    grants: (await source.grants.orderBy('id').toArray()).map(({ id: _id, ...grant }) => grant),
    events: (await source.events.orderBy('seq').toArray()).map(({ seq: _seq, imported: _imported, ...event }) => event),
  }));
}

async function fillStore() {
  await store.recordGrant(outcome({ scopes: ['Mail.Read'], risk: 'high', justification: 'x' }));
  await store.recordRefusal(outcome({ clientId: 'app-2', appName: null }));
  await store.recordBlocked(outcome({ clientId: 'app-3', provider: 'google', risk: 'critical', account: null }));
  await store.addEvent(consentEvent());
  await store.addEvent(consentEvent({ id: 'e2', type: 'false-alarm-reported', comment: 'we use it' }));
  await store.addEvent({
    id: 'e3',
    time: new Date(9).toISOString(),
    type: 'policy-applied',
    policy: {
      status: 'present',
      fingerprint: 'f00d',
      managedKeys: ['mode'],
      errors: [{ path: 'mode', problem: 'unknown-value' }],
      rulesNotInstalled: 2,
      protection: 'after-navigation',
    },
  });
}

describe('inventory export', () => {
  it('reads back its own export with nothing to complete or refuse, and the same data', async () => {
    await fillStore();
    const text = JSON.stringify(await exportInventory(db, 10));
    const other = new ConsentDatabase(`import-target-${n}`);
    const summary = await importInventory(other, text);
    expect(summary).toEqual({ version: 2, apps: 3, grants: 3, events: 3, completed: [], refused: [] });
    const strip = <T extends { id?: number }>({ id: _id, ...rest }: T) => rest;
    expect((await other.grants.toArray()).map(strip)).toEqual((await db.grants.toArray()).map(strip));
    expect(await other.apps.toArray()).toEqual(await db.apps.toArray());
    expect((await other.events.toArray()).map(({ seq: _seq, imported, ...rest }) => ({ imported, ...rest }))).toEqual(
      (await db.events.toArray()).map(({ seq: _seq, ...rest }) => ({ imported: true, ...rest })),
    );
    other.close();
    await other.delete();
  });

  it('exports and imports without loss: a second export of the import is the same file', async () => {
    await store.recordGrant(outcome({ scopes: ['Mail.Read'], risk: 'high', justification: 'x' }));
    await store.recordRefusal(outcome({ clientId: 'app-2' }));
    await store.addEvent(consentEvent());
    const exported = await exportInventory(db, 10);
    const other = new ConsentDatabase(`reexport-${n}`);
    await importInventory(other, JSON.stringify(exported));
    expect(await exportInventory(other, 10)).toEqual(exported);
    other.close();
    await other.delete();
  });

  it('exports CSV with quoting, and defuses spreadsheet formulas', async () => {
    const grant = await store.recordGrant(outcome({ appName: '=HYPERLINK("x")', scopes: ['a,b', 'c'] }));
    const csv = grantsToCsv([grant]);
    expect(csv.split('\r\n')[0]).toBe(
      'provider,clientId,appName,account,tenant,status,risk,scopes,firstSeen,lastSeen,redirectHost',
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a,b c"');
  });
});

describe('inventory import', () => {
  it('reads version 1 as 0.1 wrote it: every grant visible, counted and in the badge', async () => {
    const summary = await importInventory(db, JSON.stringify(VERSION_1_FIRST));
    expect(summary).toEqual({ version: 1, apps: 2, grants: 2, events: 1, completed: [], refused: [] });
    expect(await visible()).toEqual({ list: ['bbbbbbbb-2222', 'cccccccc-3333'], count: 2, highRisk: 1 });
    const [grant] = await store.query({ search: 'mail.read' }).rows(0, 10);
    expect(grant?.history[0]?.justification).toBe('project');
    expect(await db.apps.get('microsoft|cccccccc-3333')).toMatchObject({ provider: 'microsoft', firstSeen: 3_000 });
    expect((await db.events.toArray())[0]).toMatchObject({ timeMs: 1_000, imported: true });
  });

  it('reads version 1 as the last version 1 exporter wrote it from today’s records: same data as version 2', async () => {
    await fillStore();
    const viaVersion1 = new ConsentDatabase(`v1-${n}`);
    const viaVersion2 = new ConsentDatabase(`v2-${n}`);
    const v1 = await importInventory(viaVersion1, JSON.stringify(await exportVersion1(db, 10)));
    const v2 = await importInventory(viaVersion2, JSON.stringify(await exportInventory(db, 10)));
    expect(v1).toEqual({ ...v2, version: 1 });
    expect(v1.completed).toEqual([]);
    expect(await exportInventory(viaVersion1, 10)).toEqual(await exportInventory(viaVersion2, 10));
    for (const other of [viaVersion1, viaVersion2]) {
      other.close();
      await other.delete();
    }
  });

  it('a grant completed on the way (no riskRank nor search fields) is in the list, the search, the count and the badge', async () => {
    const {
      riskRank: _rank,
      appNameLower: _name,
      scopesLower: _scopes,
      ...grant
    } = VERSION_1_FIRST.grants[0] as Record<string, unknown>;
    await importInventory(db, JSON.stringify({ ...VERSION_1_FIRST, grants: [grant] }));
    expect(await visible()).toEqual({ list: ['bbbbbbbb-2222'], count: 1, highRisk: 1 });
    expect(await store.query({ search: 'OFFLINE' }).count()).toBe(1);
    expect(await store.query({ risk: 'critical', status: 'active' }).count()).toBe(1);
  });

  it('replaces the grant the device holds for the same app and account, whatever key the file claims', async () => {
    await store.recordGrant(outcome({ clientId: 'bbbbbbbb-2222', account: 'Ann@Contoso.com', tenant: null }));
    const [grant] = VERSION_1_FIRST.grants;
    const file = { ...VERSION_1_FIRST, grants: [{ ...grant, key: 'tampered', appKey: 'google|x', riskRank: 0 }] };
    await importInventory(db, JSON.stringify(file));
    expect(await db.grants.count()).toBe(1);
    expect(await db.grants.toCollection().first()).toMatchObject({
      riskRank: 4,
      risk: 'critical',
      appKey: 'microsoft|bbbbbbbb-2222',
    });
    expect(await store.countActiveHighRisk()).toBe(1);
  });

  it('a grant whose app is in neither the file nor the database brings its app, and says so', async () => {
    const file = {
      format: 'consent-guard-inventory',
      version: 2,
      apps: [],
      grants: [
        { provider: 'github', clientId: 'Iv1.abc', appName: 'Octo', scopes: ['repo'], risk: 'high', lastSeen: 7_000 },
      ],
      events: [],
    };
    const summary = await importInventory(db, JSON.stringify(file));
    expect(summary.completed.at(-1)).toEqual({
      record: 'app github|Iv1.abc',
      notes: ['not in the file: made from its grant'],
    });
    expect(await db.apps.get('github|Iv1.abc')).toMatchObject({ name: 'Octo', firstSeen: 7_000, lastSeen: 7_000 });
    // An app the device already holds is not made again.
    const again = await importInventory(db, JSON.stringify(file));
    expect(again.completed.map((c) => c.record)).not.toContain('app github|Iv1.abc');
  });

  it('writes none of the refused records, and nothing secret reaches the database', async () => {
    const [good] = VERSION_1_FIRST.grants;
    const file = {
      ...VERSION_1_FIRST,
      apps: [{ provider: 'microsoft', name: 'No id', firstSeen: 1, lastSeen: 2 }],
      grants: [
        good,
        { ...good, clientId: 'with-state', appName: 'With state', state: 'STATE-123' },
        {
          ...good,
          clientId: 'with-url',
          appName: 'With URL',
          redirectHost: 'https://app.example.test/callback?code=SECRET-AUTH-CODE&state=STATE-1',
        },
        { ...good, clientId: 'with-name-url', appName: 'https://app.example.test/cb#access_token=abc' },
      ],
      events: [{ ...VERSION_1_FIRST.events[0], id: 'ev-token', access_token: 'ya29.SECRET' }],
    };
    const summary = await importInventory(db, JSON.stringify(file));
    expect(summary).toMatchObject({ apps: 0, grants: 1, events: 0 });
    expect(summary.refused).toHaveLength(5);
    // Only the good grant (and the app it brings) is written.
    expect(await visible()).toEqual({ list: ['bbbbbbbb-2222'], count: 1, highRisk: 1 });
    expect(await db.apps.count()).toBe(1);
    expect(await db.events.count()).toBe(0);
    const stored = JSON.stringify(await everything());
    for (const secret of ['STATE-', 'SECRET', 'ya29', 'callback', 'access_token']) expect(stored).not.toContain(secret);
  });

  it('keeps the database’s own ids and never stores a field the format does not know', async () => {
    const file = { ...VERSION_1_FIRST, grants: [{ ...VERSION_1_FIRST.grants[0], id: 99, colour: 'blue' }], events: [] };
    await importInventory(db, JSON.stringify(file));
    const stored = await db.grants.toCollection().first();
    expect(stored).not.toHaveProperty('colour');
    expect(stored?.id).not.toBe(99);
  });

  it('refuses a file that is not an export as a whole, and writes nothing', async () => {
    await store.recordGrant(outcome());
    const before = await everything();
    for (const text of [
      'not json',
      '{"format":"other"}',
      '[]',
      JSON.stringify({ ...VERSION_1_FIRST, version: 3 }),
      JSON.stringify({ ...VERSION_1_FIRST, grants: {} }),
    ])
      await expect(importInventory(db, text), text).rejects.toBeInstanceOf(ImportError);
    expect(await everything()).toEqual(before);
  });

  it('is never half written: a failure while writing leaves the database as it was', async () => {
    await store.recordGrant(outcome());
    const before = await everything();
    const add = vi.spyOn(db.events, 'add').mockRejectedValue(new Error('disk full'));
    await expect(importInventory(db, JSON.stringify(VERSION_1_FIRST))).rejects.toThrow('disk full');
    add.mockRestore();
    expect(await everything()).toEqual(before);
  });

  it('importing twice changes nothing, and never deletes what the device holds', async () => {
    await store.recordGrant(outcome({ clientId: 'local-only' }));
    await importInventory(db, JSON.stringify(VERSION_1_FIRST));
    const once = await everything();
    await importInventory(db, JSON.stringify(VERSION_1_FIRST));
    expect(await everything()).toEqual(once);
    expect((await db.grants.toArray()).map((g) => g.clientId)).toContain('local-only');
  });
});

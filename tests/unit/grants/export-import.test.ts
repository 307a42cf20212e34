import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentEvent } from '../../../lib/events/consent-event';
import { ConsentDatabase } from '../../../lib/grants/consent-database';
import { exportInventory, ImportError, importInventory } from '../../../lib/grants/export-import';
import { GrantStore } from '../../../lib/grants/grant-store';
import { DERIVED_GRANT_FIELDS } from '../../../lib/grants/grant-types';
import { FORMAT_VERSION } from '../../../lib/grants/inventory-format';
import { outcome } from './fixtures';

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

const consentEvent = (overrides: Partial<ConsentEvent> = {}): ConsentEvent => ({
  id: 'e1',
  time: new Date(5).toISOString(),
  type: 'continued',
  provider: 'microsoft',
  kind: 'authorize',
  clientId: 'app-1',
  appName: null,
  scopes: ['Mail.Read'],
  risk: 'high',
  decision: 'warn',
  reasons: ['risk-high'],
  tenant: null,
  redirectHost: null,
  justification: 'x',
  ...overrides,
});

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

/**
 * Version 1 as 0.1 wrote it (commit d4dc2c0, `git log -p -- lib/grants/export-import.ts`):
 * every stored field but the database ids, derived fields included, events with `timeMs`.
 */
const VERSION_1_FIRST = {
  format: 'consent-guard-inventory',
  version: 1,
  exportedAt: '2026-11-25T11:00:00.000Z',
  apps: [
    {
      key: 'microsoft|bbbbbbbb-2222',
      provider: 'microsoft',
      clientId: 'bbbbbbbb-2222',
      name: null,
      firstSeen: 1_000,
      lastSeen: 2_000,
    },
    {
      key: 'microsoft|cccccccc-3333',
      provider: 'microsoft',
      clientId: 'cccccccc-3333',
      name: null,
      firstSeen: 3_000,
      lastSeen: 3_000,
    },
  ],
  grants: [
    {
      key: 'microsoft|bbbbbbbb-2222|ann@contoso.com|',
      appKey: 'microsoft|bbbbbbbb-2222',
      provider: 'microsoft',
      clientId: 'bbbbbbbb-2222',
      appName: null,
      appNameLower: 'bbbbbbbb-2222',
      tenant: null,
      account: 'ann@contoso.com',
      scopes: ['Mail.Read', 'offline_access'],
      scopesLower: ['mail.read', 'offline_access'],
      hiddenScopes: false,
      risk: 'critical',
      riskRank: 4,
      status: 'active',
      firstSeen: 1_000,
      lastSeen: 2_000,
      redirectHost: 'app.example.test',
      history: [
        { time: 1_000, type: 'grant-recorded', decision: 'warn', scopes: ['Mail.Read'], justification: 'project' },
        { time: 2_000, type: 'grant-recorded', decision: 'warn', scopes: ['offline_access'] },
      ],
    },
    {
      key: 'microsoft|cccccccc-3333|ann@contoso.com|',
      appKey: 'microsoft|cccccccc-3333',
      provider: 'microsoft',
      clientId: 'cccccccc-3333',
      appName: null,
      appNameLower: 'cccccccc-3333',
      tenant: null,
      account: 'ann@contoso.com',
      scopes: ['openid'],
      scopesLower: ['openid'],
      hiddenScopes: false,
      risk: 'none',
      riskRank: 0,
      status: 'refused',
      firstSeen: 3_000,
      lastSeen: 3_000,
      redirectHost: 'app.example.test',
      history: [{ time: 3_000, type: 'grant-refused', decision: 'allow', scopes: ['openid'] }],
    },
  ],
  events: [
    {
      id: '0b6d8a52-0000-4000-8000-000000000001',
      time: '1970-01-01T00:00:01.000Z',
      type: 'continued',
      provider: 'microsoft',
      kind: 'authorize',
      clientId: 'bbbbbbbb-2222',
      appName: null,
      scopes: ['Mail.Read', 'offline_access'],
      risk: 'critical',
      decision: 'warn',
      reasons: ['risk-critical'],
      tenant: 'common',
      redirectHost: 'app.example.test',
      justification: 'project',
      timeMs: 1_000,
    },
  ],
};

/**
 * Version 1 once reporting came (commit 47238b8): policy events in the events
 * table, before they carried `protection` (commit e14f2e6).
 */
const VERSION_1_REPORTING = {
  ...VERSION_1_FIRST,
  exportedAt: '2026-11-25T11:56:00.000Z',
  events: [
    ...VERSION_1_FIRST.events,
    {
      id: '0b6d8a52-0000-4000-8000-000000000002',
      time: '1970-01-01T00:00:04.000Z',
      type: 'policy-applied',
      policy: { status: 'present', fingerprint: 'ab12', managedKeys: ['mode'], errors: [], rulesNotInstalled: 0 },
      timeMs: 4_000,
    },
  ],
};

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
  it(`writes version ${FORMAT_VERSION}: facts only, no database ids, no derived fields, no field it does not define`, async () => {
    await fillStore();
    // A field the format does not define never leaves, whatever the database holds.
    const first = await db.grants.toCollection().first();
    await db.grants.put({ ...(first as NonNullable<typeof first>), stray: 'x' } as never);
    const doc = await exportInventory(db, 10);
    expect(doc).toMatchObject({
      format: 'consent-guard-inventory',
      version: 2,
      exportedAt: new Date(10).toISOString(),
    });
    for (const grant of doc.grants) {
      for (const field of [...DERIVED_GRANT_FIELDS, 'id', 'stray']) expect(grant).not.toHaveProperty(field);
    }
    expect(doc.apps[0]).not.toHaveProperty('key');
    for (const event of doc.events)
      for (const field of ['seq', 'timeMs', 'imported']) expect(event).not.toHaveProperty(field);
    expect(doc.grants[0]).toMatchObject({ clientId: 'app-1', scopes: ['Mail.Read'], risk: 'high' });
  });

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

  it('reads version 1 of the reporting era: policy events without `protection` are completed', async () => {
    const summary = await importInventory(db, JSON.stringify(VERSION_1_REPORTING));
    expect(summary.refused).toEqual([]);
    expect(summary.completed).toEqual([
      {
        record: 'events[1] (0b6d8a52-0000-4000-8000-000000000002, policy-applied)',
        notes: ['policy.protection missing: not known (null)'],
      },
    ]);
    const policyEvent = await db.events.where('id').equals('0b6d8a52-0000-4000-8000-000000000002').first();
    expect(policyEvent).toMatchObject({ imported: true, policy: { protection: null, rulesNotInstalled: 0 } });
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

  it('an active critical grant without its riskRank (nor search fields) is completed: in the list, the count and the badge', async () => {
    const {
      riskRank: _rank,
      appNameLower: _name,
      scopesLower: _scopes,
      ...grant
    } = VERSION_1_FIRST.grants[0] as Record<string, unknown>;
    const file = { ...VERSION_1_FIRST, grants: [grant] };
    const summary = await importInventory(db, JSON.stringify(file));
    expect(summary.refused).toEqual([]);
    expect(summary.completed).toEqual([
      {
        record: 'grants[0] (bbbbbbbb-2222, microsoft)',
        notes: [
          'appNameLower missing: derived from the name ("bbbbbbbb-2222")',
          'scopesLower missing: derived from the scopes (["mail.read","offline_access"])',
          'riskRank missing: derived from the risk (4)',
        ],
      },
    ]);
    expect(await visible()).toEqual({ list: ['bbbbbbbb-2222'], count: 1, highRisk: 1 });
    expect(await store.query({ search: 'OFFLINE' }).count()).toBe(1);
    expect(await store.query({ risk: 'critical', status: 'active' }).count()).toBe(1);
  });

  it('recomputes keys, rank and search fields that disagree with the facts, with the store’s own functions', async () => {
    await store.recordGrant(outcome({ clientId: 'bbbbbbbb-2222', account: 'Ann@Contoso.com', tenant: null }));
    const [grant] = VERSION_1_FIRST.grants;
    const file = {
      ...VERSION_1_FIRST,
      grants: [{ ...grant, key: 'tampered', appKey: 'google|x', riskRank: 0, appNameLower: 'zzz' }],
    };
    const summary = await importInventory(db, JSON.stringify(file));
    expect(summary.completed[0]?.notes).toEqual([
      'key "tampered" did not match provider, client id, account and tenant: recomputed as "microsoft|bbbbbbbb-2222|ann@contoso.com|"',
      'appKey "google|x" did not match provider and client id: recomputed as "microsoft|bbbbbbbb-2222"',
      'appNameLower "zzz" did not match the name: recomputed as "bbbbbbbb-2222"',
      'riskRank 0 did not match the risk: recomputed as 4',
    ]);
    // Same app and account as the grant already held: replaced, not doubled.
    expect(await db.grants.count()).toBe(1);
    expect(await db.grants.toCollection().first()).toMatchObject({
      riskRank: 4,
      risk: 'critical',
      appKey: 'microsoft|bbbbbbbb-2222',
    });
    expect(await store.countActiveHighRisk()).toBe(1);
  });

  it('fills in what a file leaves out: status from the history, first seen, names, flags', async () => {
    const file = {
      format: 'consent-guard-inventory',
      version: 2,
      apps: [],
      grants: [
        {
          provider: 'github',
          clientId: 'Iv1.abc',
          scopes: ['repo'],
          risk: 'high',
          lastSeen: 7_000,
          history: [
            { time: 6_000, type: 'grant-recorded', decision: 'allow', scopes: ['repo'] },
            { time: 7_000, type: 'revocation-started', decision: null, scopes: [] },
          ],
        },
        { provider: 'slack', clientId: 'S1', scopes: [], risk: 'low', lastSeen: 1 },
      ],
      events: [],
    };
    const summary = await importInventory(db, JSON.stringify(file));
    expect(summary.refused).toEqual([]);
    expect(summary.completed.map((c) => c.record)).toEqual([
      'grants[0] (Iv1.abc, github)',
      'grants[1] (S1, slack)',
      'app github|Iv1.abc',
      'app slack|S1',
    ]);
    expect(summary.completed[0]?.notes).toContain('status missing: from its history (active when it says nothing)');
    const grants = await store.query({}).rows(0, 10);
    expect(grants.map((g) => [g.clientId, g.status, g.firstSeen, g.hiddenScopes, g.appName])).toEqual([
      ['Iv1.abc', 'revocation-started', 7_000, false, null],
      ['S1', 'active', 1, false, null],
    ]);
  });

  it('refuses a hand-broken file’s bad records with the record and the problem named, and writes none of them', async () => {
    const [good] = VERSION_1_FIRST.grants;
    const file = {
      ...VERSION_1_FIRST,
      apps: [{ provider: 'microsoft', name: 'No id', firstSeen: 1, lastSeen: 2 }],
      grants: [
        good,
        { ...good, clientId: 'wrong-types', appName: 'Wrong types', scopes: 'Mail.Read', lastSeen: 'yesterday' },
        { ...good, clientId: 'paused', appName: 'Paused', status: 'paused', risk: 'extreme' },
        { ...good, clientId: undefined, appName: 'No client' },
        { ...good, clientId: 'with-state', appName: 'With state', state: 'STATE-123' },
        {
          ...good,
          clientId: 'with-code',
          appName: 'With code',
          history: [{ time: 1, type: 'grant-recorded', decision: 'allow', scopes: [], code: 'SECRET-AUTH-CODE' }],
        },
        {
          ...good,
          clientId: 'with-url',
          appName: 'With URL',
          redirectHost: 'https://app.example.test/callback?code=SECRET-AUTH-CODE&state=STATE-1',
        },
        { ...good, appName: 'Twice' },
      ],
      events: [
        { ...VERSION_1_FIRST.events[0], id: 'ev-token', access_token: 'ya29.SECRET' },
        { ...VERSION_1_FIRST.events[0], id: 'ev-type', type: 'exploded', decision: 'maybe' },
        'not a record',
      ],
    };
    const summary = await importInventory(db, JSON.stringify(file));
    expect(summary).toMatchObject({ apps: 0, grants: 1, events: 0 });
    expect(summary.refused).toEqual([
      { record: 'apps[0] (No id, microsoft)', notes: ['clientId is missing'] },
      {
        record: 'grants[1] (Wrong types, wrong-types, microsoft)',
        notes: [
          'scopes must be a list, not "Mail.Read"',
          'lastSeen must be a time (milliseconds since 1970), not "yesterday"',
        ],
      },
      {
        record: 'grants[2] (Paused, paused, microsoft)',
        notes: [
          'risk must be one of none, low, medium, high, critical, not "extreme"',
          'status must be one of active, revocation-started, revoked, refused, blocked, not "paused"',
        ],
      },
      { record: 'grants[3] (No client, microsoft)', notes: ['clientId is missing'] },
      {
        record: 'grants[4] (With state, with-state, microsoft)',
        notes: ['state is there: an export never holds a state, code, token, secret or redirect URL'],
      },
      {
        record: 'grants[5] (With code, with-code, microsoft)',
        notes: ['history[0].code is there: an export never holds a state, code, token, secret or redirect URL'],
      },
      {
        record: 'grants[6] (With URL, with-url, microsoft)',
        notes: ['redirectHost holds a URL with a code, token or state in it, which an export never holds'],
      },
      {
        record: 'grants[7] (Twice, bbbbbbbb-2222, microsoft)',
        notes: ['the record is the same grant (app, account and tenant) as grants[0]'],
      },
      {
        record: 'events[0] (ev-token, continued)',
        notes: ['access_token is there: an export never holds a state, code, token, secret or redirect URL'],
      },
      {
        record: 'events[1] (ev-type, exploded)',
        notes: [
          'type must be one of consent-detected, warned, blocked, continued, approval-requested, approval-used, false-alarm-reported, grant-recorded, grant-refused, consent-unfinished, revocation-started, revocation-confirmed, not "exploded"',
          'decision must be one of allow, warn, block, not "maybe"',
        ],
      },
      { record: 'events[2]', notes: ['the record must be an object, not "not a record"'] },
    ]);
    // Only the good grant (and the app it brings) is written; nothing secret reached the database.
    expect(await visible()).toEqual({ list: ['bbbbbbbb-2222'], count: 1, highRisk: 1 });
    expect(await db.apps.count()).toBe(1);
    expect(await db.events.count()).toBe(0);
    const stored = JSON.stringify(await everything());
    for (const secret of ['STATE-', 'SECRET', 'ya29', 'callback']) expect(stored).not.toContain(secret);
  });

  it('a URL carrying a code is refused in any text field, not only the redirect host', async () => {
    const file = {
      ...VERSION_1_FIRST,
      grants: [{ ...VERSION_1_FIRST.grants[0], appName: 'https://app.example.test/cb#access_token=abc' }],
      events: [],
    };
    const summary = await importInventory(db, JSON.stringify(file));
    expect(summary.refused[0]?.notes).toEqual([
      'appName holds a URL with a code, token or state in it, which an export never holds',
    ]);
    expect(await db.grants.count()).toBe(0);
  });

  it('leaves out fields it does not know, and says so', async () => {
    const file = { ...VERSION_1_FIRST, grants: [{ ...VERSION_1_FIRST.grants[0], id: 99, colour: 'blue' }], events: [] };
    const summary = await importInventory(db, JSON.stringify(file));
    expect(summary.completed[0]?.notes).toEqual(['id: unknown field, left out', 'colour: unknown field, left out']);
    const stored = await db.grants.toCollection().first();
    expect(stored).not.toHaveProperty('colour');
    expect(stored?.id).not.toBe(99);
  });

  it('refuses a file that is not an export as a whole, and writes nothing', async () => {
    await store.recordGrant(outcome());
    const before = await everything();
    const refuse = (text: string) => expect(importInventory(db, text)).rejects.toBeInstanceOf(ImportError);
    await refuse('not json');
    await refuse('{"format":"other"}');
    await refuse('[]');
    await expect(importInventory(db, JSON.stringify({ ...VERSION_1_FIRST, version: 3 }))).rejects.toThrow(
      'The file comes from a newer Consent Guard (format version 3); this one reads versions 1 and 2.',
    );
    await expect(importInventory(db, JSON.stringify({ ...VERSION_1_FIRST, version: '1' }))).rejects.toThrow(
      'The file\'s format version "1" is not one this Consent Guard reads (1 and 2).',
    );
    await expect(importInventory(db, JSON.stringify({ ...VERSION_1_FIRST, grants: {} }))).rejects.toThrow(
      'The file\'s "grants" is not a list.',
    );
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

import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../lib/grants/consent-database';
import { withDerivedFields } from '../../../lib/grants/grant-store';
import { DERIVED_GRANT_FIELDS, type GrantRecord } from '../../../lib/grants/grant-types';
import {
  FORMAT_VERSION,
  ImportError,
  INVENTORY_FORMAT,
  readInventory,
  writeInventory,
} from '../../../lib/grants/inventory-format';
import { decisionEvent } from './fixtures';
import { VERSION_1_FIRST, VERSION_1_REPORTING } from './inventory-files';

const read = (file: unknown) => readInventory(JSON.stringify(file));

const GRANT = withDerivedFields({
  id: 3,
  provider: 'microsoft',
  clientId: 'app-1',
  appName: 'Expenses',
  tenant: 'contoso.com',
  account: 'ann@contoso.com',
  scopes: ['Mail.Read'],
  hiddenScopes: false,
  risk: 'high',
  status: 'active',
  firstSeen: 1_000,
  lastSeen: 2_000,
  redirectHost: 'expenses.example.com',
  history: [{ time: 1_000, type: 'grant-recorded', decision: 'warn', scopes: ['Mail.Read'], justification: 'x' }],
});

const EVENT: StoredEvent = { seq: 4, timeMs: 5, ...decisionEvent() };

describe('writing an export', () => {
  it(`writes version ${FORMAT_VERSION}: facts only, no database ids, no derived fields, no field it does not define`, () => {
    const doc = writeInventory(
      {
        apps: [
          {
            key: 'microsoft|app-1',
            provider: 'microsoft',
            clientId: 'app-1',
            name: 'Expenses',
            firstSeen: 1,
            lastSeen: 2,
          },
        ],
        // A field the format does not define never leaves, whatever the database holds.
        grants: [{ ...GRANT, stray: 'x' } as GrantRecord],
        events: [{ ...EVENT, imported: true }],
      },
      10,
    );
    expect(doc).toMatchObject({ format: INVENTORY_FORMAT, version: 2, exportedAt: new Date(10).toISOString() });
    for (const field of [...DERIVED_GRANT_FIELDS, 'id', 'stray']) expect(doc.grants[0]).not.toHaveProperty(field);
    expect(doc.apps[0]).not.toHaveProperty('key');
    for (const field of ['seq', 'timeMs', 'imported']) expect(doc.events[0]).not.toHaveProperty(field);
    expect(doc.grants[0]).toMatchObject({ clientId: 'app-1', scopes: ['Mail.Read'], risk: 'high' });
    expect(doc.grants[0]?.history[0]?.justification).toBe('x');
  });

  it('reads back what it writes, with nothing to complete or refuse', () => {
    const doc = writeInventory({ apps: [], grants: [GRANT], events: [EVENT] }, 10);
    const back = readInventory(JSON.stringify(doc));
    expect(back).toMatchObject({ version: 2, completed: [], refused: [] });
    const { id: _id, ...facts } = GRANT;
    expect(back.grants).toEqual([facts]);
    const { seq: _seq, ...event } = EVENT;
    expect(back.events).toEqual([{ ...event, imported: true }]);
  });
});

describe('reading a file', () => {
  it('reads version 1 as 0.1 wrote it, derived fields and all, marking its events imported', () => {
    const checked = read(VERSION_1_FIRST);
    expect(checked).toMatchObject({ version: 1, completed: [], refused: [] });
    expect(checked.apps.map((a) => a.key)).toEqual(['microsoft|bbbbbbbb-2222', 'microsoft|cccccccc-3333']);
    expect(checked.grants.map((g) => [g.clientId, g.riskRank, g.status])).toEqual([
      ['bbbbbbbb-2222', 4, 'active'],
      ['cccccccc-3333', 0, 'refused'],
    ]);
    expect(checked.events[0]).toMatchObject({ timeMs: 1_000, imported: true });
  });

  it('completes version 1 policy events written before they carried `protection`', () => {
    const checked = read(VERSION_1_REPORTING);
    expect(checked.refused).toEqual([]);
    expect(checked.completed).toEqual([
      {
        record: 'events[1] (0b6d8a52-0000-4000-8000-000000000002, policy-applied)',
        notes: ['policy.protection missing: not known (null)'],
      },
    ]);
    expect(checked.events[1]).toMatchObject({ imported: true, policy: { protection: null, rulesNotInstalled: 0 } });
  });

  it('derives an active critical grant’s missing riskRank and search fields, and says so', () => {
    const {
      riskRank: _rank,
      appNameLower: _name,
      scopesLower: _scopes,
      ...grant
    } = VERSION_1_FIRST.grants[0] as Record<string, unknown>;
    const checked = read({ ...VERSION_1_FIRST, grants: [grant] });
    expect(checked.refused).toEqual([]);
    expect(checked.completed).toEqual([
      {
        record: 'grants[0] (bbbbbbbb-2222, microsoft)',
        notes: [
          'appNameLower missing: derived from the name ("bbbbbbbb-2222")',
          'scopesLower missing: derived from the scopes (["mail.read","offline_access"])',
          'riskRank missing: derived from the risk (4)',
        ],
      },
    ]);
    expect(checked.grants[0]).toMatchObject({
      riskRank: 4,
      appNameLower: 'bbbbbbbb-2222',
      scopesLower: ['mail.read', 'offline_access'],
    });
  });

  it('recomputes keys, rank and search fields that disagree with the facts, with the store’s own functions', () => {
    const [grant] = VERSION_1_FIRST.grants;
    const checked = read({
      ...VERSION_1_FIRST,
      grants: [{ ...grant, key: 'tampered', appKey: 'google|x', riskRank: 0, appNameLower: 'zzz' }],
    });
    expect(checked.completed[0]?.notes).toEqual([
      'key "tampered" did not match provider, client id, account and tenant: recomputed as "microsoft|bbbbbbbb-2222|ann@contoso.com|"',
      'appKey "google|x" did not match provider and client id: recomputed as "microsoft|bbbbbbbb-2222"',
      'appNameLower "zzz" did not match the name: recomputed as "bbbbbbbb-2222"',
      'riskRank 0 did not match the risk: recomputed as 4',
    ]);
    expect(checked.grants[0]).toMatchObject({
      key: 'microsoft|bbbbbbbb-2222|ann@contoso.com|',
      appKey: 'microsoft|bbbbbbbb-2222',
      riskRank: 4,
      risk: 'critical',
    });
  });

  it('fills in what a file leaves out: status from the history, first seen, names, flags', () => {
    const checked = read({
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
    });
    expect(checked.refused).toEqual([]);
    expect(checked.completed.map((c) => c.record)).toEqual(['grants[0] (Iv1.abc, github)', 'grants[1] (S1, slack)']);
    expect(checked.completed[0]?.notes).toContain('status missing: from its history (active when it says nothing)');
    expect(checked.grants.map((g) => [g.clientId, g.status, g.firstSeen, g.hiddenScopes, g.appName])).toEqual([
      ['Iv1.abc', 'revocation-started', 7_000, false, null],
      ['S1', 'active', 1, false, null],
    ]);
  });

  it('refuses a hand-broken file’s bad records, each with the record and the problem named', () => {
    const [good] = VERSION_1_FIRST.grants;
    const checked = read({
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
    });
    expect([checked.apps.length, checked.grants.length, checked.events.length]).toEqual([0, 1, 0]);
    expect(checked.refused).toEqual([
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
    // The problems name the field, never repeat the secret.
    const said = JSON.stringify(checked.refused);
    for (const secret of ['STATE-123', 'SECRET-AUTH-CODE', 'ya29']) expect(said).not.toContain(secret);
  });

  it('refuses a URL carrying a code in any text field, not only the redirect host', () => {
    const checked = read({
      ...VERSION_1_FIRST,
      grants: [{ ...VERSION_1_FIRST.grants[0], appName: 'https://app.example.test/cb#access_token=abc' }],
      events: [],
    });
    expect(checked.refused[0]?.notes).toEqual([
      'appName holds a URL with a code, token or state in it, which an export never holds',
    ]);
    expect(checked.grants).toEqual([]);
  });

  it('leaves out fields it does not know, and says so', () => {
    const checked = read({
      ...VERSION_1_FIRST,
      grants: [{ ...VERSION_1_FIRST.grants[0], id: 99, colour: 'blue' }],
      events: [],
    });
    expect(checked.completed[0]?.notes).toEqual(['id: unknown field, left out', 'colour: unknown field, left out']);
    expect(checked.grants[0]).not.toHaveProperty('colour');
    expect(checked.grants[0]?.id).toBeUndefined();
  });

  it('refuses a file that is not an export as a whole, saying why', () => {
    const refusal = (text: string) => {
      try {
        readInventory(text);
      } catch (error) {
        expect(error).toBeInstanceOf(ImportError);
        return (error as Error).message;
      }
      throw new Error(`read: ${text}`);
    };
    expect(refusal('not json')).toBe('The file is not JSON.');
    expect(refusal('{"format":"other"}')).toBe('The file is not a Consent Guard export.');
    expect(refusal('[]')).toBe('The file is not a Consent Guard export.');
    expect(refusal(JSON.stringify({ ...VERSION_1_FIRST, version: 3 }))).toBe(
      'The file comes from a newer Consent Guard (format version 3); this one reads versions 1 and 2.',
    );
    expect(refusal(JSON.stringify({ ...VERSION_1_FIRST, version: '1' }))).toBe(
      'The file\'s format version "1" is not one this Consent Guard reads (1 and 2).',
    );
    expect(refusal(JSON.stringify({ ...VERSION_1_FIRST, grants: {} }))).toBe('The file\'s "grants" is not a list.');
  });
});

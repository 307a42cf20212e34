import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../lib/events/consent-event';
import { ConsentDatabase } from '../../../lib/grants/consent-database';
import { GrantStore } from '../../../lib/grants/grant-store';
import { decisionEvent, outcome } from './fixtures';

let db: ConsentDatabase;
let store: GrantStore;
let n = 0;

beforeEach(async () => {
  db = new ConsentDatabase(`test-${++n}`);
  await db.open();
  store = new GrantStore(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('grant store', () => {
  it('records a grant, then unions scopes over time and keeps the history', async () => {
    await store.recordGrant(outcome());
    const second = await store.recordGrant(
      outcome({
        scopes: ['Mail.Read', 'user.read'],
        risk: 'high',
        time: 2_000,
        decision: 'warn',
        justification: 'project',
      }),
    );
    expect(second.scopes).toEqual(['User.Read', 'Mail.Read']);
    expect(second).toMatchObject({ status: 'active', risk: 'high', firstSeen: 1_000, lastSeen: 2_000 });
    expect(second.history.map((h) => h.type)).toEqual(['grant-recorded', 'grant-recorded']);
    expect(second.history[1]?.justification).toBe('project');
    expect(await db.grants.count()).toBe(1);
    expect(await db.apps.get('microsoft|app-1')).toMatchObject({ name: 'Expenses', firstSeen: 1_000, lastSeen: 2_000 });
  });

  it('counts the events of one type (the options page’s false alarms)', async () => {
    const event = (id: string, type: 'false-alarm-reported' | 'warned'): ConsentEvent => {
      const { justification: _none, ...recorded } = decisionEvent({ id, type, time: new Date(1_000).toISOString() });
      return recorded;
    };
    expect(await store.countEvents('false-alarm-reported')).toBe(0);
    await store.addEvent({ ...event('e1', 'false-alarm-reported'), comment: 'we use it' });
    await store.addEvent(event('e2', 'warned'));
    await store.addEvent(event('e3', 'false-alarm-reported'));
    expect(await store.countEvents('false-alarm-reported')).toBe(2);
  });

  it('keeps one grant per app and account', async () => {
    await store.recordGrant(outcome());
    await store.recordGrant(outcome({ account: 'bob@contoso.com' }));
    expect(await db.grants.count()).toBe(2);
  });

  it('a refusal does not undo an earlier grant; alone it shows as refused', async () => {
    await store.recordGrant(outcome());
    expect((await store.recordRefusal(outcome({ scopes: ['Mail.Read'], time: 2_000 }))).status).toBe('active');
    const refused = await store.recordRefusal(outcome({ clientId: 'app-2' }));
    expect(refused).toMatchObject({ status: 'refused', scopes: ['User.Read'] });
  });

  it('revocation: started, confirmed, and a grant used again reappears as active', async () => {
    const grant = await store.recordGrant(outcome());
    expect((await store.markRevocationStarted(grant.id as number, 2_000))?.status).toBe('revocation-started');
    expect((await store.confirmRevoked(grant.id as number, 3_000))?.status).toBe('revoked');
    expect((await store.recordGrant(outcome({ time: 4_000 }))).status).toBe('active');
  });

  it('lists most risky and most recent first, with search and filters', async () => {
    await store.recordGrant(outcome({ clientId: 'a', appName: 'Alpha', risk: 'low', time: 5 }));
    await store.recordGrant(outcome({ clientId: 'b', appName: 'Beta', risk: 'high', scopes: ['Mail.Read'], time: 1 }));
    await store.recordGrant(
      outcome({
        clientId: 'c',
        appName: 'Gamma',
        risk: 'high',
        scopes: ['Files.Read.All'],
        time: 9,
        provider: 'google',
      }),
    );
    await store.recordRefusal(outcome({ clientId: 'd', appName: 'Delta', risk: 'critical', time: 3 }));
    const names = async (filters = {}) => (await store.query(filters).rows(0, 10)).map((g) => g.appName);
    expect(await names()).toEqual(['Delta', 'Gamma', 'Beta', 'Alpha']);
    expect(await names({ search: 'mail.read' })).toEqual(['Beta']);
    expect(await names({ search: 'gam' })).toEqual(['Gamma']);
    expect(await names({ provider: 'google' })).toEqual(['Gamma']);
    expect(await names({ risk: 'high' })).toEqual(['Gamma', 'Beta']);
    expect(await names({ status: 'refused' })).toEqual(['Delta']);
    expect(await store.query({ status: 'active' }).count()).toBe(3);
    expect(await store.countActiveHighRisk()).toBe(2);
    expect((await store.query({}).rows(1, 2)).map((g) => g.appName)).toEqual(['Gamma', 'Beta']);
  });

  it('retention drops old events and grants that give nothing, never an active grant', async () => {
    const day = 86_400_000;
    await store.recordGrant(outcome({ clientId: 'old-active', time: 0 }));
    await store.recordRefusal(outcome({ clientId: 'old-refused', time: 0 }));
    await store.recordRefusal(outcome({ clientId: 'new-refused', time: 100 * day }));
    await store.addEvent({
      id: 'e1',
      time: new Date(0).toISOString(),
      type: 'warned',
      provider: 'microsoft',
      kind: 'authorize',
      clientId: 'x',
      appName: null,
      scopes: [],
      risk: 'high',
      decision: 'warn',
      reasons: [],
      tenant: null,
      redirectHost: null,
    });
    const dropped = await store.applyRetention(30, 101 * day);
    expect(dropped).toEqual({ events: 1, grants: 1 });
    expect((await db.grants.toArray()).map((g) => g.clientId).sort()).toEqual(['new-refused', 'old-active']);
  });
});

import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateLegacyEventLog } from '../../../lib/browser/grant-adapters';
import { ConsentDatabase } from '../../../lib/grants/consent-database';
import { GrantStore } from '../../../lib/grants/grant-store';
import { decisionEvent } from '../grants/fixtures';

/** A warning as version 0.1 logged it (no justification: nobody continued). */
const event = (id: string) => {
  const { justification: _none, ...logged } = decisionEvent({
    id,
    type: 'warned',
    clientId: 'app',
    time: new Date(1000).toISOString(),
  });
  return logged;
};

describe('the event log of version 0.1 (local storage)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('moves into the database once, without duplicates, and is then removed', async () => {
    const db = new ConsentDatabase('legacy-log');
    const store = new GrantStore(db);
    await store.addEvent(event('already-there') as never);
    await fakeBrowser.storage.local.set({ eventLog: [event('e1'), event('e2'), event('already-there')] });
    expect(await migrateLegacyEventLog(store)).toBe(3);
    expect((await db.events.toArray()).map((e) => e.id).sort()).toEqual(['already-there', 'e1', 'e2']);
    expect(await fakeBrowser.storage.local.get('eventLog')).toEqual({});
    expect(await migrateLegacyEventLog(store)).toBe(0);
    db.close();
    await db.delete();
  });
});

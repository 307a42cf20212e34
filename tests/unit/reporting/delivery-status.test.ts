import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../lib/events/consent-event';
import { ConsentDatabase } from '../../../lib/grants/consent-database';
import { GrantStore } from '../../../lib/grants/grant-store';
import { DELIVERY_STATE_KEY, initialDeliveryState } from '../../../lib/reporting/delivery-state';
import { displayEndpoint, readReportingStatus } from '../../../lib/reporting/delivery-status';
import { policyFrom } from '../policy/helpers';

let db: ConsentDatabase;
let n = 0;
beforeEach(async () => {
  db = new ConsentDatabase(`status-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const event = (id: string, type: ConsentEvent['type']): ConsentEvent => ({
  id,
  time: new Date(1_000).toISOString(),
  type,
  provider: 'microsoft',
  kind: 'authorize',
  clientId: 'app',
  appName: null,
  scopes: [],
  risk: 'high',
  decision: 'warn',
  reasons: [],
  tenant: null,
  redirectHost: null,
});

describe('where reporting stands, for the options page', () => {
  it('shows the collector without its query, which may hold a token', () => {
    expect(displayEndpoint('https://siem.example.com/in?token=SECRET#x')).toBe('https://siem.example.com/in');
    expect(displayEndpoint('not a url')).toBe('');
  });

  it('is off without an endpoint', async () => {
    expect(await readReportingStatus(db, policyFrom({}))).toEqual({
      endpoint: null,
      format: 'json',
      state: null,
      queued: null,
    });
  });

  it('counts the events still to send, of the types the policy wants, after the cursor', async () => {
    const policy = policyFrom({
      reporting: { endpoint: 'https://siem.example.com/in?token=SECRET', events: ['warned'] },
    });
    expect(await readReportingStatus(db, policy)).toMatchObject({
      endpoint: 'https://siem.example.com/in',
      state: null,
      queued: null,
    });
    const store = new GrantStore(db);
    for (const [id, type] of [
      ['e1', 'warned'],
      ['e2', 'warned'],
      ['e3', 'continued'],
      ['e4', 'warned'],
    ] as const)
      await store.addEvent(event(id, type));
    await db.meta.put({ key: DELIVERY_STATE_KEY, value: { ...initialDeliveryState(1), sent: 1 } });
    const status = await readReportingStatus(db, policy);
    expect(status.queued).toBe(2);
    expect(status.state).toMatchObject({ cursor: 1, sent: 1 });
    expect(JSON.stringify(status)).not.toContain('SECRET');
  });
});

import type { ConsentEvent } from '../../../lib/events/consent-event';
import type { ConsentOutcome } from '../../../lib/grants/grant-store';

/** A consent flow's end, as the tracker hands it to the store: the one builder the inventory's tests share. */
export const outcome = (overrides: Partial<ConsentOutcome> = {}): ConsentOutcome => ({
  provider: 'microsoft',
  clientId: 'app-1',
  appName: 'Expenses',
  tenant: 'contoso.com',
  account: 'ann@contoso.com',
  scopes: ['User.Read'],
  hiddenScopes: false,
  risk: 'none',
  redirectHost: 'expenses.example.com',
  decision: 'allow',
  time: 1_000,
  ...overrides,
});

/** A recorded decision (a person continued past a warning, by default): the one event builder these tests share. */
export const decisionEvent = (overrides: Partial<ConsentEvent> = {}): ConsentEvent => ({
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

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

import { readFileSync } from 'node:fs';
import type { ConsentOutcome } from '../../../../lib/grants/grant-store';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

/** The English texts of the extension, as `browser.i18n` would give them. */
export const t = (key: string, sub?: string | string[]) =>
  (en[key]?.message ?? key).replace(/\$[A-Z]+\$/, String(sub ?? ''));

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

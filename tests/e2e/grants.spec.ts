import type { BrowserContext, Page } from '@playwright/test';
import { seedGrants } from '../../scripts/seed-grants';
import { readDatabaseStore } from './extension-database';
import { expect, test } from './extension-fixture';
import { enc, fakeConsentFlow } from './fake-providers';

const request = (clientId: string, scope: string, extra = '') =>
  `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&redirect_uri=${enc('https://app.example.test/callback')}&scope=${enc(scope)}&state=STATE-${clientId}${extra}&login_hint=${enc('ann@contoso.com')}`;

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

test('a consent flow creates a grant that the popup shows; a refusal shows as refused; Revoke opens the provider page', async ({
  context,
  extensionId,
}) => {
  await fakeConsentFlow(context);
  const empty = await openPopup(context, extensionId);
  await expect(empty.getByTestId('empty')).toContainText('No app recorded yet');
  await empty.close();

  // A sign-in-only request passes, the person accepts, the provider answers with a code.
  const page = await context.newPage();
  await page.goto(request('aaaaaaaa-1111-4111-8111-111111111111', 'openid profile User.Read'));
  await page.locator('#accept').click();
  await expect(page.getByRole('heading', { name: 'App signed in' })).toBeVisible();

  // A risky request: warned, continued, accepted.
  await page.goto(request('bbbbbbbb-2222-4222-8222-222222222222', 'Mail.Read offline_access')).catch(() => undefined);
  await page.getByRole('button', { name: 'Continue anyway' }).click();
  await page.locator('#accept').click();
  await expect(page.getByRole('heading', { name: 'App signed in' })).toBeVisible();

  // A refusal (the provider redirects with error=access_denied).
  await page.goto(request('cccccccc-3333-4333-8333-333333333333', 'openid', '&prompt=decline')).catch(() => undefined);
  await expect(page.getByRole('heading', { name: 'App signed in' })).toBeVisible();

  // The toolbar badge counts active high-risk grants: the mail app.
  const worker = context.serviceWorkers()[0];
  await expect.poll(() => worker?.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

  const popup = await openPopup(context, extensionId);
  await expect(popup.getByRole('status')).toHaveText('3 apps');
  const rows = popup.locator('[data-grant]');
  await expect(rows).toHaveCount(3);
  // Most risky first.
  await expect(rows.first()).toHaveAttribute('data-grant', 'bbbbbbbb-2222-4222-8222-222222222222');
  await expect(popup.locator('[data-grant="cccccccc-3333-4333-8333-333333333333"]')).toHaveAttribute(
    'data-status',
    'refused',
  );
  await expect(popup.locator('[data-grant="aaaaaaaa-1111-4111-8111-111111111111"]')).toHaveAttribute(
    'data-status',
    'active',
  );

  await rows.first().click();
  await expect(popup.locator('[data-scope="Mail.Read"]')).toContainText('Read all your e-mail.');
  await expect(popup.getByText('after a warning')).toBeVisible();
  const [provider] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Revoke at Microsoft' }).click(),
  ]);
  await expect(provider).toHaveURL('https://myapplications.microsoft.com/');
  await expect(popup.getByTestId('grant-status')).toHaveText('Revocation started');
  await popup.getByRole('button', { name: 'I have revoked it' }).click();
  await expect(popup.getByTestId('grant-status')).toHaveText('Revoked');

  // Nothing secret was stored: no code, no state value, no redirect URL.
  const stored = JSON.stringify(
    await Promise.all([
      readDatabaseStore(popup, 'grants'),
      readDatabaseStore(popup, 'events'),
      readDatabaseStore(popup, 'apps'),
    ]),
  );
  expect(stored).toContain('bbbbbbbb-2222-4222-8222-222222222222');
  expect(stored).not.toContain('SECRET-AUTH-CODE-123');
  expect(stored).not.toContain('STATE-');
  expect(stored).not.toContain('https://app.example.test/callback');
});

test('search and filters narrow the list', async ({ context, extensionId }) => {
  await fakeConsentFlow(context);
  const page = await context.newPage();
  for (const [id, scope, warned] of [
    ['11111111-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'openid User.Read', false],
    ['22222222-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'Files.Read.All', true],
    ['33333333-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'Contacts.Read', false],
  ] as const) {
    await page.goto(request(id, scope)).catch(() => undefined);
    if (warned) await page.getByRole('button', { name: 'Continue anyway' }).click();
    await page.locator('#accept').click();
    await expect(page.getByRole('heading', { name: 'App signed in' })).toBeVisible();
  }
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('[data-grant]')).toHaveCount(3);
  await popup.getByRole('searchbox').fill('files.read');
  await expect(popup.locator('[data-grant]')).toHaveCount(1);
  await expect(popup.locator('[data-grant]')).toHaveAttribute('data-grant', '22222222-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
  await popup.getByRole('searchbox').fill('');
  await popup.getByLabel('Risk').selectOption('medium');
  await expect(popup.locator('[data-grant]')).toHaveCount(1);
  await expect(popup.locator('[data-grant]')).toHaveAttribute('data-grant', '33333333-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
  await popup.getByLabel('Risk').selectOption('');
  await popup.getByLabel('Provider').selectOption('google');
  await expect(popup.getByRole('status')).toHaveText('No app matches.');
});

test('10,000 grants render and scroll', async ({ context, extensionId }) => {
  const popup = await openPopup(context, extensionId);
  await seedGrants(popup, 10_000);
  await popup.reload();
  await expect(popup.getByRole('status')).toHaveText('10000 apps');
  const list = popup.locator('.grant-list');
  // Only the rows in view are in the page, not ten thousand.
  expect(await popup.locator('[data-grant]').count()).toBeLessThan(40);
  await expect(popup.locator('[data-grant]').first()).toContainText('Seeded app');
  // Critical first.
  await expect(popup.locator('li.grant-slot').first().locator('.badge')).toHaveText('Critical risk');
  // Scroll to the end: the last rows load and show.
  await list.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(popup.locator('li.grant-slot:last-child [data-grant]')).toBeVisible();
  await expect(popup.locator('li.grant-slot:last-child .badge')).toHaveText('No risk');
  // Search still answers over the whole inventory.
  await popup.getByRole('searchbox').fill('seeded app 9999');
  await expect(popup.locator('[data-grant]')).toHaveCount(1);
});

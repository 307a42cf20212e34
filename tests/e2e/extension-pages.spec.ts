import { expect, test } from './extension-fixture';
import { enc, fakeApp, msRequest } from './fake-providers';

test('the extension loads and its service worker starts', async ({ extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

test('the demo page lists sample consent links with what the guard makes of them', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Consent Guard demo');
  const rows = page.locator('tr[data-sample]');
  await expect(rows).toHaveCount(15);

  const signIn = page.locator('tr[data-sample="microsoft-sign-in"]');
  await expect(signIn.locator('[data-decision]')).toHaveAttribute('data-decision', 'allow');
  await expect(signIn).toContainText('No risk');

  const mail = page.locator('tr[data-sample="microsoft-mail"]');
  await expect(mail.locator('[data-decision]')).toHaveAttribute('data-decision', 'warn');
  await expect(mail).toContainText('Critical risk');
  await expect(mail).toContainText('Mail.Send');
  await expect(mail.getByRole('link')).toHaveAttribute('href', /^https:\/\/login\.microsoftonline\.com\//);

  await expect(page.locator('tr[data-sample="github-repo"] [data-decision]')).toHaveAttribute('data-decision', 'warn');
  await expect(page.locator('tr[data-sample="google-device-code"] [data-decision]')).toHaveAttribute(
    'data-decision',
    'warn',
  );
});

test('the popup explains what will appear there and that the list stays on the device', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apps with access to your accounts');
  await expect(page.getByText(/No app recorded yet/)).toBeVisible();
  await expect(page.getByText(/stays on this device/)).toBeVisible();
});

test('the options page shows the default policy, and local settings only tighten it', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Consent Guard settings');
  await expect(page.getByRole('status').first()).toContainText('built-in protective default');
  const mode = page.locator('tr[data-key="mode"]');
  await expect(mode).toHaveAttribute('data-source', 'default');
  // The policy in words (lib/policy/policy-words.ts).
  await expect(mode.locator('td').first()).toHaveText('warn (warn and block as the rules say)');

  await page.getByLabel('Protection mode').selectOption('enforce');
  await expect(mode.locator('td').first()).toHaveText('enforce (block whatever would be warned)');
  await expect(mode).toHaveAttribute('data-source', 'local');

  // Looser than the policy: no effect.
  await page.getByLabel('Warn from risk level').selectOption('critical');
  await expect(page.locator('tr[data-key="warnAtRisk"] td').first()).toHaveText('High risk or higher');
  await page.getByLabel('Warn from risk level').selectOption('medium');
  await expect(page.locator('tr[data-key="warnAtRisk"] td').first()).toHaveText('Medium risk or higher');
  await expect(page.locator('tr[data-key="warnAtRisk"]')).toHaveAttribute('data-source', 'local');
});

test('the demo links show the guard at work: a risky sample is warned', async ({ context, extensionId }) => {
  await context.route(/^https:\/\/login\.microsoftonline\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1 id="fake-provider">Fake</h1>' }),
  );
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  await page.locator('tr[data-sample="microsoft-mail"]').getByRole('link').click();
  await expect(page).toHaveURL(/warning\.html#warn:/);
  await expect(page.locator('[data-scope="Mail.Send"]')).toBeVisible();
});

test('a web page cannot frame the warning page (no click-jacking of Continue)', async ({ context, extensionId }) => {
  const warning = `chrome-extension://${extensionId}/warning.html#warn:${enc(msRequest('Mail.ReadWrite'))}`;
  // The same page opened directly shows the warning: the framed copy must not.
  const direct = await context.newPage();
  await direct.goto(warning);
  await expect(direct.getByRole('heading', { level: 1 })).toBeVisible();

  const url = await fakeApp(context, `<iframe id="trap" src="${warning}" width="800" height="600"></iframe>`);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('load');
  const framed = page.frameLocator('#trap');
  await expect(framed.getByRole('button', { name: 'Continue anyway' })).toHaveCount(0);
  await expect(framed.getByRole('heading', { level: 1 })).toHaveCount(0);
});

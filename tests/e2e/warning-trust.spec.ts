import { readDatabaseStore } from './extension-database';
import { expect, test } from './extension-fixture';
import { enc, fakeApp, fakeProviders, msRequest, visit } from './fake-providers';

/**
 * The warning page is web-accessible (declarativeNetRequest redirects need
 * it), so any web page can open it with a request of its choosing, to make a
 * lure look "checked by Consent Guard". It shows a request, and offers its
 * buttons, only when the guard itself stopped that request in that tab.
 */
const WARNING = /^chrome-extension:\/\/[a-p]{32}\/warning\.html#/;
const RISKY = msRequest(
  'https://graph.microsoft.com/Mail.Read offline_access',
  undefined,
  '&login_hint=ceo%40contoso.com',
);

test('a warning page opened by anyone but the guard shows nothing of the request; a real warning does', async ({
  context,
  extensionId,
}) => {
  await fakeProviders(context);
  const forged = `chrome-extension://${extensionId}/warning.html#warn:${enc(RISKY)}`;
  const expectNothing = async (page: import('@playwright/test').Page) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Consent Guard did not stop anything here');
    await expect(page.getByRole('button')).toHaveText(['Go back']);
    await expect(page.locator('[data-scope]')).toHaveCount(0);
    await expect(page.getByTestId('client-id')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('ceo@contoso.com');
    await expect(page.locator('body')).not.toContainText('Microsoft');
  };

  // Opened directly (a link, a bookmark, an address typed).
  const direct = await context.newPage();
  await direct.goto(forged);
  await expectNothing(direct);

  // Opened by a web page, as a lure would, and as a rule's redirect it never was.
  const lure = await fakeApp(
    context,
    `<button id="w" onclick="window.open('${forged}')">Checked by Consent Guard</button>
     <button id="d" onclick="window.open('chrome-extension://${extensionId}/warning.html#dnr:${RISKY}')">Rule</button>`,
  );
  const page = await context.newPage();
  await page.goto(lure);
  for (const button of ['Checked by Consent Guard', 'Rule']) {
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: button }).click(),
    ]);
    await expectNothing(popup);
    await popup.close();
  }

  // The guard's own warning for the same request, in a tab of its own: details and buttons.
  const real = await context.newPage();
  await visit(real, RISKY);
  await expect(real).toHaveURL(WARNING);
  await expect(real.getByRole('heading', { level: 1 })).toHaveText('Check before you give this app access');
  await expect(real.locator('[data-scope="Mail.Read"]')).toBeVisible();
  await expect(real.getByTestId('client-id')).toHaveText('11111111-2222-4333-8444-555555555555');
  await expect(real.getByRole('button', { name: 'Continue anyway' })).toBeVisible();
  // The account is what the link says, not a fact.
  await expect(real.getByTestId('account')).toHaveText('ceo@contoso.com');
  await expect(real.locator('dt', { hasText: 'The link says it is for' })).toBeVisible();

  // That warning was for that tab: the forged copy elsewhere still shows nothing.
  await direct.reload();
  await expectNothing(direct);
});

test('"This is a mistake" records a false alarm with the comment, counted on the options page', async ({
  context,
  extensionId,
}) => {
  await fakeProviders(context);
  const page = await context.newPage();
  await visit(page, msRequest('Mail.ReadWrite'));
  await expect(page).toHaveURL(WARNING);
  await page.getByRole('button', { name: 'This is a mistake' }).click();
  await page.getByRole('textbox', { name: /What is wrong with this warning/ }).fill('We use this app for payroll');
  await page.getByRole('button', { name: 'Send to my IT team' }).click();
  await expect(page.getByText('Thank you: your IT team will see this.')).toBeVisible();

  const reported = async () =>
    (await readDatabaseStore(page, 'events')).filter((event) => event.type === 'false-alarm-reported');
  await expect.poll(async () => (await reported()).length).toBe(1);
  const [event] = await reported();
  expect(event).toMatchObject({
    comment: 'We use this app for payroll',
    provider: 'microsoft',
    clientId: '11111111-2222-4333-8444-555555555555',
    scopes: ['Mail.ReadWrite'],
    decision: 'warn',
    redirectHost: 'app.example.test',
  });
  const stored = JSON.stringify(event);
  for (const secret of ['s3cr3t-state', '/callback', 'https://app.example.test']) expect(stored).not.toContain(secret);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('false-alarms')).toHaveText('False alarms reported: 1');
});

test('a request a rule blocks is shown in full, and can be reported as a mistake too', async ({
  context,
  extensionId,
}) => {
  await fakeProviders(context);
  const worker = context.serviceWorkers()[0];
  // The person's own setting: enforce (block what would be warned). It becomes rules within a second.
  await worker?.evaluate(() => chrome.storage.local.set({ localSettings: { mode: 'enforce' } }));
  await expect
    .poll(() => worker?.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);

  const page = await context.newPage();
  await visit(page, msRequest('Files.ReadWrite.All'));
  await expect(page).toHaveURL(/warning\.html#dnr:/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This app's access request is blocked");
  await expect(page.locator('[data-scope="Files.ReadWrite.All"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue anyway' })).toHaveCount(0);
  await page.getByRole('button', { name: 'This is a mistake' }).click();
  await page.getByRole('button', { name: 'Send to my IT team' }).click();
  await expect(page.getByText('Thank you: your IT team will see this.')).toBeVisible();
  await expect
    .poll(async () => (await readDatabaseStore(page, 'events')).find((e) => e.type === 'false-alarm-reported'))
    .toMatchObject({ decision: 'block', scopes: ['Files.ReadWrite.All'] });
  expect(extensionId).toBeTruthy();
});

test('the answer guard page names the host and offers only Go back; a sentence in its place shows nothing', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/warning.html#answer:127.0.0.1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A sign-in code was stopped');
  await expect(page.getByText(/meant for a program on this computer \(127\.0\.0\.1\) was not delivered/)).toBeVisible();
  await expect(page.getByText(/Never copy the address of that page/)).toBeVisible();
  await expect(page.getByRole('button')).toHaveText(['Go back']);

  await page.goto(`chrome-extension://${extensionId}/warning.html#answer:${enc('Call +1 800 555 0100 to unlock')}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Consent Guard did not stop anything here');
  await expect(page.locator('body')).not.toContainText('555');
});

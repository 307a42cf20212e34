import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './extension-fixture';
import { enc, fakeApp, fakeConsentFlow, fakeProviders, MS_AUTHORIZE, msRequest, visit } from './fake-providers';
import { serviceWorkerLure } from './service-worker-lure';

/**
 * A work day, as the guard must see it: sign-ins to the provider's own apps,
 * silent renewals in hidden frames, command-line sign-ins and apps already
 * approved pass untouched; a lure behind a page's service worker, a ConsentFix
 * page and a code left on a dead loopback port do not.
 */
const WARNING = /^chrome-extension:\/\/[a-p]{32}\/warning\.html#/;
const OUTLOOK_WEB = `${MS_AUTHORIZE}?client_id=9199bf20-a13f-4107-85dc-02114787ef48&scope=${enc('https://outlook.office.com/.default openid profile offline_access')}&redirect_uri=${enc('https://outlook.office.com/mail/')}&response_type=code&response_mode=fragment&state=s&nonce=n`;
const AZURE_PORTAL = `${MS_AUTHORIZE}?client_id=c44b4083-3bb0-49c1-b47d-974e53cbdf3c&scope=${enc('https://management.core.windows.net//user_impersonation openid profile offline_access')}&redirect_uri=${enc('https://portal.azure.com/signin/index/')}&response_type=code&state=s`;
const azureCli = (redirect: string) =>
  `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=${enc(redirect)}&scope=${enc('https://management.core.windows.net//.default offline_access openid profile')}&state=s&code_challenge=c&code_challenge_method=S256`;

test('first-party sign-ins and silent renewals in hidden frames pass untouched', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy();
  const hits = await fakeProviders(context);
  const page = await context.newPage();
  for (const url of [OUTLOOK_WEB, AZURE_PORTAL]) {
    await visit(page, url);
    await expect(page.locator('#fake-provider')).toBeVisible();
    expect(page.url()).toBe(url);
  }
  // A web app renewing a mail token in a hidden frame, and a frame asking without prompt=none:
  // neither can show a consent screen, and neither may take the tab to the warning page.
  const silent = msRequest('Mail.Read offline_access', undefined, '&prompt=none');
  const framed = msRequest('Files.ReadWrite.All offline_access', '22222222-2222-4333-8444-555555555555');
  const app = await fakeApp(
    context,
    `<h1 id="app">Mail app</h1><iframe id="renew" style="display:none" src="${silent}"></iframe><iframe src="${framed}"></iframe>`,
  );
  await visit(page, app);
  await expect(page.locator('#app')).toBeVisible();
  await expect.poll(() => hits.count((u) => u.searchParams.get('prompt') === 'none')).toBe(1);
  await expect.poll(() => hits.count((u) => u.searchParams.get('client_id')?.startsWith('2222') === true)).toBe(1);
  await page.waitForTimeout(500);
  expect(page.url()).toBe(app);
});

test('an approved app signs in again quietly, and asking for more is warned with only what is new', async ({
  context,
  extensionId,
}) => {
  expect(extensionId).toBeTruthy();
  await fakeConsentFlow(context);
  const page = await context.newPage();
  const app = '55555555-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
  const ask = (scope: string, state: string) =>
    `${MS_AUTHORIZE}?client_id=${app}&response_type=code&redirect_uri=${enc('https://app.example.test/callback')}&scope=${enc(scope)}&state=${state}`;

  // Day one: warned, continued, granted.
  await visit(page, ask('openid Mail.Read offline_access', 'day-one'));
  await expect(page).toHaveURL(WARNING);
  await page.getByRole('button', { name: 'Continue anyway' }).click();
  await page.locator('#accept').click();
  await expect(page.getByRole('heading', { name: 'App signed in' })).toBeVisible();

  // Day two: the same app, the same scopes: straight to the provider.
  await expect
    .poll(async () => {
      await visit(page, ask('openid Mail.Read offline_access', `day-two-${Date.now()}`));
      return page.url();
    })
    .toMatch(/^https:\/\/login\.microsoftonline\.com\//);
  await expect(page.locator('#accept')).toBeVisible();

  // It now asks for the calendar too: warned, and the page lists only what is new.
  await visit(page, ask('openid Mail.Read Calendars.ReadWrite offline_access', 'more'));
  await expect(page).toHaveURL(WARNING);
  await expect(page.locator('[data-scope="Calendars.ReadWrite"]')).toBeVisible();
  await expect(page.locator('[data-scope="Mail.Read"]')).toHaveCount(0);
});

test('a lure behind a page’s service worker redirect is warned, and Go back returns to the page before it', async ({
  context,
  extensionId,
}) => {
  expect(extensionId).toBeTruthy();
  await fakeProviders(context);
  const lure = await serviceWorkerLure(msRequest('Mail.ReadWrite Mail.Send offline_access'));
  try {
    const page = await context.newPage();
    await page.goto(lure.origin);
    await expect(page.locator('body[data-ready="1"]')).toBeAttached();
    await page.locator('#go').click();
    await expect(page).toHaveURL(WARNING);
    await expect(page.locator('[data-scope="Mail.Send"]')).toBeVisible();
    // The provider's page committed before the warning replaced it: Go back skips it rather than warn again.
    await page.getByRole('button', { name: 'Go back' }).click();
    await expect(page).toHaveURL(lure.origin);
  } finally {
    lure.server.close();
  }
});

test('ConsentFix: warned from a web page, quiet from the command line, and the code never left on a dead loopback port', async ({
  context,
  extensionId,
}) => {
  expect(extensionId).toBeTruthy();
  const hits = await fakeProviders(context);
  const page = await context.newPage();
  // A web page links to Azure CLI's sign-in with a loopback redirect: the lure.
  const lureUrl = azureCli('http://localhost:53123');
  const app = await fakeApp(context, `<a id="fix" href="${lureUrl}">Verify you are human</a>`);
  await visit(page, app);
  await page.locator('#fix').click();
  await expect(page).toHaveURL(WARNING);

  // The same sign-in handed to the browser from outside (as `az login` does): untouched.
  const before = hits.count((u) => u.searchParams.get('client_id') === '04b07795-8ddb-461a-bbee-02f9e1bf7b46');
  await visit(page, azureCli('http://localhost:53124'));
  await expect(page.locator('#fake-provider')).toBeVisible();
  expect(hits.count((u) => u.searchParams.get('client_id') === '04b07795-8ddb-461a-bbee-02f9e1bf7b46') - before).toBe(
    1,
  );

  // The provider's answer to a loopback port where nothing listens: the tab shows a warning, not the code.
  const closed = createServer();
  closed.listen(0, '127.0.0.1');
  await once(closed, 'listening');
  const port = (closed.address() as AddressInfo).port;
  closed.close();
  await visit(page, `http://127.0.0.1:${port}/?code=0.AAAA-SECRET-CODE&state=s`);
  await expect(page).toHaveURL(/warning\.html#answer:127\.0\.0\.1$/);
  expect(page.url()).not.toContain('SECRET-CODE');
});

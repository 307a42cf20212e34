import { expect, extensionWorker, launchWithExtension, stopServiceWorkers, test } from './extension-fixture';
import { enc, fakeApp, fakeProviders, MS_AUTHORIZE, msRequest, visit } from './fake-providers';

const WARNING = /^chrome-extension:\/\/[a-p]{32}\/warning\.html#/;

test('a sign-in-only request passes untouched', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy();
  const hits = await fakeProviders(context);
  const page = await context.newPage();
  const url = msRequest('openid profile email User.Read');
  await visit(page, url);
  await expect(page.locator('#fake-provider')).toBeVisible();
  expect(page.url()).toBe(url);
  expect(hits.count((u) => u.pathname.endsWith('/authorize'))).toBe(1);
});

test('a risky Microsoft request is warned; Continue reaches the provider once; another app is warned again', async ({
  context,
  extensionId,
}) => {
  expect(extensionId).toBeTruthy();
  const hits = await fakeProviders(context);
  const page = await context.newPage();
  await visit(page, msRequest('https://graph.microsoft.com/Mail.Read offline_access User.Read'));
  await expect(page).toHaveURL(WARNING);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check before you give this app access');
  await expect(page.locator('[data-scope="Mail.Read"]')).toContainText('Read all your e-mail.');
  await expect(page.locator('[data-scope="offline_access"]')).toBeVisible();
  await expect(page.getByTestId('provider')).toHaveText('Microsoft');
  await expect(page.getByTestId('client-id')).toHaveText('11111111-2222-4333-8444-555555555555');
  await expect(page.getByTestId('redirect-host')).toContainText('app.example.test');
  const before = hits.count((u) => u.pathname.endsWith('/authorize'));

  await page.getByRole('button', { name: 'Continue anyway' }).click();
  await expect(page.locator('#fake-provider')).toBeVisible();
  expect(hits.count((u) => u.pathname.endsWith('/authorize')) - before).toBe(1);

  // The bypass was for that request only: another app asking the same is warned again.
  await visit(
    page,
    msRequest('https://graph.microsoft.com/Mail.Read offline_access User.Read', '99999999-2222-4333-8444-555555555555'),
  );
  await expect(page).toHaveURL(WARNING);
  // And the same request again is warned again: a continue is used once.
  await visit(page, msRequest('https://graph.microsoft.com/Mail.Read offline_access User.Read'));
  await expect(page).toHaveURL(WARNING);
});

const RISKY = [
  {
    provider: 'Google',
    url: `https://accounts.google.com/o/oauth2/v2/auth?client_id=123-abc.apps.googleusercontent.com&response_type=code&redirect_uri=${enc('https://app.example.test/cb')}&scope=${enc('https://www.googleapis.com/auth/gmail.readonly https://www.googleapis.com/auth/drive')}&access_type=offline`,
    scopes: ['https://www.googleapis.com/auth/gmail.readonly', 'https://www.googleapis.com/auth/drive'],
  },
  {
    provider: 'GitHub',
    url: `https://github.com/login/oauth/authorize?client_id=Ov23liDemo&redirect_uri=${enc('https://app.example.test/cb')}&scope=${enc('repo admin:org')}`,
    scopes: ['repo', 'admin:org'],
  },
  {
    provider: 'Slack',
    url: `https://slack.com/oauth/v2/authorize?client_id=123.456&scope=chat:write&user_scope=${enc('im:history,files:read')}&redirect_uri=${enc('https://app.example.test/cb')}`,
    scopes: ['im:history', 'files:read', 'chat:write'],
  },
];

for (const { provider, url, scopes } of RISKY) {
  test(`a risky ${provider} request lands on the warning page with its permissions`, async ({
    context,
    extensionId,
  }, testInfo) => {
    expect(extensionId).toBeTruthy();
    await fakeProviders(context);
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
    await visit(page, url);
    await expect(page).toHaveURL(WARNING);
    await expect(page.getByTestId('provider')).toHaveText(provider);
    for (const scope of scopes) await expect(page.locator(`[data-scope="${scope}"]`)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`warning-${provider.toLowerCase()}.png`), fullPage: true });
  });
}

test('a POST authorization form is caught', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await fakeProviders(context);
  const start = await fakeApp(
    context,
    `<form id="f" method="post" action="${MS_AUTHORIZE}">
       <input type="hidden" name="client_id" value="11111111-2222-4333-8444-555555555555">
       <input type="hidden" name="response_type" value="code">
       <input type="hidden" name="redirect_uri" value="https://app.example.test/callback">
       <input type="hidden" name="scope" value="openid Files.ReadWrite.All">
       <button>Sign in</button>
     </form>`,
  );
  const page = await context.newPage();
  await page.goto(start);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(WARNING);
  await expect(page.locator('[data-scope="Files.ReadWrite.All"]')).toBeVisible();
});

test('a sign-in popup is caught, and Go back closes it', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await fakeProviders(context);
  const start = await fakeApp(
    context,
    `<button id="open" onclick="window.open('${msRequest('Mail.ReadWrite')}', 'signin', 'width=420,height=640')">Sign in with Microsoft</button>`,
  );
  const page = await context.newPage();
  await page.goto(start);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Sign in with Microsoft' }).click(),
  ]);
  await expect(popup).toHaveURL(WARNING);
  await expect(popup.locator('[data-scope="Mail.ReadWrite"]')).toBeVisible();
  await Promise.all([
    popup.waitForEvent('close', { timeout: 10_000 }),
    popup.getByRole('button', { name: 'Go back' }).click(),
  ]);
  expect(popup.isClosed()).toBe(true);
});

test('Go back returns to the page the person came from', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await fakeProviders(context);
  const start = await fakeApp(context, `<a id="go" href="${msRequest('Mail.Send')}">Connect your mailbox</a>`);
  const page = await context.newPage();
  await page.goto(start);
  await page.getByRole('link', { name: 'Connect your mailbox' }).click();
  await expect(page).toHaveURL(WARNING);
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect(page).toHaveURL(start);
});

/**
 * With the worker stopped, the store build acts only once the navigation has
 * started: the provider's page arrives first and sits in the tab's history
 * right behind the warning. Go back passes over it instead of warning again.
 */
test('Go back passes over a request that reached the provider first: back to the app in a tab, a popup closes', async ({
  context,
  extensionId,
}) => {
  expect(extensionId).toBeTruthy();
  await fakeProviders(context);
  const start = await fakeApp(
    context,
    `<a href="${msRequest('Mail.Send')}">Connect your mailbox</a>
<button onclick="window.open('${msRequest('Mail.ReadWrite')}', 'signin', 'width=420,height=640')">Sign in with Microsoft</button>`,
  );
  const page = await context.newPage();
  await page.goto(start);

  await stopServiceWorkers(context);
  await page.getByRole('link', { name: 'Connect your mailbox' }).click();
  await expect(page).toHaveURL(WARNING);
  await expect(page.locator('[data-scope="Mail.Send"]')).toBeVisible();
  await page.getByRole('button', { name: 'Go back' }).click();
  await expect(page).toHaveURL(start);
  await expect(page.getByRole('link', { name: 'Connect your mailbox' })).toBeVisible();

  await stopServiceWorkers(context);
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Sign in with Microsoft' }).click(),
  ]);
  await expect(popup).toHaveURL(WARNING);
  await expect(popup.locator('[data-scope="Mail.ReadWrite"]')).toBeVisible();
  await Promise.all([
    popup.waitForEvent('close', { timeout: 10_000 }),
    popup.getByRole('button', { name: 'Go back' }).click(),
  ]);
});

test('device-code pages get their own warning', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy();
  await fakeProviders(context);
  const page = await context.newPage();
  await visit(page, 'https://microsoft.com/devicelogin');
  await expect(page).toHaveURL(WARNING);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check before you sign in with a code');
  await expect(page.getByText('only continue if you started this sign-in yourself')).toBeVisible();
});

test('a request blocked by policy never reaches the provider, also right after the service worker was stopped', async ({
  context,
  extensionId,
}) => {
  const hits = await fakeProviders(context);
  const worker = context.serviceWorkers()[0];
  // The person's own setting: enforce (block what would be warned). It becomes rules within a second.
  await worker?.evaluate(() => chrome.storage.local.set({ localSettings: { mode: 'enforce' } }));
  await expect
    .poll(() => worker?.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);

  const page = await context.newPage();
  const risky = msRequest('https://graph.microsoft.com/Mail.ReadWrite');
  await visit(page, risky);
  await expect(page).toHaveURL(/warning\.html#dnr:/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("This app's access request is blocked");
  await expect(page.getByRole('button', { name: 'Continue anyway' })).toHaveCount(0);

  await stopServiceWorkers(context);
  // A fresh tab: navigations started by the extension's own page are not subject to its rules.
  const next = await context.newPage();
  await visit(next, msRequest('Files.ReadWrite.All'));
  await expect(next).toHaveURL(/warning\.html#dnr:/);
  await expect(next.locator('[data-scope="Files.ReadWrite.All"]')).toBeVisible();
  expect(hits.count((u) => u.pathname.endsWith('/authorize'))).toBe(0);
  expect(extensionId).toBeTruthy();
});

test('the warning page follows a French browser', async () => {
  const context = await launchWithExtension({ locale: 'fr' });
  try {
    await extensionWorker(context);
    await fakeProviders(context);
    const page = await context.newPage();
    await visit(page, msRequest('Mail.Read'));
    await expect(page).toHaveURL(WARNING);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Vérifiez avant de donner accès à cette application',
    );
    await expect(page.locator('[data-scope="Mail.Read"]')).toContainText('Lire tous vos e-mails.');
    await expect(page.getByRole('button', { name: 'Revenir en arrière' })).toBeVisible();
  } finally {
    await context.close();
  }
});

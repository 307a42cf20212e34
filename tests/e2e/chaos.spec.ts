import { readDatabaseStore } from './extension-database';
import { expect, extensionWorker, stopServiceWorkers, test } from './extension-fixture';
import { enc, fakeConsentFlow, fakeProviders, msRequest, visit } from './fake-providers';

/**
 * The service worker stopped at the worst moments (browsers stop idle
 * workers at will): no decision is skipped, no record is lost. The stop while
 * a report is in flight is in reporting.spec.ts.
 */

test('a worker stopped between the authorization request and the redirect back still records the grant', async ({
  context,
  extensionId,
}) => {
  await fakeConsentFlow(context);
  const page = await context.newPage();
  const clientId = 'f0f0f0f0-6666-4666-8666-666666666666';
  await page
    .goto(
      `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&redirect_uri=${enc('https://app.example.test/callback')}&scope=${enc('Mail.Read offline_access')}&state=STATE-chaos`,
    )
    .catch(() => undefined);
  await page.getByRole('button', { name: 'Continue anyway' }).click();
  await expect(page.locator('#accept')).toBeVisible();

  // The person reads the consent screen; meanwhile the browser stops the worker.
  await stopServiceWorkers(context);
  await page.locator('#accept').click();
  await expect(page.getByRole('heading', { name: 'App signed in' })).toBeVisible();

  const reader = await context.newPage();
  await reader.goto(`chrome-extension://${extensionId}/options.html`);
  await expect
    .poll(async () => (await readDatabaseStore(reader, 'grants')).find((g) => g.clientId === clientId)?.status, {
      timeout: 15_000,
    })
    .toBe('active');
  const events = (await readDatabaseStore(reader, 'events')).filter((e) => e.clientId === clientId);
  expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['warned', 'continued', 'grant-recorded']));
});

test('a worker stopped during a policy change skips no decision: every risky request is warned, then blocked', async ({
  context,
}) => {
  const hits = await fakeProviders(context);
  const worker = await extensionWorker(context);
  const page = await context.newPage();
  await visit(page, msRequest('Mail.ReadWrite', 'a1a1a1a1-7777-4777-8777-777777777777'));
  await expect(page).toHaveURL(/warning\.html#warn:/);

  // The policy tightens (enforce) and the worker is stopped right away, several times, while it applies.
  await worker.evaluate(() => chrome.storage.local.set({ localSettings: { mode: 'enforce' } }));
  let blocked = false;
  // While the worker is stopped again and again, a block may still be the worker's (the request leaves, the tab is
  // replaced before the provider's page shows) until the rules are installed.
  let blockedId = '';
  for (let round = 0; round < 8 && !blocked; round++) {
    await stopServiceWorkers(context);
    const tab = await context.newPage();
    const clientId = `a1a1a1a1-7777-4777-8777-77777777770${round}`;
    await visit(tab, msRequest('Mail.ReadWrite', clientId));
    // Never let through: the old policy warns, the new one blocks.
    await expect(tab).toHaveURL(/warning\.html#(warn|dnr|block|post):/);
    await expect(tab.getByRole('heading', { level: 1 })).toBeVisible();
    blocked = /blocked/.test((await tab.getByRole('heading', { level: 1 }).textContent()) ?? '');
    if (blocked) blockedId = clientId;
    await tab.close();
  }
  expect(blocked).toBe(true);
  expect(blockedId).not.toBe('');

  // Once the change has settled, the block is a browser rule again: the request never leaves.
  const settled = await extensionWorker(context);
  await expect
    .poll(() => settled.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length), {
      timeout: 10_000,
    })
    .toBeGreaterThan(0);
  const last = await context.newPage();
  await visit(last, msRequest('Mail.ReadWrite', 'a1a1a1a1-7777-4777-8777-777777777799'));
  await expect(last).toHaveURL(/warning\.html#dnr:/);
  expect(hits.count((u) => u.searchParams.get('client_id') === 'a1a1a1a1-7777-4777-8777-777777777799')).toBe(0);
});

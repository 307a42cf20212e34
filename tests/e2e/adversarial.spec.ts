import { BENIGN_URLS } from '../fixtures/adversarial/benign';
import { ADVERSARIAL_CORPUS } from '../fixtures/adversarial/corpus';
import { expect, test } from './extension-fixture';
import { fakeProviders, visit, visitFromPage } from './fake-providers';

/**
 * A slice of the adversarial corpus through the real browser: one request per
 * family of evasion. Each must land on the warning page (the unit test runs
 * the whole corpus through the engine); ordinary pages of the same hosts load.
 */
const SLICE = [
  'microsoft-mail/upper-case host',
  'microsoft-mail/trailing dot on the host',
  'microsoft-mail/userinfo before the host',
  'google-drive/percent-encoded path letter',
  'github-repo/noise parameters first',
  'slack-history/scope value encoded twice',
  'microsoft-default-scope/harmless scope first, risky scope repeated after',
  'device-code/0',
  'consentfix/0',
  'error-redirect/0',
  'nested/google-continue',
  'admin-consent/3',
  'lookalike/0',
];

test('every family of evasion in the corpus lands on the warning page', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy(); // the worker is up and listening
  await fakeProviders(context);
  // Lookalike hosts are not routed by fakeProviders: answer them too, so nothing leaves the machine.
  await context.route(/evil\.example/, (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Phish</h1>' }));
  for (const id of SLICE) {
    const item = ADVERSARIAL_CORPUS.find((c) => c.id === id);
    expect(item, id).toBeDefined();
    const page = await context.newPage();
    // Lures come from web pages (a ConsentFix page, a phishing e-mail in webmail).
    await visitFromPage(page, item?.url ?? '');
    await expect(page, id).toHaveURL(/warning\.html#/);
    await expect(page.getByRole('heading', { level: 1 }), id).toBeVisible();
    await page.close();
  }
});

test('ordinary pages of the providers are never interrupted', async ({ context, extensionId }) => {
  expect(extensionId).toBeTruthy();
  const hits = await fakeProviders(context);
  const sample = BENIGN_URLS.filter((_, i) => i % 10 === 0);
  for (const url of sample) {
    const page = await context.newPage();
    await visit(page, url);
    await expect(page.locator('#fake-provider'), url).toBeVisible();
    expect(page.url(), url).not.toContain('warning.html');
    await page.close();
  }
  expect(hits.urls.length).toBeGreaterThanOrEqual(sample.length);
});

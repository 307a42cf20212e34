import type { BrowserContext, Page } from '@playwright/test';
import { testBuildExtensionId } from '../../scripts/extension-key';
import { type Collector, startCollector } from '../../scripts/test-collector';
import { readDatabaseStore } from './extension-database';
import { expect, extensionWorker, launchWithExtension, stopServiceWorkers, test } from './extension-fixture';
import { enc, fakeConsentFlow } from './fake-providers';
import { installPolicy, isRoot, policyApplied, ROOT_ONLY, removePolicy } from './managed-policy-file';

/**
 * Reporting end to end: a managed policy points the browser at a collector
 * on the loopback interface (scripts/test-collector.ts), which answers CORS
 * only for the test build's origin and checks every batch's signature.
 */
test.describe.configure({ mode: 'serial' });
test.skip(!isRoot, ROOT_ONLY);

const SECRET = 'e2e-signing-secret';
const AUTH = 'Bearer e2e-collector-token';
let collector: Collector;

test.beforeEach(async () => {
  collector = await startCollector({ allowOrigin: `chrome-extension://${testBuildExtensionId()}`, secret: SECRET });
  installPolicy({
    reporting: {
      endpoint: collector.url,
      authHeader: AUTH,
      hmacSecret: SECRET,
      headers: { 'X-Tenant': 'contoso' },
      userHint: 'ann@contoso.com',
    },
    approvalUrl: 'https://it.example.test/request?app={clientId}',
  });
});

test.afterEach(async () => {
  removePolicy();
  await collector.close();
});

const request = (clientId: string, scope: string) =>
  `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&redirect_uri=${enc('https://app.example.test/callback')}&scope=${enc(scope)}&state=STATE-${clientId}&login_hint=${enc('ann@contoso.com')}`;

async function start(): Promise<{ context: BrowserContext; page: Page; extensionId: string }> {
  const context = await launchWithExtension();
  const worker = await extensionWorker(context);
  await policyApplied(worker);
  await fakeConsentFlow(context);
  await context.route('https://it.example.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>IT requests</h1>' }),
  );
  return { context, page: await context.newPage(), extensionId: new URL(worker.url()).host };
}

/** A risky request, warned, continued and accepted at the (fake) provider. */
async function warnContinueAccept(page: Page, clientId: string): Promise<void> {
  await page.goto(request(clientId, 'Mail.ReadWrite offline_access')).catch(() => undefined);
  await page.getByRole('button', { name: 'Continue anyway' }).click();
  await page.locator('#accept').click();
  await expect(page.getByRole('heading', { name: 'App signed in' })).toBeVisible();
}

/** The ids of every event the device recorded, read from one of the extension's pages. */
async function recordedIds(context: BrowserContext, extensionId: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const ids = (await readDatabaseStore(page, 'events')).map((e) => e.id as string);
  await page.close();
  return ids;
}

function receivedIds(): string[] {
  return collector.events().map((e) => e.id as string);
}

test('a warn, continue and approval flow reaches the collector, signed, with nothing secret in the bytes', async () => {
  const { context, page } = await start();
  try {
    await warnContinueAccept(page, 'aaaaaaaa-1111-4111-8111-111111111111');

    await page.goto(request('bbbbbbbb-2222-4222-8222-222222222222', 'Files.ReadWrite.All')).catch(() => undefined);
    await page.getByLabel('Why do you need this app?').fill('Needed for the Q4 audit');
    const [approval] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Ask for approval' }).click(),
    ]);
    await approval.waitForLoadState();

    await expect
      .poll(() => collector.events().map((e) => e.type), { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining(['policy-applied', 'warned', 'continued', 'grant-recorded', 'approval-requested']),
      );
    const events = collector.events();
    const continued = events.find((e) => e.type === 'continued');
    expect(continued).toMatchObject({
      schema: 'consent-guard/event/v1',
      provider: 'microsoft',
      clientId: 'aaaaaaaa-1111-4111-8111-111111111111',
      redirectHost: 'app.example.test',
      decision: 'warn',
      user: { hint: 'ann@contoso.com' },
      source: { product: 'consent-guard', browser: 'chrome' },
    });
    expect(continued?.scopes).toEqual(expect.arrayContaining(['Mail.ReadWrite', 'offline_access']));
    expect(events.find((e) => e.type === 'approval-requested')).toMatchObject({
      clientId: 'bbbbbbbb-2222-4222-8222-222222222222',
      justification: 'Needed for the Q4 audit',
    });

    // Every batch was signed with the policy's secret and carried the admin's headers.
    for (const batch of collector.batches) {
      expect(batch.signatureValid).toBe(true);
      expect(batch.headers.authorization).toBe(AUTH);
      expect(batch.headers['x-tenant']).toBe('contoso');
      expect(batch.headers.cookie).toBeUndefined();
    }

    // The raw bytes received: no code, no state, no redirect URL, no secret of the policy.
    const bytes = Buffer.concat(collector.rawBodies).toString('utf8');
    for (const secret of [
      'SECRET-AUTH-CODE-123',
      'STATE-aaaaaaaa',
      'STATE-bbbbbbbb',
      'https://app.example.test/callback',
      '/callback',
      'code=',
      SECRET,
      AUTH,
    ])
      expect(bytes).not.toContain(secret);
  } finally {
    await context.close();
  }
});

test('with the collector down, events wait in the outbox and all arrive once it is back; the options page says so', async () => {
  collector.setMode('fail');
  const { context, page, extensionId } = await start();
  try {
    await warnContinueAccept(page, 'cccccccc-3333-4333-8333-333333333333');
    await expect.poll(() => collector.rawBodies.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(collector.events()).toHaveLength(0);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const reporting = options.getByTestId('reporting');
    await expect(reporting.locator('tr[data-key="last-error"] td')).toContainText('HTTP 503');
    await expect(reporting.locator('tr[data-key="queued"] td')).not.toHaveText(/^(0|—)$/);
    await expect(reporting.locator('tr[data-key="endpoint"] td')).toHaveText(collector.url);
    // The collector's credentials are never shown.
    await expect(options.locator('body')).not.toContainText(AUTH);
    await expect(options.locator('body')).not.toContainText(SECRET);

    // The collector comes back; an admin presses Send now.
    collector.setMode('accept');
    await reporting.getByRole('button', { name: 'Send now' }).click();
    await expect(reporting.locator('tr[data-key="queued"] td')).toHaveText('0', { timeout: 20_000 });
    await expect(reporting.locator('tr[data-key="last-success"] td')).not.toHaveText('never');

    // Nothing lost, nothing duplicated beyond its id.
    const recorded = await recordedIds(context, extensionId);
    await expect.poll(() => new Set(receivedIds()), { timeout: 20_000 }).toEqual(new Set(recorded));
    expect(receivedIds().length).toBe(new Set(receivedIds()).size);
  } finally {
    await context.close();
  }
});

test('a worker stopped while a batch is in flight loses nothing: the batch is sent again, under the same ids', async () => {
  const { context, page, extensionId } = await start();
  try {
    // The policy-applied event goes first; then the collector starts holding its answers.
    await expect.poll(() => collector.events().length, { timeout: 20_000 }).toBeGreaterThan(0);
    collector.setMode('delay', 15_000);
    const before = collector.rawBodies.length;
    await warnContinueAccept(page, 'dddddddd-4444-4444-8444-444444444444');
    await expect.poll(() => collector.rawBodies.length, { timeout: 20_000 }).toBeGreaterThan(before);

    await stopServiceWorkers(context);
    collector.setMode('accept');

    // The alarm set before the POST wakes a new worker, which sends the batch again.
    const recorded = await recordedIds(context, extensionId);
    await expect.poll(() => new Set(receivedIds()), { timeout: 45_000 }).toEqual(new Set(recorded));
    // The held batch was posted again by the new worker.
    expect(collector.rawBodies.length).toBeGreaterThanOrEqual(before + 2);
    // A duplicate is the same event, byte for byte, under the same id.
    const byId = new Map<string, string>();
    for (const event of collector.events()) {
      const text = JSON.stringify(event);
      const seen = byId.get(event.id as string);
      if (seen !== undefined) expect(text).toBe(seen);
      byId.set(event.id as string, text);
    }
  } finally {
    await context.close();
  }
});

test('privacy: in a whole session the extension talks only to the configured collector, and stores or sends no secret', async () => {
  const { context, page, extensionId } = await start();
  // Every request made by the extension itself: its service worker, and its pages' own fetches (navigations are the person's).
  const own: string[] = [];
  context.on('request', (r) => {
    const fromWorker = r.serviceWorker() !== null;
    const fromPage = !fromWorker && !r.isNavigationRequest() && r.frame().url().startsWith('chrome-extension://');
    if ((fromWorker || fromPage) && !r.url().startsWith('chrome-extension://')) own.push(r.url());
  });
  try {
    // Warning, continue, grant.
    await warnContinueAccept(page, 'eeeeeeee-5555-4555-8555-555555555555');
    // Revoke from the popup, then the options page.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.locator('[data-grant="eeeeeeee-5555-4555-8555-555555555555"]').click();
    const [providerPage] = await Promise.all([
      context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Revoke at Microsoft' }).click(),
    ]);
    await providerPage.waitForLoadState();
    await popup.getByRole('button', { name: 'I have revoked it' }).click();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect
      .poll(() => collector.events().map((e) => e.type), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['continued', 'grant-recorded', 'revocation-started', 'revocation-confirmed']));

    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((url) => url !== collector.url)).toEqual([]);

    // Nothing secret anywhere it keeps or sends data: IndexedDB, local and session storage, the collector's bytes.
    const worker = await extensionWorker(context);
    const storage = await worker.evaluate(async () => [
      await chrome.storage.local.get(null),
      await chrome.storage.session.get(null),
    ]);
    const kept = JSON.stringify([
      await readDatabaseStore(options, 'grants'),
      await readDatabaseStore(options, 'events'),
      await readDatabaseStore(options, 'apps'),
      storage,
    ]);
    const sent = Buffer.concat(collector.rawBodies).toString('utf8');
    for (const [where, text] of [
      ['stored', kept],
      ['sent', sent],
    ] as const) {
      expect(text, where).toContain('eeeeeeee-5555-4555-8555-555555555555');
      for (const secret of ['SECRET-AUTH-CODE-123', 'STATE-eeeeeeee', 'https://app.example.test/callback', 'code='])
        expect(text, `${where}: ${secret}`).not.toContain(secret);
    }
    expect(sent).not.toContain(AUTH);
    expect(sent).not.toContain(SECRET);
  } finally {
    await context.close();
  }
});

import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testBuildExtensionId } from '../../scripts/extension-key';
import { readDatabaseStore } from './extension-database';
import { expect, extensionWorker, launchWithExtension, test } from './extension-fixture';
import { fakeProviders, msRequest, visit } from './fake-providers';
import {
  installPolicy,
  installPolicyFile,
  isRoot,
  policyApplied,
  ROOT_ONLY,
  removePolicy,
} from './managed-policy-file';

/** The policy comes from a real managed policy file (see managed-policy-file.ts). */

function exportPolicy(file: string): string {
  const result = spawnSync(
    'npx',
    ['--no-install', 'tsx', 'scripts/policy.ts', 'export', file, '--to', 'chrome-linux'],
    { encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

test.describe.configure({ mode: 'serial' });
test.skip(!isRoot, ROOT_ONLY);

test.afterEach(() => {
  removePolicy();
});

test('a managed policy file is applied, shown in the options page, and accepted by policy check', async () => {
  const file = 'docs/admin/examples/strict-bank.json';
  const check = spawnSync('npx', ['--no-install', 'tsx', 'scripts/policy.ts', 'check', file], { encoding: 'utf8' });
  expect(check.status, check.stderr).toBe(0);
  installPolicyFile(exportPolicy(file));

  const context = await launchWithExtension();
  try {
    const worker = await extensionWorker(context);
    const id = new URL(worker.url()).host;
    expect(id).toBe(testBuildExtensionId());
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.locator('[data-status]')).toHaveAttribute('data-status', 'present', { timeout: 20_000 });
    await expect(page.locator('tr[data-key="mode"] td').first()).toHaveText('enforce');
    await expect(page.locator('tr[data-key="mode"]')).toHaveAttribute('data-source', 'managed');
    await expect(page.locator('tr[data-key="deviceCode"] td').first()).toHaveText('block');
    await expect(page.locator('tr[data-key="retentionDays"] td').first()).toHaveText('730');
    await expect(page.locator('tr[data-key="hiddenScopes"]')).toHaveAttribute('data-source', 'default');
    await expect(page.getByTestId('policy-errors')).toHaveCount(0);

    // The admin changes the policy while the browser runs: applied without a restart.
    const changed = JSON.parse(exportPolicy(file));
    const id3p = Object.keys(changed['3rdparty'].extensions)[0] as string;
    changed['3rdparty'].extensions[id3p].mode = 'warn';
    changed['3rdparty'].extensions[id3p].warnAtRisk = 'extreme';
    installPolicyFile(JSON.stringify(changed));
    await expect(page.locator('tr[data-key="mode"] td').first()).toHaveText('warn', { timeout: 30_000 });
    await expect(page.getByTestId('policy-errors')).toContainText('warnAtRisk: must be one of');
    // The bad value is ignored: the default applies, never something weaker.
    await expect(page.locator('tr[data-key="warnAtRisk"] td').first()).toHaveText('high');
  } finally {
    await context.close();
  }
});

test('a blocked app never reaches the provider; Ask for approval opens the approval page with the request', async () => {
  installPolicy({
    blockedApps: [{ provider: 'microsoft', clientId: 'evil-*', name: 'Invoice Viewer (rogue)' }],
    approvalUrl: 'https://it.example.test/request?provider={provider}&app={clientId}&scopes={scopes}&user={user}',
    message: {
      en: 'Contoso only allows approved apps.',
      fr: 'Contoso n’autorise que les applications approuvées.',
    },
    supportUrl: 'https://it.example.test/help',
  });
  const context = await launchWithExtension();
  try {
    const worker = await extensionWorker(context);
    await policyApplied(worker);
    const hits = await fakeProviders(context);
    await context.route('https://it.example.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<h1>IT requests</h1>' }),
    );

    const page = await context.newPage();
    await visit(page, msRequest('openid profile', 'evil-42', '&login_hint=ann%40contoso.com'));
    await expect(page).toHaveURL(/warning\.html#dnr:/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("This app's access request is blocked");
    await expect(page.getByTestId('app-name')).toContainText('Invoice Viewer (rogue)');
    await expect(page.getByTestId('org-message')).toHaveText('Contoso only allows approved apps.');
    await expect(page.getByRole('button', { name: 'Continue anyway' })).toHaveCount(0);
    expect(hits.count((u) => u.pathname.endsWith('/authorize'))).toBe(0);

    await page.getByLabel('Why do you need this app?').fill('Finance needs it for the audit');
    const [approval] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Ask for approval' }).click(),
    ]);
    await approval.waitForLoadState();
    const opened = new URL(approval.url());
    expect(opened.host).toBe('it.example.test');
    expect(opened.searchParams.get('provider')).toBe('microsoft');
    expect(opened.searchParams.get('app')).toBe('evil-42');
    expect(opened.searchParams.get('scopes')).toBe('openid profile');
    expect(opened.searchParams.get('user')).toBe('ann@contoso.com');
    await expect(page.getByRole('status')).toContainText('Your request was recorded');

    // The approval request is recorded, with its justification and without the request's secrets.
    const log = await readDatabaseStore(page, 'events');
    const asked = log.find((e) => e.type === 'approval-requested');
    expect(asked).toMatchObject({
      clientId: 'evil-42',
      justification: 'Finance needs it for the audit',
      decision: 'block',
    });
    expect(JSON.stringify(log)).not.toContain('s3cr3t-state');
  } finally {
    await context.close();
  }
});

test('a known-abused app from the policy’s feed is warned even for a plain sign-in, and the page says why', async () => {
  const listed = 'ab5e0000-1111-4222-8333-444455556666';
  let fetches = 0;
  const server = createServer((_request, response) => {
    fetches++;
    response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    response.end(
      JSON.stringify([
        {
          appId: listed,
          appDisplayName: 'Mail Sync Pro',
          description: 'Seen copying mailboxes after account takeover.',
          tags: ['exfiltration'],
        },
      ]),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  installPolicy({ abusedApps: { feedUrl: `http://127.0.0.1:${port}/rogueapps.json` } });
  const context = await launchWithExtension();
  try {
    const worker = await extensionWorker(context);
    await policyApplied(worker);
    await expect.poll(() => fetches, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect
      .poll(() =>
        worker.evaluate(
          async () => ((await chrome.storage.local.get('abusedApps')).abusedApps as { apps?: unknown[] })?.apps?.length,
        ),
      )
      .toBe(1);
    await fakeProviders(context);

    const page = await context.newPage();
    await visit(page, msRequest('openid profile', listed));
    await expect(page).toHaveURL(/warning\.html#/);
    await expect(page.getByTestId('abused-app')).toContainText('known to be used by attackers');
    await expect(page.getByTestId('abused-app')).toContainText('Seen copying mailboxes after account takeover.');
    await expect(page.getByTestId('app-name')).toContainText('Mail Sync Pro');

    // Another app is not affected: a plain sign-in passes.
    const other = await context.newPage();
    await visit(other, msRequest('openid profile', 'c0ffee00-1111-4222-8333-444455556666'));
    await expect(other.locator('#fake-provider')).toBeVisible();
  } finally {
    await context.close();
    server.close();
  }
});

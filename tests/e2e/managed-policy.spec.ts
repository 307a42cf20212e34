import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  rulesInstalled,
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

/** The `policy` command, as an admin runs it. */
function policyCli(...args: string[]): string {
  const result = spawnSync('npx', ['--no-install', 'tsx', 'scripts/policy.ts', ...args], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.trim();
}

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
    // The policy in words: labels, meanings, values said plainly, where each comes from.
    await expect(page.locator('tr[data-key="mode"] td').first()).toHaveText('enforce (block whatever would be warned)');
    await expect(page.locator('tr[data-key="mode"] .setting-label')).toHaveText('Mode');
    await expect(page.locator('tr[data-key="mode"]')).toHaveAttribute('data-source', 'managed');
    await expect(page.locator('tr[data-key="deviceCode"] td').first()).toHaveText('block');
    await expect(page.locator('tr[data-key="retentionDays"] td').first()).toHaveText('730 days');
    await expect(page.locator('tr[data-key="hiddenScopes"]')).toHaveAttribute('data-source', 'default');
    await expect(page.locator('tr[data-key="bypass.allowed"] td').first()).toHaveText('off');
    // Apps by name, provider and client id; scope rules with their provider; approvers by name and key.
    await expect(page.locator('tr[data-key="allowedApps"] li')).toHaveText([
      'Contoso Expenses (Microsoft, client id 00001111-aaaa-2222-bbbb-3333cccc4444) — Approved by IT, ticket 4711',
    ]);
    await expect(page.locator('tr[data-key="blockedApps"] li')).toHaveText([
      'Known rogue apps (any provider, client id evil-*)',
    ]);
    await expect(page.locator('tr[data-key="blockedScopes"] li')).toHaveText([
      'Mail.* (Microsoft)',
      'https://mail.google.com/ (Google)',
    ]);
    await expect(page.locator('tr[data-key="approvers"] li')).toContainText(['Contoso IT approvals (key ']);
    await expect(page.getByTestId('summary-blocked')).toContainText('Blocked apps: Known rogue apps');
    await expect(page.getByTestId('policy-errors')).toHaveCount(0);
    expect(await page.getByTestId('policy').textContent()).not.toContain('{"');

    // The admin changes the policy while the browser runs: applied without a restart.
    const changed = JSON.parse(exportPolicy(file));
    const id3p = Object.keys(changed['3rdparty'].extensions)[0] as string;
    changed['3rdparty'].extensions[id3p].mode = 'warn';
    changed['3rdparty'].extensions[id3p].warnAtRisk = 'extreme';
    changed['3rdparty'].extensions[id3p].reporting = {
      authHeader: 'Bearer TOP-SECRET-E2E',
      headers: { 'X-Api-Key': 'TOP-SECRET-HEADER' },
      hmacSecret: 'TOP-SECRET-HMAC',
    };
    changed['3rdparty'].extensions[id3p].bypass = { durationMinutes: 15, alowed: true };
    installPolicyFile(JSON.stringify(changed));
    await expect(page.locator('tr[data-key="mode"] td').first()).toHaveText('warn (warn and block as the rules say)', {
      timeout: 30_000,
    });
    // Each ignored value is named: where, the problem, the value given.
    const ignored = page.getByTestId('policy-errors');
    await expect(ignored.locator('tr[data-path="warnAtRisk"]')).toContainText('Warn from risk level');
    await expect(ignored.locator('tr[data-path="warnAtRisk"]')).toContainText(
      'must be one of "none", "low", "medium", "high", "critical"',
    );
    await expect(ignored.locator('tr[data-path="warnAtRisk"]')).toContainText('“extreme”');
    // A misspelt key (`bypass.alowed`) never reaches the extension: Chrome drops keys its schema does not know.
    // `policy check` names them, with the key meant (tests/unit/project/policy-cli.test.ts).
    await expect(ignored.locator('tr[data-path="bypass.alowed"]')).toHaveCount(0);
    // The bad value is ignored: the default applies, never something weaker.
    await expect(page.locator('tr[data-key="warnAtRisk"] td').first()).toHaveText('High risk or higher');
    await expect(page.locator('tr[data-key="bypass.durationMinutes"] td').first()).toHaveText('15 minutes');
    // Secrets: said to be set, never shown.
    await expect(page.locator('tr[data-key="reporting.authHeader"] td').first()).toHaveText('set (hidden)');
    await expect(page.locator('tr[data-key="reporting.headers"] td').first()).toHaveText('set (hidden)');
    const shown = await page.getByTestId('policy').textContent();
    expect(shown).not.toContain('TOP-SECRET');
    expect(shown).not.toContain('{"');
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

test('an approval code made by the CLI lets the app through on the warning page; a forged one is refused', async () => {
  const keys = mkdtempSync(join(tmpdir(), 'cg-approver-'));
  try {
    const approver = JSON.parse(policyCli('keygen', '--out', join(keys, 'it'), '--name', 'IT approvals'));
    const intruder = join(keys, 'intruder');
    policyCli('keygen', '--out', intruder, '--name', 'Intruder');
    const app = 'a991e0de-1111-4222-8333-444455556666';
    const approve = (keyDir: string, clientId = app) =>
      policyCli(
        'approve',
        '--key',
        join(keyDir, 'consent-guard-approver.key'),
        '--provider',
        'microsoft',
        '--client-id',
        clientId,
        '--days',
        '7',
      );
    const good = approve(join(keys, 'it'));
    const forged = approve(intruder);
    const otherApp = approve(join(keys, 'it'), 'b0b0b0b0-1111-4222-8333-444455556666');
    // One character of the payload changed: the signature no longer matches.
    const at = 12;
    const altered = `${good.slice(0, at)}${good[at] === 'A' ? 'B' : 'A'}${good.slice(at + 1)}`;

    // Enforce: nobody may continue; a high-risk request is blocked by the browser's own rules.
    installPolicy({ mode: 'enforce', bypass: { allowed: false }, approvers: [approver] });
    const context = await launchWithExtension();
    try {
      const worker = await extensionWorker(context);
      await policyApplied(worker);
      await rulesInstalled(worker);
      const hits = await fakeProviders(context);
      const page = await context.newPage();
      const url = msRequest('Mail.ReadWrite offline_access', app);
      await visit(page, url);
      await expect(page).toHaveURL(/warning\.html#/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText("This app's access request is blocked");
      await expect(page.getByRole('button', { name: 'Continue anyway' })).toHaveCount(0);
      expect(hits.count((u) => u.searchParams.get('client_id') === app)).toBe(0);

      await page.getByRole('button', { name: 'I have an approval code' }).click();
      const field = page.getByLabel(/Approval code/);
      const use = page.getByRole('button', { name: 'Use this code' });
      const refusal = page.getByTestId('approval-code-refused');
      await field.fill(forged);
      await use.click();
      await expect(refusal).toHaveText('This code was not made by an approver your organisation lists.');
      await field.fill(altered);
      await use.click();
      await expect(refusal).toHaveText(/This (code is not valid: it was changed or made up|is not an approval code)/);
      await field.fill(otherApp);
      await use.click();
      await expect(refusal).toHaveText('This code is for another app.');
      expect(hits.count((u) => u.searchParams.get('client_id') === app)).toBe(0);

      // The approver's code: the request goes on to the provider.
      await field.fill(good);
      await use.click();
      await expect(page.locator('#fake-provider')).toBeVisible({ timeout: 15_000 });
      expect(hits.count((u) => u.searchParams.get('client_id') === app)).toBeGreaterThan(0);

      // Remembered until it expires: the app's next request, in another tab, passes at once.
      const again = await context.newPage();
      await visit(again, msRequest('Mail.ReadWrite', app, '&prompt=consent'));
      await expect(again.locator('#fake-provider')).toBeVisible();
      // Another app is still blocked.
      const other = await context.newPage();
      await visit(other, msRequest('Mail.ReadWrite', 'c0c0c0c0-1111-4222-8333-444455556666'));
      await expect(other).toHaveURL(/warning\.html#/);

      // Each use is recorded (and reported) as approval-used, with who approved it.
      await expect
        .poll(async () => (await readDatabaseStore(other, 'events')).filter((e) => e.type === 'approval-used').length)
        .toBeGreaterThanOrEqual(2);
      const used = (await readDatabaseStore(other, 'events')).find((e) => e.type === 'approval-used');
      expect(used).toMatchObject({ clientId: app, decision: 'allow', approval: { approver: 'IT approvals' } });
      expect(JSON.stringify(await readDatabaseStore(other, 'events'))).not.toContain(good);
    } finally {
      await context.close();
    }
  } finally {
    rmSync(keys, { recursive: true, force: true });
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

import { spawnSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { findChromium, stopServiceWorkers } from '../../scripts/chromium';
import { expect } from './extension-fixture';
import { POLICY_DIR } from './managed-policy-file';

/**
 * The extension deployed the way organisations deploy it: the enterprise
 * build packed into a CRX with a key made for this run (never kept), served
 * with its update manifest from a loopback HTTP server, force-installed by a
 * real machine-wide policy file, in a Chromium that starts with no extension
 * loaded by hand. Tests that use it run alone (playwright.config.ts).
 */
export const ENTERPRISE_BUILD = resolve('.output/chrome-mv3-enterprise');
export const FORCE_INSTALL_POLICY_FILE = `${POLICY_DIR}/consent-guard-force-install-e2e.json`;

export interface SelfHosted {
  extensionId: string;
  updateUrl: string;
  /** Path of the CRX on the update server (its name carries the version). */
  crxPath: string;
  /** The install policy package:crx printed for Linux (ExtensionSettings), used as printed. */
  installPolicy: Record<string, unknown>;
  /** Requests the update server received (path and query). */
  served: string[];
  /** Milliseconds the package:crx command took (keygen excluded). */
  packMs: number;
  close(): Promise<void>;
}

function run(args: string[]): string {
  const result = spawnSync('npx', ['--no-install', 'tsx', 'scripts/package-crx.ts', ...args], { encoding: 'utf8' });
  expect(result.status, `package:crx ${args.join(' ')}\n${result.stderr}`).toBe(0);
  return result.stdout;
}

/** The id Chrome gives a key, computed here apart from the packaging code: SHA-256 of the SPKI DER, a–p. */
function idOfKey(pemFile: string): string {
  const der = createPublicKey(readFileSync(pemFile)).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return hex.replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + Number.parseInt(c, 16)));
}

/** Builds the enterprise build from the current sources (2–3 s): a stale one would test old code. */
export function buildEnterprise(): void {
  const result = spawnSync('npx', ['--no-install', 'wxt', 'build', '--mode', 'enterprise'], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const manifest = JSON.parse(readFileSync(join(ENTERPRISE_BUILD, 'manifest.json'), 'utf8'));
  expect(manifest.permissions).toContain('webRequestBlocking');
}

/** A throwaway key, `package:crx` as an admin runs it, and a loopback server for the two files it writes. */
export async function selfHost(): Promise<SelfHosted> {
  const dir = mkdtempSync(join(tmpdir(), 'consent-guard-crx-'));
  const out = join(dir, 'site');
  const served: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    served.push(request.url ?? '/');
    const file = join(out, path.replace(/^\/+/, ''));
    const type = path.endsWith('.crx') ? 'application/x-chrome-extension' : 'application/xml';
    try {
      if (!/^\/(updates\.xml|[\w.-]+\.crx)$/.test(path)) throw new Error('not served');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': type, 'content-length': body.length });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const key = join(dir, 'key.pem');
  const keygen = run(['--keygen', key]);
  expect(statSync(key).mode & 0o777).toBe(0o600);
  const expectedId = idOfKey(key);
  expect(keygen).toContain(`Extension id: ${expectedId}`);

  const started = performance.now();
  const packed = run(['--key', key, '--build', ENTERPRISE_BUILD, '--out', out, '--codebase', origin]);
  const packMs = Math.round(performance.now() - started);
  expect(packed).toContain(`Extension id:   ${expectedId}`);
  const updateUrl = `${origin}updates.xml`;
  expect(packed).toContain(`ExtensionInstallForcelist: ${expectedId};${updateUrl}`);
  const linux = /^\{\n[\s\S]*?\n\}$/m.exec(packed);
  expect(linux, 'package:crx prints the Linux install policy').not.toBeNull();
  const installPolicy = JSON.parse(linux?.[0] ?? '{}') as Record<string, unknown>;
  // The private key is no longer needed: it never outlives the packing.
  rmSync(key);
  const { version } = JSON.parse(readFileSync(join(ENTERPRISE_BUILD, 'manifest.json'), 'utf8')) as { version: string };
  return {
    extensionId: expectedId,
    updateUrl,
    crxPath: `/consent-guard-${version}.crx`,
    installPolicy,
    served,
    packMs,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The machine-wide policy an admin writes: the install policy package:crx
 * printed (ExtensionSettings, force_installed from the update URL), the
 * extension's own policy under 3rdparty, and developer tools allowed (only so
 * Playwright can attach to a policy-installed extension's worker).
 */
export function writeForceInstallPolicy(
  hosted: Pick<SelfHosted, 'extensionId' | 'installPolicy'>,
  extensionPolicy: Record<string, unknown>,
): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    FORCE_INSTALL_POLICY_FILE,
    JSON.stringify({
      ...hosted.installPolicy,
      DeveloperToolsAvailability: 1,
      '3rdparty': { extensions: { [hosted.extensionId]: extensionPolicy } },
    }),
  );
}

export function removeForceInstallPolicy(): void {
  rmSync(FORCE_INSTALL_POLICY_FILE, { force: true });
}

/** The extension APIs these tests call in the worker beyond scripts/chrome-global.d.ts (evaluated code only). */
export interface PolicyInstalledChrome {
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
  management: { getSelf(): Promise<{ installType: string }> };
  runtime: { getManifest(): { permissions?: string[]; update_url?: string } };
}

export interface ManagedBrowser {
  context: BrowserContext;
  /** The extension's worker now (a stopped worker is replaced by a new one when woken). */
  worker(): Promise<Worker>;
  timings: { launchMs: number; workerMs: number; managedMs: number };
}

/** Chromium as on a managed machine: no extension passed on the command line, background networking on. */
export async function launchManaged(
  extensionId: string,
  policyWrittenAt: number,
  extraArgs: string[] = [],
): Promise<ManagedBrowser> {
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('No Chromium-family browser found: set CHROMIUM_PATH');
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-component-update',
    '--disable-sync',
    ...extraArgs,
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    args,
    viewport: { width: 1100, height: 900 },
    // Playwright's defaults would keep the browser from installing anything, or from fetching the update manifest.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
  });
  const launchMs = performance.now() - policyWrittenAt;
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`);
  const worker = async () => {
    const found =
      context.serviceWorkers().find(ours) ??
      (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 }));
    return found;
  };
  // Answering an evaluate: its start-up script ran, so its listeners are registered.
  await expect
    .poll(async () => (await worker()).evaluate(() => true).catch(() => false), { timeout: 30_000 })
    .toBe(true);
  const workerMs = performance.now() - policyWrittenAt;
  // Chromium delivers storage.managed some seconds after start; nothing is judged under a policy not read yet.
  await expect
    .poll(
      async () =>
        (await worker())
          .evaluate(async () => {
            const { chrome: api } = globalThis as unknown as { chrome: PolicyInstalledChrome };
            return Object.keys(await api.storage.managed.get()).length;
          })
          .catch(() => 0),
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0);
  await expect
    .poll(
      async () =>
        (await worker())
          .evaluate(
            async () => ((await chrome.storage.local.get('policyState')).policyState as { status?: string })?.status,
          )
          .catch(() => undefined),
      { timeout: 30_000 },
    )
    .toBe('present');
  const managedMs = performance.now() - policyWrittenAt;
  return { context, worker, timings: { launchMs, workerMs, managedMs } };
}

/** The extension's service worker as the browser's target list shows it (Playwright may list a stopped one). */
export async function workerRunning(context: BrowserContext, extensionId: string): Promise<boolean> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ type: string; url: string }>;
    };
    await cdp.detach();
    return targetInfos.some(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
  } finally {
    await page.close();
  }
}

/** Stops every service worker, as Chrome does to an idle extension, and waits until the extension's is gone. */
export async function stopExtensionWorker(context: BrowserContext, extensionId: string): Promise<void> {
  await stopServiceWorkers(context);
  await expect.poll(() => workerRunning(context, extensionId), { timeout: 10_000 }).toBe(false);
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  return path;
}

/** Launches Chromium with the built extension, in a fresh profile. */
export async function launchWithExtension(options: { locale?: string } = {}): Promise<BrowserContext> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npx wxt build` first (npm run test:e2e does).');
  }
  const args = [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (options.locale) args.push(`--lang=${options.locale}`);
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    args,
    // Chromium on Linux takes its interface language from LANGUAGE; --lang is for other systems.
    ...(options.locale
      ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale, LANG: `${options.locale}.UTF-8` } }
      : {}),
  });
}

/**
 * The extension's service worker, once its start-up script has run (and so
 * registered its listeners): a navigation made earlier could go unseen, as
 * one made at the very moment a browser starts.
 */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  await worker.evaluate(() => true);
  return worker;
}

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
  context: async ({}, use) => {
    const context = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const worker = await extensionWorker(context);
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

/** Stops every service worker of the browser, as Chrome does to an idle extension. */
export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

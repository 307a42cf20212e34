import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';

/**
 * Starting Chromium with the built extension: one place for `npm start`, the
 * end-to-end tests, the screenshots and the browser benchmark.
 */
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** CHROMIUM_PATH when set (and then only it), else the first Chromium-family browser found. */
export function findChromium(): string | null {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) return existsSync(wanted) ? wanted : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export interface LaunchOptions {
  locale?: string;
  headless?: boolean;
  /** A profile folder to keep between runs; a fresh temporary one when omitted. */
  profileDir?: string;
  /** Load the extension (default) or start a plain browser, for comparisons. */
  withExtension?: boolean;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (executablePath === null) {
    throw new Error(
      `No Chromium-family browser found${process.env.CHROMIUM_PATH ? ` at CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : ''}: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('The extension is not built: run `npx wxt build` first.');
  }
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-gpu',
    ...(withExtension ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`] : []),
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (options.locale) args.push(`--lang=${options.locale}`);
  return chromium.launchPersistentContext(options.profileDir ?? '', {
    executablePath,
    headless: options.headless ?? true,
    args,
    viewport: options.headless === false ? null : { width: 1100, height: 900 },
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

/** Stops every service worker of the browser, as Chrome does to an idle extension. */
export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await page.close();
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../lib/core/extension-ids';

/**
 * Starting Firefox ESR with the built extension, through puppeteer-core over
 * WebDriver BiDi (Playwright cannot drive a stock Firefox; puppeteer-core
 * downloads no browser). The extension is installed as a temporary add-on,
 * unsigned, as `about:debugging` would.
 */
export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** FIREFOX_PATH when set (and then only it), else Debian's Firefox ESR, else any Firefox. */
export function findFirefox(): string | null {
  const wanted = process.env.FIREFOX_PATH;
  if (wanted) return existsSync(wanted) ? wanted : null;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** The MV2 build by default (`npm run build:firefox`); FIREFOX_EXTENSION_DIR=.output/firefox-mv3 tests the MV3 one. */
export const EXTENSION_DIR = resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');

/**
 * The extension's moz-extension:// UUID is random per profile unless this pref
 * fixes it; fixed, the tests know its pages' URLs before it is installed.
 */
export const EXTENSION_UUID = '6f1e2c3a-0b7d-4e59-9a26-c0a5e27d0001';
export const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path}`;

export interface LaunchOptions {
  executablePath: string;
  proxyPort: number;
  /** The interface language Firefox asks for; another than en-US needs its language pack installed. */
  locale: string;
}

export async function launchFirefox(options: LaunchOptions): Promise<Browser> {
  const proxy = { host: '127.0.0.1', port: options.proxyPort };
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    // Lets BiDi open moz-extension:// pages (the popup) directly.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Every host, loopback included, through the fake internet's proxy: nothing leaves the machine.
      'network.proxy.type': 1,
      'network.proxy.http': proxy.host,
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': proxy.host,
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: EXTENSION_UUID }),
      'intl.locale.requested': options.locale,
    },
  });
}

/** Installs the built extension as a temporary add-on; its gecko id is the one policies.json names. */
export async function installConsentGuard(browser: Browser): Promise<void> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox extension is not built in ${EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const id = await browser.installExtension(EXTENSION_DIR);
  if (id !== FIREFOX_ADDON_ID)
    throw new Error(`Installed as ${id}, not ${FIREFOX_ADDON_ID}: policies.json would miss it.`);
}

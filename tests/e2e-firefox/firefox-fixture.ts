import { test as base, type TestInfo } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { waitForGuard } from './extension-pages';
import { type FakeInternet, startFakeInternet } from './fake-internet';
import { serveFakeSites } from './fake-sites';
import { findFirefox, installConsentGuard, launchFirefox } from './firefox';
import { canWritePolicies, removePolicies, writePolicies } from './firefox-policies';

/**
 * Each test gets the fake internet, a policies.json written for it, and a
 * fresh Firefox ESR (new profile) with the extension installed and started.
 * `test.use({ extensionPolicy, firefoxLocale })` sets what the organisation deployed
 * and the language Firefox asks for: both are read only at start.
 *
 * Outside CI a machine without Firefox, or a user who cannot write
 * /etc/firefox, skips these tests and says why; in CI (CI=true) both fail.
 */
interface Options {
  /** The managed policy in policies.json (`3rdparty.Extensions.<gecko id>`); none by default. */
  extensionPolicy: Record<string, unknown> | undefined;
  firefoxLocale: string;
}

interface Fixtures {
  internet: FakeInternet;
  firefox: Browser;
  /** The tab a test works in. */
  tab: Page;
}

const told = new Set<string>();

/** Skips the test outside CI (saying why, once); fails it in CI, where the machine must have what the tests need. */
function needs(testInfo: TestInfo, ok: boolean, why: string): asserts ok {
  if (ok) return;
  if (process.env.CI === 'true') throw new Error(`${why} (CI must run the Firefox suite: see .ci/run)`);
  // The list reporter does not print skip reasons.
  if (!told.has(why)) console.warn(`Firefox end-to-end tests skipped: ${why}.`);
  told.add(why);
  testInfo.skip(true, why);
}

export const test = base.extend<Options & Fixtures>({
  extensionPolicy: [undefined, { option: true }],
  firefoxLocale: ['en-US', { option: true }],

  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
  internet: async ({}, use) => {
    const internet = await startFakeInternet();
    serveFakeSites(internet);
    await use(internet);
    await internet.close();
  },

  firefox: async ({ internet, extensionPolicy, firefoxLocale: locale }, use, testInfo) => {
    const executablePath = findFirefox();
    needs(
      testInfo,
      executablePath !== null,
      `Firefox not found${process.env.FIREFOX_PATH ? ` at FIREFOX_PATH=${process.env.FIREFOX_PATH}` : ' at /usr/bin/firefox-esr'}: install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH`,
    );
    needs(testInfo, canWritePolicies(), 'writing /etc/firefox/policies/policies.json needs root (CI runs as root)');
    writePolicies({ caCertFile: internet.ca.certFile, extensionPolicy });
    let firefox: Browser | undefined;
    try {
      firefox = await launchFirefox({
        executablePath,
        proxyPort: internet.proxyPort,
        locale,
      });
      await installConsentGuard(firefox);
      const started = await waitForGuard(firefox, extensionPolicy ? 'present' : 'absent');
      needs(
        testInfo,
        started.uiLanguage.split('-')[0] === locale.split('-')[0],
        `Firefox has no language pack for ${locale} (Debian: apt-get install -y firefox-esr-l10n-${locale})`,
      );
      await use(firefox);
    } finally {
      await firefox?.close();
      removePolicies();
    }
  },

  tab: async ({ firefox }, use) => {
    await use((await firefox.pages())[0] ?? (await firefox.newPage()));
  },
});

export const expect = test.expect;

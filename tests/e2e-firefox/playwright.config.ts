import { defineConfig } from '@playwright/test';

/**
 * The Firefox ESR end-to-end suite (`npm run test:e2e:firefox`): Playwright
 * is only the test runner here; the browser is driven by puppeteer-core over
 * WebDriver BiDi (firefox.ts). Every test writes the machine-wide
 * /etc/firefox/policies/policies.json before its Firefox starts, so the tests
 * run one at a time.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  outputDir: '../../test-results/firefox',
});

import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built extension (.output/chrome-mv3) in a real
 * Chromium: Debian's, at CHROMIUM_PATH (default /usr/bin/chromium), since
 * Playwright's own browser download is not available everywhere.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test starts its own browser; two cores run two of them well.
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});

import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built extension (.output/chrome-mv3) in a real
 * Chromium: Debian's, at CHROMIUM_PATH (default /usr/bin/chromium), since
 * Playwright's own browser download is not available everywhere.
 *
 * Tests that write a machine-wide managed policy file run in their own
 * project, after all the others: every Chromium started while the file
 * exists would see that policy.
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
  projects: [
    { name: 'extension', testIgnore: /(managed-policy|reporting|force-installed)\.spec\.ts/ },
    {
      name: 'managed-policy',
      testMatch: /managed-policy\.spec\.ts/,
      dependencies: ['extension'],
      fullyParallel: false,
    },
    // Reporting is configured by a managed policy too: after the policy tests, never beside them.
    {
      name: 'reporting',
      testMatch: /reporting\.spec\.ts/,
      dependencies: ['managed-policy'],
      fullyParallel: false,
    },
    // The enterprise build force-installed from a loopback update server by a machine-wide policy file
    // (ExtensionInstallForcelist): last, alone, one browser at a time.
    {
      name: 'force-installed',
      testMatch: /force-installed\.spec\.ts/,
      dependencies: ['reporting'],
      fullyParallel: false,
      workers: 1,
    },
  ],
});

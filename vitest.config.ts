import './tests/node20-compat';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Property tests run 10,000 cases each; give them room on a 2-core machine.
    testTimeout: 60_000,
  },
});

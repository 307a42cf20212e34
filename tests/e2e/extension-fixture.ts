import type { BrowserContext } from '@playwright/test';
import { test as base } from '@playwright/test';
import { extensionWorker, launchChromium, stopServiceWorkers } from '../../scripts/chromium';

export { extensionWorker, stopServiceWorkers };

/** Launches Chromium with the built extension, in a fresh profile. */
export function launchWithExtension(options: { locale?: string } = {}): Promise<BrowserContext> {
  return launchChromium(options);
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

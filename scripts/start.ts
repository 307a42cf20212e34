/**
 * npm start: builds the extension and opens a Chromium-family browser with it
 * loaded, on the embedded default policy, at the built-in demo page.
 *
 * Where no display exists it says so, checks the extension headless instead,
 * saves a screenshot of the demo page, and exits; it never waits on a window
 * nobody can see.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const PROFILE_DIR = resolve('.output/start-profile');
const SCREENSHOT = resolve('.output/demo.png');

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
].filter((p): p is string => typeof p === 'string' && p !== '');

function findBrowser(): string | null {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<number> {
  console.log('Building the extension for Chrome/Edge…');
  execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'inherit' });

  const browserPath = findBrowser();
  if (browserPath === null) {
    console.error(
      [
        'No Chromium-family browser found. Install one, or point CHROMIUM_PATH at it:',
        '  Debian/Ubuntu: sudo apt-get install -y chromium',
        '  or load the built extension by hand: see README, "Load the extension by hand".',
        `The built extension is in ${EXTENSION_DIR}`,
      ].join('\n'),
    );
    return 1;
  }

  const headless = !hasDisplay();
  if (headless) {
    console.log('No display found (DISPLAY and WAYLAND_DISPLAY are unset): checking the extension headless instead.');
  }
  mkdirSync(PROFILE_DIR, { recursive: true });
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(headless ? '' : PROFILE_DIR, {
    executablePath: browserPath,
    headless,
    args,
    viewport: headless ? { width: 1100, height: 900 } : null,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/demo.html`);
  console.log(`Consent Guard ${extensionId} is loaded, on the embedded default policy.`);

  if (headless) {
    await page.locator('tr[data-sample]').first().waitFor();
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`Demo page rendered: screenshot saved to ${SCREENSHOT}`);
    console.log(
      'Run npm start on a machine with a display to use the browser, or load the extension by hand (README).',
    );
    await context.close();
    return 0;
  }
  console.log('The demo page is open. Close the browser to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);

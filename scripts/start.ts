/**
 * npm start: builds the extension and opens a Chromium-family browser with it
 * loaded, on the embedded default policy, at the built-in demo page.
 *
 * Where no display exists it says so, checks the extension headless instead,
 * saves a screenshot of the demo page, and exits; it never waits on a window
 * nobody can see.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR, extensionWorker, findChromium, launchChromium } from './chromium';

const PROFILE_DIR = resolve('.output/start-profile');
const SCREENSHOT = resolve('.output/demo.png');

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<number> {
  console.log('Building the extension for Chrome/Edge…');
  execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'inherit' });

  if (findChromium() === null) {
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
  } else {
    mkdirSync(PROFILE_DIR, { recursive: true });
  }
  const context = await launchChromium({ headless, ...(headless ? {} : { profileDir: PROFILE_DIR }) });
  const worker = await extensionWorker(context);
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
  console.log('The demo page is open: click its links to see the guard at work. Close the browser to stop.');
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

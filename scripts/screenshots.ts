/**
 * npm run screenshots: pictures of what people see, for docs/images/
 * (the warning page for each provider, in English and French, a block, a
 * device-code page, the options page). Builds first; needs Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { extensionWorker, launchChromium } from './chromium';
import { seedGrants } from './seed-grants';

const OUT = 'docs/images';
const enc = encodeURIComponent;

const SHOTS: Array<{ name: string; url: string; locale?: string; local?: Record<string, unknown> }> = [
  {
    name: 'warning-microsoft',
    url: `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=11111111-2222-4333-8444-555555555555&response_type=code&redirect_uri=${enc('https://invoice-viewer.herokuapp.com/callback')}&scope=${enc('https://graph.microsoft.com/Mail.Read https://graph.microsoft.com/Mail.Send offline_access User.Read')}&login_hint=${enc('ann@contoso.com')}`,
  },
  {
    name: 'warning-microsoft-fr',
    locale: 'fr',
    url: `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=11111111-2222-4333-8444-555555555555&response_type=code&redirect_uri=${enc('https://invoice-viewer.herokuapp.com/callback')}&scope=${enc('https://graph.microsoft.com/Mail.Read https://graph.microsoft.com/Mail.Send offline_access User.Read')}`,
  },
  {
    name: 'warning-google',
    url: `https://accounts.google.com/o/oauth2/v2/auth?client_id=123456789-demo.apps.googleusercontent.com&response_type=code&access_type=offline&redirect_uri=${enc('https://docs-share.example.org/oauth')}&scope=${enc('https://www.googleapis.com/auth/drive https://www.googleapis.com/auth/gmail.readonly')}`,
  },
  {
    name: 'warning-github',
    url: `https://github.com/login/oauth/authorize?client_id=Ov23demo0123456789&redirect_uri=${enc('https://ci-helper.example.io/cb')}&scope=${enc('repo,admin:org,workflow')}`,
  },
  {
    name: 'warning-slack',
    url: `https://slack.com/oauth/v2/authorize?client_id=1234567890.0987654321&scope=${enc('chat:write,channels:read')}&user_scope=${enc('channels:history,im:history,files:read')}&redirect_uri=${enc('https://bot.example.com/slack')}`,
  },
  { name: 'warning-device-code', url: 'https://microsoft.com/devicelogin' },
  {
    name: 'warning-consentfix',
    url: `https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=${enc('http://localhost:8400')}&scope=${enc('https://management.core.windows.net//.default offline_access openid profile')}`,
  },
  {
    name: 'block-enforce',
    local: { mode: 'enforce' },
    url: `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=11111111-2222-4333-8444-555555555555&response_type=code&redirect_uri=${enc('https://app.example.com/cb')}&scope=${enc('Files.ReadWrite.All')}`,
  },
];

async function shoot(context: BrowserContext, name: string, url: string, width: number) {
  await context.route(/^https:\/\/(login\.microsoftonline|accounts\.google|github|slack|microsoft)\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>Fake provider</h1>' }),
  );
  await context.route('https://mail.example.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Mail</title>' }),
  );
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  // Lures come from web pages: the link is followed from one (a browser-started navigation is a command line's).
  await page.goto('https://mail.example.test/inbox');
  await page.evaluate((target) => location.assign(target), url).catch(() => undefined);
  // The guard cuts the navigation short and sends the tab to its page: wait for it to arrive.
  for (let i = 0; i < 150 && !page.url().includes('/warning.html'); i++) await page.waitForTimeout(100);
  if (!page.url().includes('/warning.html')) throw new Error(`${name}: no warning page, at ${page.url()}`);
  await page.locator('main.warning').waitFor({ timeout: 15_000 });
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
  await page.close();
}

async function main() {
  execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'inherit' });
  mkdirSync(OUT, { recursive: true });
  for (const shot of SHOTS) {
    const context = await launchChromium(shot.locale ? { locale: shot.locale } : {});
    const worker = await extensionWorker(context);
    if (shot.local) {
      await worker.evaluate((local) => chrome.storage.local.set({ localSettings: local }), shot.local);
      // Wait until the block rules are in place.
      for (
        let i = 0;
        i < 100 &&
        (await worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length)) === 0;
        i++
      ) {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await shoot(context, shot.name, shot.url, 820);
    if (shot.name === 'warning-microsoft') await shoot(context, 'warning-microsoft-narrow', shot.url, 360);
    await context.close();
    console.log(`wrote ${OUT}/${shot.name}.png`);
  }
  const context = await launchChromium();
  const worker = await extensionWorker(context);
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  await page.goto(`${origin}/options.html`);
  await page.locator('[data-status]').waitFor();
  await page.screenshot({ path: `${OUT}/options.png`, fullPage: true });
  console.log(`wrote ${OUT}/options.png`);

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 620 });
  await popup.goto(`${origin}/popup.html`);
  await seedGrants(popup, 200);
  await popup.reload();
  await popup.locator('[data-grant]').first().waitFor();
  await popup.screenshot({ path: `${OUT}/popup.png` });
  await popup.locator('[data-grant]').first().click();
  await popup.locator('.grant-detail').waitFor();
  await popup.screenshot({ path: `${OUT}/popup-detail.png`, fullPage: true });
  console.log(`wrote ${OUT}/popup.png and popup-detail.png`);
  await context.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

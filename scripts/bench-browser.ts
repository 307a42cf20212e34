/**
 * npm run bench:browser: what the guard costs and how fast it stops a request,
 * in a real Chromium with the built extension (30 runs each, figures in ms).
 *
 * - warning painted: from the moment a web page starts a risky request to the
 *   first paint of the warning page, with the service worker warm and stopped;
 * - block painted: the same for a request stopped by a declarativeNetRequest rule;
 * - the page the warning replaces: the same navigation, measured the same way,
 *   in a browser without the extension (the provider's sign-in page painted);
 * - plain page: load time of an ordinary page with and without the extension.
 *
 * Provider and ordinary pages are served locally (Playwright routing): the
 * figures measure the browser and the guard, not a network.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from '@playwright/test';
import { msRow } from './bench/measure';
import { extensionWorker, launchChromium, stopServiceWorkers } from './chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const enc = encodeURIComponent;
const RISKY = (i: number) =>
  `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=11111111-2222-4333-8444-${String(i).padStart(12, '0')}&response_type=code&redirect_uri=${enc('https://app.example.test/cb')}&scope=${enc('Mail.Read offline_access')}`;
const BLOCKED = (i: number) =>
  `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=22222222-2222-4333-8444-${String(i).padStart(12, '0')}&response_type=code&redirect_uri=${enc('https://app.example.test/cb')}&scope=${enc('Files.ReadWrite.All')}`;
const PLAIN_PAGE = `<!doctype html><title>News</title><h1>Today</h1>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'.repeat(200)}`;

/** The provider's sign-in page, about the size of a real one's first paint: a heading and a form. */
const PROVIDER_PAGE = `<!doctype html><title>Sign in</title><main class="provider"><h1>Sign in</h1><form><input name="login"><button>Next</button></form></main>`;

async function servePages(context: BrowserContext) {
  await context.route(/^https:\/\/login\.microsoftonline\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: PROVIDER_PAGE }),
  );
  await context.route(/^https:\/\/news\.example\.test\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: PLAIN_PAGE }),
  );
}

interface PaintTiming {
  /** From the page starting the navigation to the landing page's own fetch (the guard's decision and redirect). */
  redirect: number;
  /** From the landing page's fetch to its first contentful paint (the page itself). */
  page: number;
  total: number;
}

/**
 * Milliseconds from a web page starting the navigation (as a lure does) to
 * the first paint of the page it lands on (`landing`: a path part of its URL;
 * `ready`: a selector of its content), both read on the browser's clock, so
 * the test driver's own latency is not counted.
 */
async function timeToPaint(
  page: Page,
  url: string,
  landing = '/warning.html',
  ready = 'main.warning',
): Promise<PaintTiming> {
  await page.goto(`https://news.example.test/start-${Math.random()}`);
  const started = await page.evaluate((target) => {
    const now = performance.timeOrigin + performance.now();
    location.href = target;
    return now;
  }, url);
  for (let i = 0; i < 300 && !page.url().includes(landing); i++) await page.waitForTimeout(5);
  await page.locator(ready).waitFor({ timeout: 15_000 });
  const { fetched, painted } = await page.evaluate(() => {
    const paint =
      performance.getEntriesByName('first-contentful-paint')[0] ?? performance.getEntriesByName('first-paint')[0];
    // The page's own fetch: after the guard's decision and redirect, whichever way the guard stopped the request
    // (a redirect within the same navigation keeps the navigation's start as the page's time origin).
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      fetched: performance.timeOrigin + (navigation?.fetchStart ?? 0),
      painted: performance.timeOrigin + (paint?.startTime ?? performance.now()),
    };
  });
  return { redirect: fetched - started, page: painted - fetched, total: painted - started };
}

async function plainLoad(page: Page, i: number): Promise<number> {
  await page.goto(`https://news.example.test/article/${i}?utm_source=mail`);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
  });
}

/**
 * The warning's figures in one browser: worker warm, worker stopped, and (in
 * the store build, whose blocks are rules) a block stopped by a rule.
 * `stopWorker` stops the extension's worker before each run.
 */
async function warningRows(
  guarded: BrowserContext,
  label: string,
  stopWorker: (context: BrowserContext) => Promise<void>,
): Promise<string[]> {
  await servePages(guarded);
  const page = await guarded.newPage();
  await timeToPaint(page, RISKY(999_999));
  const paintRuns = async (url: (i: number) => string, stopped: boolean) => {
    const samples: PaintTiming[] = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = await guarded.newPage();
      if (stopped) await stopWorker(guarded);
      samples.push(await timeToPaint(fresh, url(stopped ? 1000 + i : i)));
      await fresh.close();
    }
    return samples;
  };
  /** The total, and where it went: the guard's decision and redirect, then the warning page itself. */
  const paintRows = (what: string, samples: PaintTiming[]) => [
    msRow(
      what,
      samples.map((s) => s.total),
    ),
    msRow(
      '… of which until the warning page starts',
      samples.map((s) => s.redirect),
    ),
    msRow(
      '… of which the warning page to its paint',
      samples.map((s) => s.page),
    ),
  ];
  return [
    ...paintRows(`${label}: warning painted, worker warm`, await paintRuns(RISKY, false)),
    ...paintRows(`${label}: warning painted, worker stopped`, await paintRuns(RISKY, true)),
  ];
}

/** The page the warning replaces: the same navigation, in a fresh tab each time, in a browser without the guard. */
async function replacedPageRows(bare: BrowserContext): Promise<string> {
  const warmUp = await bare.newPage();
  await timeToPaint(warmUp, RISKY(999_999), 'login.microsoftonline.com', 'main.provider');
  await warmUp.close();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const fresh = await bare.newPage();
    samples.push((await timeToPaint(fresh, RISKY(i), 'login.microsoftonline.com', 'main.provider')).total);
    await fresh.close();
  }
  return msRow('the page the warning replaces (the provider’s, no extension), painted', samples);
}

async function plainRows(context: BrowserContext, label: string): Promise<string> {
  const plainPage = await context.newPage();
  await plainLoad(plainPage, -1);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await plainLoad(plainPage, i));
  return msRow(label, samples);
}

/** The enterprise build, packed and force-installed by a real policy file (root only: the file is machine-wide). */
async function enterpriseRows(): Promise<string[]> {
  const {
    buildEnterprise,
    selfHost,
    writeForceInstallPolicy,
    removeForceInstallPolicy,
    launchManaged,
    stopExtensionWorker,
  } = await import('../tests/e2e/force-install-deployment');
  buildEnterprise();
  const hosted = await selfHost();
  try {
    // The organisation's policy as the default would be: the figures compare the paths, not the rules.
    writeForceInstallPolicy(hosted, { mode: 'warn' });
    const managed = await launchManaged(hosted.extensionId, performance.now());
    try {
      return await warningRows(managed.context, 'force-installed, blocking listener', (context) =>
        stopExtensionWorker(context, hosted.extensionId),
      );
    } finally {
      await managed.context.close();
    }
  } finally {
    removeForceInstallPolicy();
    await hosted.close();
  }
}

async function main() {
  execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'ignore' });
  const rows: string[] = [];

  const guarded = await launchChromium();
  const worker = await extensionWorker(guarded);
  rows.push(...(await warningRows(guarded, 'unpacked, after the navigation starts', stopServiceWorkers)));
  // Enforce mode: the same kind of request becomes a block, stopped by a rule before the worker.
  await worker.evaluate(() => chrome.storage.local.set({ localSettings: { mode: 'enforce' } }));
  await new Promise((resolve) => setTimeout(resolve, 4000));
  const blockPage = await guarded.newPage();
  const blocks: PaintTiming[] = [];
  for (let i = 0; i < RUNS; i++) blocks.push(await timeToPaint(blockPage, BLOCKED(i)));
  rows.push(
    msRow(
      'unpacked: block painted (rule), worker warm',
      blocks.map((s) => s.total),
    ),
  );
  rows.push(await plainRows(guarded, 'plain page load, with the extension'));
  await guarded.close();

  if (process.getuid?.() === 0) rows.push(...(await enterpriseRows()));
  else rows.push('| force-installed: not measured (root is needed to write the machine-wide policy file) | | | | | |');

  const bare = await launchChromium({ withExtension: false });
  await servePages(bare);
  rows.push(await replacedPageRows(bare));
  rows.push(await plainRows(bare, 'plain page load, without the extension'));
  await bare.close();

  console.log(`Consent Guard browser bench · ${RUNS} runs each · ms`);
  console.log('| what | runs | mean | p50 | p95 | max |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

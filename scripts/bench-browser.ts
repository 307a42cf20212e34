/**
 * npm run bench:browser: what the guard costs and how fast it stops a request,
 * in a real Chromium with the built extension (30 runs each, figures in ms).
 *
 * - warning painted: from the moment a risky request is started to the first
 *   paint of the warning page, with the service worker warm and stopped;
 * - block painted: the same for a request stopped by a declarativeNetRequest rule;
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

async function servePages(context: BrowserContext) {
  await context.route(/^https:\/\/login\.microsoftonline\.com\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>Fake provider</h1>' }),
  );
  await context.route(/^https:\/\/news\.example\.test\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: PLAIN_PAGE }),
  );
}

interface WarningTiming {
  /** From the page starting the navigation to the warning page's own navigation start (the guard's decision). */
  redirect: number;
  /** From the warning page's navigation start to its first contentful paint (the page itself). */
  page: number;
  total: number;
}

/**
 * Milliseconds from a web page starting the navigation (as a lure does) to
 * the first paint of the warning page, both read on the browser's clock, so
 * the test driver's own latency is not counted.
 */
async function timeToWarning(page: Page, url: string): Promise<WarningTiming> {
  await page.goto(`https://news.example.test/start-${Math.random()}`);
  const started = await page.evaluate((target) => {
    const now = performance.timeOrigin + performance.now();
    location.href = target;
    return now;
  }, url);
  for (let i = 0; i < 300 && !page.url().includes('/warning.html'); i++) await page.waitForTimeout(5);
  await page.locator('main.warning').waitFor({ timeout: 15_000 });
  const { origin, painted } = await page.evaluate(() => {
    const paint =
      performance.getEntriesByName('first-contentful-paint')[0] ?? performance.getEntriesByName('first-paint')[0];
    return {
      origin: performance.timeOrigin,
      painted: performance.timeOrigin + (paint?.startTime ?? performance.now()),
    };
  });
  return { redirect: origin - started, page: painted - origin, total: painted - started };
}

async function plainLoad(page: Page, i: number): Promise<number> {
  await page.goto(`https://news.example.test/article/${i}?utm_source=mail`);
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav ? nav.loadEventEnd - nav.startTime : Number.NaN;
  });
}

async function main() {
  execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'ignore' });
  const rows: string[] = [];

  const guarded = await launchChromium();
  const worker = await extensionWorker(guarded);
  await servePages(guarded);
  const page = await guarded.newPage();
  await timeToWarning(page, RISKY(999_999));

  /** One fresh tab per run; with `stopWorker`, the service worker is stopped before each. */
  const paintRuns = async (url: (i: number) => string, stopWorker: boolean) => {
    const samples: WarningTiming[] = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = await guarded.newPage();
      if (stopWorker) await stopServiceWorkers(guarded);
      samples.push(await timeToWarning(fresh, url(stopWorker ? 1000 + i : i)));
      await fresh.close();
    }
    return samples;
  };
  /** The total, and where it went: the guard's decision and redirect, then the warning page itself. */
  const paintRows = (label: string, samples: WarningTiming[]) => [
    msRow(
      label,
      samples.map((s) => s.total),
    ),
    msRow(
      `… of which until the warning page starts`,
      samples.map((s) => s.redirect),
    ),
    msRow(
      `… of which the warning page to its paint`,
      samples.map((s) => s.page),
    ),
  ];
  rows.push(...paintRows('warning painted, worker warm', await paintRuns(RISKY, false)));
  rows.push(...paintRows('warning painted, worker stopped', await paintRuns(RISKY, true)));

  // Enforce mode: the same kind of request becomes a block, stopped by a rule.
  await worker.evaluate(() => chrome.storage.local.set({ localSettings: { mode: 'enforce' } }));
  await page.waitForTimeout(4000);
  rows.push(...paintRows('block painted (rule), worker warm', await paintRuns(BLOCKED, false)));
  rows.push(...paintRows('block painted (rule), worker stopped', await paintRuns(BLOCKED, true)));

  const withExtension: number[] = [];
  const plainPage = await guarded.newPage();
  await plainLoad(plainPage, -1);
  for (let i = 0; i < RUNS; i++) withExtension.push(await plainLoad(plainPage, i));
  await guarded.close();

  const bare = await launchChromium({ withExtension: false });
  await servePages(bare);
  const barePage = await bare.newPage();
  await plainLoad(barePage, -1);
  const withoutExtension: number[] = [];
  for (let i = 0; i < RUNS; i++) withoutExtension.push(await plainLoad(barePage, i));
  await bare.close();
  rows.push(msRow('plain page load, with the extension', withExtension));
  rows.push(msRow('plain page load, without the extension', withoutExtension));

  console.log(`Consent Guard browser bench · ${RUNS} runs each · ms`);
  console.log('| what | runs | mean | p50 | p95 | max |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * npm run bench:popup: how fast the popup is usable with a large inventory
 * (10,000 grants), in a real Chromium with the built extension.
 *
 * "Usable" is the popup's own mark, set on the first frame after the first
 * rows are in; "search" is from typing a query to the filtered list.
 */
import { execFileSync } from 'node:child_process';
import { msRow } from './bench/measure';
import { extensionWorker, launchChromium } from './chromium';
import { seedGrants } from './seed-grants';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const GRANTS = Number(process.env.BENCH_GRANTS ?? 10_000);

async function main() {
  execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'ignore' });
  const context = await launchChromium();
  const worker = await extensionWorker(context);
  const popupUrl = `chrome-extension://${new URL(worker.url()).host}/popup.html`;
  const seeder = await context.newPage();
  await seeder.goto(popupUrl);
  await seedGrants(seeder, GRANTS);
  await seeder.close();

  const usable: number[] = [];
  const search: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 640 });
    await page.goto(popupUrl);
    await page.waitForFunction(() => performance.getEntriesByName('popup-usable').length > 0);
    usable.push(await page.evaluate(() => performance.getEntriesByName('popup-usable')[0]?.startTime ?? Number.NaN));
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('searchbox').fill(`seeded app ${1000 + i}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-grant]').length === 1);
    search.push((await page.evaluate(() => performance.now())) - started);
    await page.close();
  }
  await context.close();
  console.log(`Consent Guard popup bench · ${GRANTS} grants · ${RUNS} runs · ms`);
  console.log('| what | runs | mean | p50 | p95 | max |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  console.log(msRow('popup usable (first rows painted, from navigation start)', usable));
  console.log(msRow('search over every grant (typing to filtered list)', search));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * Renders docs/images/shield.svg to the PNG sizes the stores and browsers ask
 * for (16, 32, 48, 96, 128). Run after changing the SVG: npx tsx scripts/make-icons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SIZES = [16, 32, 48, 96, 128];

async function main() {
  const svg = readFileSync('docs/images/shield.svg', 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  }
  await browser.close();
}

main();

/**
 * Renders icons/icon.svg to the PNG sizes the manifest names, with Debian's Chromium.
 * Run once after changing the SVG: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SIZES = [16, 32, 48, 128];
const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'icons/icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}"></body></html>`);
    await page.screenshot({ path: join(root, `icons/icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`icons: ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);

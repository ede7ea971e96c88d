/**
 * Visual regression: a screenshot of the viewport, cropped to one element's box, compared with
 * the baseline committed in test/visual/baselines/<name>-<browser>.png under a tolerance
 * (lib/png.ts). `npm run test:update-baselines` (SAHEL_UPDATE_BASELINES=1) writes the
 * baselines instead. A mismatch leaves the actual picture and a diff (differing pixels in
 * magenta) in artifacts/visual/.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, ROOT } from './paths.ts';
import type { BrowserName, TestPage } from './browsers.ts';
import { compareImages, crop, decodePng, encodePng, DEFAULT_TOLERANCE, type Tolerance } from './png.ts';

export const BASELINES = join(ROOT, 'test/visual/baselines');
const OUT = join(ARTIFACTS, 'visual');
export const UPDATING = process.env.SAHEL_UPDATE_BASELINES === '1';

/** A rectangle in CSS pixels of the viewport (device pixel ratio 1 in both test browsers). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Screenshots `page`, crops to `box` (padded by `pad` px), and compares with the baseline
 * `name`-`browser`. Returns the cropped picture's path (for the README). Throws on a mismatch.
 */
export async function matchBaseline(page: TestPage, browser: BrowserName, name: string, box: Box, pad = 8, tol: Tolerance = DEFAULT_TOLERANCE): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const full = join(OUT, `${name}-${browser}-full.png`);
  await page.screenshot(full);
  const img = crop(decodePng(readFileSync(full)), { x: box.x - pad, y: box.y - pad, width: box.width + 2 * pad, height: box.height + 2 * pad });
  rmSync(full, { force: true });
  const actualPath = join(OUT, `${name}-${browser}.png`);
  writeFileSync(actualPath, encodePng(img));
  const baseline = join(BASELINES, `${name}-${browser}.png`);
  if (UPDATING) {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baseline, encodePng(img));
    return actualPath;
  }
  if (!existsSync(baseline)) throw new Error(`no baseline ${baseline}: run npm run test:update-baselines and commit it`);
  const result = compareImages(img, decodePng(readFileSync(baseline)), tol);
  if (!result.same) {
    if (result.diff) writeFileSync(join(OUT, `${name}-${browser}-diff.png`), encodePng(result.diff));
    throw new Error(`${name} (${browser}) differs from its baseline: ${result.reason}; see ${actualPath}`);
  }
  return actualPath;
}

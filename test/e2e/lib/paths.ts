/** Where the e2e harness finds things. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
/** Built extensions; SAHEL_LENS_DIST (absolute) points tests at another build folder. */
export const DIST = process.env.SAHEL_LENS_DIST ?? join(ROOT, 'dist');
export const DIST_CHROME = join(DIST, 'chrome');
export const DIST_FIREFOX = join(DIST, 'firefox');
export const CORPUS = join(ROOT, 'test/data/corpus');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The real saved pages are third-party content and never committed: they are read from
 * ../shared/fixtures/real-pages or $SAHEL_REAL_PAGES. Returns null when absent.
 */
export function realPagesDir(): string | null {
  const dir = process.env.SAHEL_REAL_PAGES ?? resolve(ROOT, '../shared/fixtures/real-pages');
  return existsSync(join(dir, 'INDEX.json')) ? dir : null;
}

/**
 * What the page benchmark loads: the real saved pages (served under an outlet host name so the
 * content script runs) and Sahel articles transplanted into real page templates (where the
 * heavy path runs), plus a plain Chromium without the extension for the comparison, and the
 * host names Firefox must map to the local server.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM } from '../../test/e2e/lib/paths.ts';
import { CHROMIUM_ARGS, TEST_HOSTS } from '../../test/e2e/lib/browsers.ts';
import { referencedHosts } from '../../test/e2e/lib/robust-tab.ts';
import { TEMPLATES, transplant } from '../../test/e2e/lib/transplant.ts';
import { FR_ID, loadArticle, SEED_ID } from '../../test/e2e/lib/hostile-pages.ts';
import { outletForHost } from '../../src/settings/outlets.ts';

export interface BenchPage {
  name: string;
  kind: 'real' | 'sahel';
  host: string;
  path: string;
  bytes: number;
  /** For transplants: the generated HTML to serve. */
  html?: string;
}

interface IndexEntry {
  name: string;
  url: string | null;
  language: string;
  bytes: number;
}

/** A handful of pages for `--smoke`: small and huge, article and front page, French. */
export const SMOKE_PAGES = [
  'aeb-aljazeera.com-7916ecca',
  'readability-lemonde-1',
  'tiptopjaw-bbc-news-homepage-2026',
  'readability-wikipedia-2',
  'newspaper4k-cnn-tillerson-huge',
];

function hostFor(e: IndexEntry): string {
  try {
    const h = new URL(e.url ?? '').hostname;
    if (outletForHost(h)) return h;
  } catch {
    /* no URL */
  }
  return e.language.startsWith('fr') ? TEST_HOSTS.fr : TEST_HOSTS.en;
}

export function benchPages(realDir: string, opts: { smoke: boolean; pages: number | null; sahel: boolean }): BenchPage[] {
  const index = JSON.parse(readFileSync(join(realDir, 'INDEX.json'), 'utf8')) as IndexEntry[];
  let real = index;
  if (opts.smoke) real = index.filter((e) => SMOKE_PAGES.includes(e.name));
  if (opts.pages !== null) real = real.slice(0, opts.pages);
  const out: BenchPage[] = real.map((e) => ({ name: e.name, kind: 'real', host: hostFor(e), path: `/real/${e.name}.html`, bytes: e.bytes }));
  if (opts.sahel) {
    const combos = TEMPLATES.flatMap((t) => [SEED_ID, FR_ID].map((id) => ({ t, id })));
    for (const { t, id } of opts.smoke ? combos.slice(0, 1) : combos) {
      const html = transplant(realDir, t, loadArticle(id));
      out.push({ name: `${id} in ${t.page}`, kind: 'sahel', host: t.host, path: `/transplant/${t.page}--${id}.html`, bytes: Buffer.byteLength(html), html });
    }
  }
  return out;
}

/**
 * Chromium with the same flags and host mapping as the harness's, without our extension: with
 * no extension at all, or with the one in `extensionDir` (the baseline's, cli/lib/bench-baseline.ts).
 */
export async function launchPlainChromium(extensionDir?: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'sahel-lens-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
    args: [...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []), ...CHROMIUM_ARGS],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Every host name Firefox must resolve to the local server for these pages: the hosts they are
 * served under and every host their HTML refers to (Firefox maps only the names it is given,
 * network.dns.localDomains; see referencedHosts).
 */
export function firefoxHosts(realDir: string, pages: readonly BenchPage[]): string[] {
  const hosts = new Set<string>(Object.values(TEST_HOSTS));
  for (const p of pages) {
    hosts.add(p.host);
    const html = p.html ?? readFileSync(join(realDir, p.name, 'source.html'), 'utf8');
    for (const h of referencedHosts(html)) hosts.add(h);
  }
  return [...hosts];
}

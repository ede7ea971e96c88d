/**
 * Issue 14: the store screenshots, taken from the packages as uploaded. Each browser loads its
 * zip from dist/packages/ (`npm run package` first), unpacked here with the same zip reader the
 * package checks use, so this file is also the end-to-end run against the unpacked zips that
 * `npm test` does every time (any other e2e file can run against them with
 * SAHEL_LENS_DIST=$PWD/dist/unpacked, see the README's "Releasing").
 *
 * At 1280×800 (the Chrome Web Store size, fine for addons.mozilla.org too), light and dark: the
 * design article (English) and a French article with a note and the summary open, and the popup
 * for the English article, drawn where the toolbar opens it over that article (headless browsers
 * have no toolbar: the popup page is shot in a tab and laid over the article's top right corner).
 * Written to artifacts/store/<chrome|firefox>/; store/screenshots/ keeps a committed copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Browser as PpBrowser } from 'puppeteer-core';
import { launchChromium, launchFirefox, pageUrl, TEST_HOSTS, type BrowserName, type TestBrowser, type TestPage } from './lib/browsers.ts';
import { startServer, type TestServer } from './lib/server.ts';
import { ARTIFACTS, ROOT } from './lib/paths.ts';
import { BROWSERS } from './lib/session.ts';
import { overlayLanguage, readMarkers, readOpenCard, readSummary, waitForMarkers } from './lib/overlay-reader.ts';
import { openPopupFor, until } from './lib/extension-page.ts';
import { pngSize } from './lib/png.ts';
import { readZip } from '../../scripts/zip.ts';
import { packageName } from '../../scripts/package.ts';

const WIDTH = 1280;
const HEIGHT = 800;
const EN = 'seed-kidal-convoy';
/** A French dev article the engine gets exactly right, with conflicting accounts. */
const FR = 'fr-radio-drone-algerie';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** Which store each browser's screenshots are for, and the package it loads. */
const STORE: Record<BrowserName, 'chrome' | 'firefox'> = { chromium: 'chrome', firefox: 'firefox' };

/** Unpacks a package zip into a fresh folder; the caller removes it. */
function unpack(target: 'chrome' | 'firefox'): string {
  const zip = join(ROOT, 'dist/packages', packageName(version, target));
  if (!existsSync(zip)) throw new Error(`no ${zip}: run \`npm run package\` first`);
  const dir = mkdtempSync(join(tmpdir(), `sahel-lens-${target}-zip-`));
  for (const e of readZip(readFileSync(zip))) {
    mkdirSync(dirname(join(dir, e.name)), { recursive: true });
    writeFileSync(join(dir, e.name), e.data);
  }
  return dir;
}

/** Sets the viewport of the driver's page behind `page` (the shared TestPage has no such call). */
async function setViewport(b: TestBrowser, page: TestPage): Promise<void> {
  const url = page.url();
  if (b.name === 'chromium') {
    const pw = (b as TestBrowser & { context: BrowserContext }).context.pages().find((p) => p.url() === url);
    if (!pw) throw new Error(`no Chromium page at ${url}`);
    await pw.setViewportSize({ width: WIDTH, height: HEIGHT });
  } else {
    const pages = await (b as TestBrowser & { browser: PpBrowser }).browser.pages();
    const pp = pages.find((p) => p.url() === url);
    if (!pp) throw new Error(`no Firefox page at ${url}`);
    await pp.setViewport({ width: WIDTH, height: HEIGHT });
  }
  const size = await until(
    () => page.evaluate(() => ({ w: innerWidth, h: innerHeight }), null),
    (s) => s.w === WIDTH && s.h === HEIGHT,
  );
  expect(size).toEqual({ w: WIDTH, h: HEIGHT });
}

/** Closes any open card and the summary. */
async function closeAll(page: TestPage): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const [c, s] = [await readOpenCard(page), await readSummary(page)];
    if (!c && !s?.open) return;
    await page.press('Escape');
  }
}

/** The first note's card open and the summary open, at the top of the article. */
async function stage(page: TestPage): Promise<void> {
  await closeAll(page);
  await page.evaluate(() => window.scrollTo(0, 0), null);
  const markers = await readMarkers(page);
  await page.press('Alt+Shift+L');
  expect((await until(() => readSummary(page), (x) => !!x?.open))?.open).toBe(true);
  await page.evaluate(() => {
    const el = document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-sl-claim]');
    if (!el) throw new Error('no marker in the overlay');
    el.click();
  }, null);
  expect((await until(() => readOpenCard(page), (c) => c?.id === markers[0]?.id))?.id).toBe(markers[0]?.id);
  await page.evaluate(() => window.scrollTo(0, 0), null);
  // Let the open/close animations (0.14 s) finish.
  await new Promise((r) => setTimeout(r, 400));
}

describe.each(BROWSERS)('store screenshots from the %s package', (browserName) => {
  const target = STORE[browserName];
  const outDir = join(ARTIFACTS, 'store', target);

  /** Screenshot of `page` as it is, checked for size; returns its path. */
  async function shot(page: TestPage, name: string): Promise<string> {
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, `${name}.png`);
    await page.screenshot(path);
    expect(pngSize(readFileSync(path)), name).toEqual({ width: WIDTH, height: HEIGHT });
    return path;
  }

  describe.each(['light', 'dark'] as const)('%s', (scheme) => {
    let dir: string;
    let server: TestServer;
    let b: TestBrowser;
    const news = (id: string) => pageUrl(id.startsWith('fr-') ? TEST_HOSTS.fr : TEST_HOSTS.en, server.port, `/news/${id}.html`);

    beforeAll(async () => {
      dir = unpack(target);
      server = await startServer();
      b = browserName === 'chromium' ? await launchChromium(dir, { colorScheme: scheme }) : await launchFirefox(dir, undefined, { colorScheme: scheme });
    });
    afterAll(async () => {
      await b?.close();
      await server?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it(`runs the ${target} zip's extension, version ${version}`, async () => {
      const page = await b.openExtensionPage('src/popup/index.html');
      const manifest = await page.evaluate(() => {
        const g = globalThis as Record<string, unknown>;
        const ext = (g.browser ?? g.chrome) as { runtime: { getManifest(): { version: string; background: Record<string, unknown> } } };
        return ext.runtime.getManifest();
      }, null);
      expect(manifest.version).toBe(version);
      expect(Object.keys(manifest.background)).toContain(target === 'chrome' ? 'service_worker' : 'scripts');
      await page.close();
    });

    it('the English design article, a note and the summary open', async () => {
      const page = await b.open(news(EN));
      expect(await waitForMarkers(page, 13)).toBe(13);
      await setViewport(b, page);
      await stage(page);
      await shot(page, `${scheme === 'light' ? 1 : 2}-article-en-${scheme}`);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it('a French article, in French, a note and the summary open', async () => {
      const page = await b.open(news(FR));
      expect(await waitForMarkers(page, 3)).toBeGreaterThanOrEqual(3);
      expect(await overlayLanguage(page)).toBe('fr');
      await setViewport(b, page);
      await stage(page);
      await shot(page, `${scheme === 'light' ? 3 : 4}-article-fr-${scheme}`);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    it.runIf(scheme === 'light')('the popup over the English article', async () => {
      const article = await b.open(news(EN));
      expect(await waitForMarkers(article, 13)).toBe(13);
      const popup = await openPopupFor(b, news(EN));
      const counts = await until(
        () => popup.evaluate(() => [...document.querySelectorAll('#page-status li[data-label] .count-value')].map((c) => Number(c.textContent)), null),
        (c) => c.length === 4,
      );
      expect(counts.reduce((a, n) => a + n, 0)).toBeGreaterThanOrEqual(13);
      // The popup's own box, at the top left of its tab (whose size does not matter: Firefox
      // keeps extension tabs at the window's size).
      const box = await popup.evaluate(() => {
        const r = (document.querySelector('.popup') ?? document.body).getBoundingClientRect();
        return { w: Math.ceil(r.right), h: Math.ceil(r.bottom) };
      }, null);
      expect(box.w).toBeGreaterThan(200);
      expect(box.h).toBeGreaterThan(150);
      const raw = join(dir, 'popup-tab.png');
      await popup.screenshot(raw, true);
      const rawSize = pngSize(readFileSync(raw));
      expect(rawSize.width).toBeGreaterThanOrEqual(box.w);
      expect(rawSize.height).toBeGreaterThanOrEqual(box.h);
      await popup.close();

      await article.bringToFront();
      await setViewport(b, article);
      await closeAll(article);
      await article.evaluate(() => window.scrollTo(0, 0), null);
      await article.evaluate(
        ({ src, w, h }) => {
          const frame = document.createElement('div');
          frame.id = 'store-popup-frame';
          Object.assign(frame.style, {
            position: 'fixed',
            top: '0',
            right: '24px',
            width: `${w}px`,
            height: `${Math.min(h, 760)}px`,
            overflow: 'hidden',
            zIndex: '2147483647',
            border: '1px solid #9aa0a6',
            borderRadius: '0 0 8px 8px',
            boxShadow: '0 10px 30px rgba(0, 0, 0, 0.35)',
            background: `url(${src}) 0 0 / auto no-repeat`,
          });
          document.documentElement.appendChild(frame);
        },
        { src: `data:image/png;base64,${readFileSync(raw).toString('base64')}`, w: box.w, h: box.h },
      );
      // The frame's background image decodes asynchronously.
      await new Promise((r) => setTimeout(r, 300));
      await shot(article, '5-popup-en-light');
      await article.close();
    });
  });
});

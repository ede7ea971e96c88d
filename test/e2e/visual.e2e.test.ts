/**
 * Issue 17 in both real browsers: the welcome page (legend, the design article annotated live,
 * keyboard, the real label and language settings, EN/FR, axe), pictures of the card, the
 * summary, the popup and the welcome page compared with committed baselines in light and dark,
 * and prefers-reduced-motion. Two sessions per browser: light with motion, dark with reduced
 * motion (Firefox sets both at launch).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, startSession, type Session } from './lib/session.ts';
import { readMarkers, readOpenCard } from './lib/overlay-reader.ts';
import { click, openPopupFor, until, waitFor } from './lib/extension-page.ts';
import type { BrowserName, TestPage } from './lib/browsers.ts';
import { matchBaseline, type Box } from './lib/visual.ts';
import { LABEL_ORDER, labelName } from '../../src/ui/tokens.ts';

const SEED = 'seed-kidal-convoy';
const WELCOME = 'src/welcome/index.html';

/** Runs axe-core on a whole page (open shadow roots included); serious and critical violations. */
async function axeSerious(page: TestPage): Promise<string[]> {
  const src = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Sent as the function's own source text: extension pages forbid eval (script-src 'self').
  const load = Object.assign(() => undefined, { toString: () => `() => { ${src}\n; return undefined; }` });
  await page.evaluate(load, null);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    for (const a of document.getAnimations()) a.finish();
    // The overlay host's inline `all: initial !important` (it keeps page CSS off our UI on news
    // sites) trips avoid-inline-spacing in Firefox; the text inside the shadow root is checked.
    const res = await axe.run(document, { resultTypes: ['violations'], rules: { 'avoid-inline-spacing': { enabled: false } } });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, null);
}

/** The box of an element in the overlay's shadow root (or the document), after its animations end. */
function boxOf(page: TestPage, selector: string, inOverlay: boolean): Promise<Box | null> {
  return page.evaluate(
    ({ sel, overlay }) => {
      const root: ParentNode | null | undefined = overlay ? document.querySelector('sahel-lens-overlay')?.shadowRoot : document;
      const el = root?.querySelector(sel);
      if (!el) return null;
      for (const a of el.getAnimations({ subtree: true })) a.finish();
      const r = el.getBoundingClientRect();
      const bottom = Math.min(r.bottom, innerHeight - 8);
      return { x: r.left, y: r.top, width: r.width, height: bottom - r.top };
    },
    { sel: selector, overlay: inOverlay },
  );
}

async function openWelcome(s: Session): Promise<TestPage> {
  const page = await s.browser.openExtensionPage(WELCOME);
  await page.bringToFront();
  await waitFor(page, '[data-welcome-ready]', 20_000);
  await until(() => readMarkers(page), (ms) => ms.length === 13, 15_000);
  return page;
}

/** The card of the first note, opened from its marker with the keyboard (no scrolling). */
async function openFirstCard(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-sl-claim]')?.focus();
  }, null);
  await page.press('Enter');
  await until(() => readOpenCard(page), (c) => !!c);
}

/** Pictures of the card, the summary, the popup and the welcome page for one scheme. */
async function pictures(s: Session, browser: BrowserName, scheme: string, article: TestPage, welcome: TestPage): Promise<void> {
  await welcome.bringToFront();
  await welcome.evaluate(() => window.scrollTo(0, 0), null);
  await new Promise((r) => setTimeout(r, 300));
  const main = await boxOf(welcome, 'main', false);
  await matchBaseline(welcome, browser, `welcome-${scheme}`, { ...main!, y: 0, height: 900 - 16 }, 0);

  await article.bringToFront();
  await openFirstCard(article);
  await matchBaseline(article, browser, `card-${scheme}`, (await boxOf(article, '[data-sl-card]', true))!);
  await article.press('Escape');
  await article.press('Alt+Shift+L');
  await until(() => boxOf(article, '[data-sl-summary-panel]', true), Boolean);
  await matchBaseline(article, browser, `summary-${scheme}`, (await boxOf(article, '[data-sl-summary-panel]', true))!);
  await article.press('Escape');

  const popup = await openPopupFor(s.browser, s.newsUrl(SEED));
  await until(() => popup.evaluate(() => document.querySelectorAll('#page-status li[data-label]').length, null), (n) => n === 4);
  await matchBaseline(popup, browser, `popup-${scheme}`, (await boxOf(popup, '.popup', false))!);
  await popup.close();
}

/** Animation and transition of the overlay's moving parts, with a card and the panel open. */
async function motion(page: TestPage): Promise<{ card: string; panel: string; marker: string }> {
  await page.bringToFront();
  await openFirstCard(page);
  const card = await page.evaluate(() => getComputedStyle(document.querySelector('sahel-lens-overlay')!.shadowRoot!.querySelector('[data-sl-card]')!).animationName, null);
  await page.press('Escape');
  await page.press('Alt+Shift+L');
  const panel = await until(
    () => page.evaluate(() => {
      const el = document.querySelector('sahel-lens-overlay')!.shadowRoot!.querySelector('[data-sl-summary-panel]');
      return el ? getComputedStyle(el).animationName : '';
    }, null),
    Boolean,
  );
  await page.press('Escape');
  const marker = await page.evaluate(() => getComputedStyle(document.querySelector('sahel-lens-overlay')!.shadowRoot!.querySelector('[data-sl-claim]')!).transitionDuration, null);
  return { card, panel, marker };
}

describe.each(BROWSERS)('one visual language in %s', (browserName) => {
  describe('light, with motion', () => {
    let s: Session;
    let article: TestPage;
    let welcome: TestPage;

    beforeAll(async () => {
      s = await startSession(browserName, { colorScheme: 'light', reducedMotion: 'no-preference' });
      article = await s.openNews(SEED, 13);
      welcome = await openWelcome(s);
    });
    afterAll(async () => {
      await s?.close();
    });

    it('the welcome page: the legend, the design article annotated live, and a card opened by keyboard', async () => {
      const legend = await welcome.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-welcome-legend] li')].map((li) => [li.dataset.label, li.querySelector('.legend-name')?.textContent]), null);
      expect(legend).toEqual(LABEL_ORDER.map((l) => [l, labelName('en', l)]));
      expect(await welcome.evaluate(() => document.querySelector('[data-welcome-count]')?.getAttribute('data-welcome-count'), null)).toBe('13');
      // The real overlay: Alt+Shift+J opens the first note with focus in its card, Escape closes it.
      await welcome.press('Alt+Shift+J');
      const card = await until(() => readOpenCard(welcome), (c) => !!c);
      expect(card!.sentence).toMatch(/^Ten separatist fighters were killed/);
      expect(card!.focused).toBe(true);
      await welcome.press('Escape');
      expect(await until(() => readOpenCard(welcome), (c) => !c)).toBeNull();
      expect(await axeSerious(welcome)).toEqual([]);
      expect(welcome.errors).toEqual([]);
    });

    it('its label toggles and note language are the real settings: the example and open articles change, in French too', async () => {
      await click(welcome, '#welcome-label-figure');
      const hasFigure = (ms: { labels: string[] }[]) => ms.some((m) => m.labels.includes('figure'));
      expect(hasFigure(await until(() => readMarkers(welcome), (ms) => ms.length > 0 && !hasFigure(ms)))).toBe(false);
      expect(hasFigure(await until(() => readMarkers(article), (ms) => ms.length > 0 && !hasFigure(ms)))).toBe(false);
      await click(welcome, '#welcome-label-figure');
      expect((await until(() => readMarkers(welcome), (ms) => ms.length === 13)).length).toBe(13);

      await click(welcome, '#welcome-lang-fr');
      const fr = await until(
        () => welcome.evaluate(() => ({
          lang: document.documentElement.lang,
          h1: document.querySelector('h1')?.textContent,
          names: [...document.querySelectorAll('[data-welcome-legend] .legend-name')].map((n) => n.textContent),
          overlay: document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector('.sl-app')?.getAttribute('lang'),
        }), null),
        (x) => x.lang === 'fr' && x.overlay === 'fr',
      );
      expect(fr).toEqual({ lang: 'fr', h1: 'Bienvenue dans Sahel Lens', names: LABEL_ORDER.map((l) => labelName('fr', l)), overlay: 'fr' });
      expect(await axeSerious(welcome)).toEqual([]);
      await click(welcome, '#welcome-lang-auto');
      await until(() => welcome.evaluate(() => document.documentElement.lang, null), (l) => l === 'en');
    });

    it('without reduced motion, cards and the panel fade in and markers grow on hover', async () => {
      const m = await motion(article);
      expect(m).toEqual({ card: 'sl-in', panel: 'sl-in', marker: expect.not.stringMatching(/^0s$/) });
    });

    it('the card, the summary, the popup and the welcome page match their baselines (light)', async () => {
      await pictures(s, browserName, 'light', article, welcome);
    });
  });

  describe('dark, with reduced motion', () => {
    let s: Session;
    let article: TestPage;
    let welcome: TestPage;

    beforeAll(async () => {
      s = await startSession(browserName, { colorScheme: 'dark', reducedMotion: 'reduce' });
      article = await s.openNews(SEED, 13);
      welcome = await openWelcome(s);
    });
    afterAll(async () => {
      await s?.close();
    });

    it('with reduced motion, nothing animates: no fade-in, no marker transition', async () => {
      expect(await article.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches, null)).toBe(true);
      expect(await motion(article)).toEqual({ card: 'none', panel: 'none', marker: '0s' });
    });

    it('the welcome page in dark mode has no serious axe violation', async () => {
      expect(await welcome.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(true);
      expect(await axeSerious(welcome)).toEqual([]);
    });

    it('the card, the summary, the popup and the welcome page match their baselines (dark)', async () => {
      await pictures(s, browserName, 'dark', article, welcome);
    });
  });
});

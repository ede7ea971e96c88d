/**
 * Issue 6, "real pages behave": a single-page news site that loads its article late, re-renders
 * it, and moves between stories with the history API. Annotations must follow each article,
 * never pile up, and disappear when the article does — in both browsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, startSession, type Session } from './lib/session.ts';
import { loadGold, labelKey, norm } from './lib/gold.ts';
import { spaAppHtml } from './lib/spa-app.ts';
import { readAllNotes, readMarkers } from './lib/overlay-reader.ts';
import { until } from './lib/extension-page.ts';
import { pageUrl, TEST_HOSTS, type TestPage } from './lib/browsers.ts';

const FIRST = 'seed-kidal-convoy';
const SECOND = 'en-wire-tinzaouaten-ambush';
const APP = '/spa/index.html';

/** Sentence → labels of the notes shown, and of the gold file. */
async function shownVsGold(page: TestPage, id: string): Promise<{ got: Record<string, string>; want: Record<string, string> }> {
  const notes = await readAllNotes(page);
  return { got: Object.fromEntries(notes.map((n) => [norm(n.text), labelKey(n.labels)])), want: goldNotes(id) };
}

/** Our host elements and the highlight count (CSS highlights or boxes), read from the page. */
function overlayState(page: TestPage): Promise<{ hosts: number; markers: number }> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('sahel-lens-overlay');
    const root = hosts[0]?.shadowRoot;
    return { hosts: hosts.length, markers: root ? root.querySelectorAll('[data-sl-claim]').length : 0 };
  }, null);
}

describe.each(BROWSERS)('single-page site in %s', (browserName) => {
  let s: Session;
  let page: TestPage;
  const markerCount = async () => (await readMarkers(page)).length;

  beforeAll(async () => {
    s = await startSession(browserName);
    s.server.route(APP, spaAppHtml([FIRST, SECOND]));
    page = await s.browser.open(pageUrl(TEST_HOSTS.en, s.server.port, APP));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('annotates an article that arrives after the page has loaded', async () => {
    expect(await until(markerCount, (n) => n === 13, 20_000)).toBe(13);
    const { got, want } = await shownVsGold(page, FIRST);
    expect(got).toEqual(want);
  });

  it('keeps one set of notes when the site re-renders the same article', async () => {
    for (let i = 0; i < 3; i++) {
      await page.evaluate((id) => (window as unknown as { __app: { rerender(id: string): void } }).__app.rerender(id), FIRST);
      await new Promise((r) => setTimeout(r, 400));
    }
    // The notes come back on the new nodes, once, and still match the article.
    await until(markerCount, (n) => n === 13, 10_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await overlayState(page)).toEqual({ hosts: 1, markers: 13 });
    const { got, want } = await shownVsGold(page, FIRST);
    expect(got).toEqual(want);
  });

  it('follows the site to another story through history.pushState', async () => {
    await page.evaluate((id) => (window as unknown as { __app: { go(p: string, id: string): void } }).__app.go('/spa/story-2', id), SECOND);
    const want = Object.keys(goldNotes(SECOND)).length;
    expect(want).toBeGreaterThan(0);
    const texts = async () => (await readAllNotes(page)).map((n) => norm(n.text));
    const firstSentence = norm(loadGold(FIRST).sentences.find((g) => g.labels.length)!.text);
    await until(texts, (t) => t.length === want && !t.includes(firstSentence), 20_000);
    const { got, want: gold } = await shownVsGold(page, SECOND);
    expect(got).toEqual(gold);
    expect((await overlayState(page)).hosts).toBe(1);
  });

  it('removes every note when the site moves to a page without an article', async () => {
    await page.evaluate(() => (window as unknown as { __app: { go(p: string): void } }).__app.go('/spa/weather'), null);
    expect(await until(markerCount, (n) => n === 0, 20_000)).toBe(0);
    const left = await page.evaluate(() => {
      const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
      const highlights = (globalThis as unknown as { CSS: { highlights?: Map<string, unknown> } }).CSS.highlights;
      let ranges = 0;
      if (highlights) for (const [name, h] of highlights) if (name.startsWith('sahel-lens')) ranges += (h as Set<unknown>).size;
      return { markers: root?.querySelectorAll('[data-sl-claim]').length ?? 0, ranges };
    }, null);
    expect(left).toEqual({ markers: 0, ranges: 0 });
    expect(page.errors).toEqual([]);
  });
});

/** The gold sentence → labels map of an article (labeled sentences only). */
function goldNotes(id: string): Record<string, string> {
  return Object.fromEntries(loadGold(id).sentences.filter((g) => g.labels.length).map((g) => [norm(g.text), labelKey(g.labels)]));
}

/**
 * Issues 3 and 7: the popup's controls change open pages live, in both browsers. The popup
 * is opened as a tab with ?tab=<id of the article tab> (headless browsers have no toolbar).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, startSession, type Session } from './lib/session.ts';
import { readMarkers, waitForMarkers } from './lib/overlay-reader.ts';
import type { TestPage } from './lib/browsers.ts';
import { click, openPopupFor, tabIdOf, until } from './lib/extension-page.ts';

/** Document-relative boxes of the article's heading and paragraphs (rounded to 0.1 px). */
function articleLayout(page: TestPage): Promise<number[][]> {
  return page.evaluate(() => {
    const r = (x: number) => Math.round(x * 10) / 10;
    return [...document.querySelectorAll('article h1, article p')].map((el) => {
      const b = el.getBoundingClientRect();
      return [r(b.left + scrollX), r(b.top + scrollY), r(b.width), r(b.height)];
    });
  }, null);
}

type Ext = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };

describe.each(BROWSERS)('popup in %s', (browserName) => {
  let s: Session;
  let article: TestPage;
  let popup: TestPage;
  let tabId: number;
  const markerCount = async () => (await readMarkers(article)).length;

  beforeAll(async () => {
    s = await startSession(browserName);
    article = await s.openNews('seed-kidal-convoy', 13);
    const probe = await s.browser.openExtensionPage('src/popup/index.html');
    tabId = await tabIdOf(probe, s.newsUrl('seed-kidal-convoy'));
    await probe.close();
    popup = await openPopupFor(s.browser, tabId);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the page status and counts per label, and the badge matches', async () => {
    expect(await markerCount()).toBe(13);
    const counts = await until(
      () =>
        popup.evaluate(() => {
          const out: Record<string, number> = {};
          for (const li of document.querySelectorAll<HTMLElement>('#page-status li[data-label]')) {
            out[li.dataset.label!] = Number(li.querySelector('.count-value')?.textContent ?? NaN);
          }
          return out;
        }, null),
      (c) => Object.keys(c).length > 0,
    );
    const markers = await readMarkers(article);
    for (const label of ['unverified', 'party-claim', 'figure', 'analyst']) {
      expect(counts[label], label).toBe(markers.filter((m) => m.labels.includes(label)).length);
    }
    const badge = await until(
      () =>
        popup.evaluate(async (id) => {
          const ext = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as Ext;
          return ext.action.getBadgeText({ tabId: id });
        }, tabId),
      (b) => b === '13',
    );
    expect(badge).toBe('13');
    await s.shot(popup, 'popup');
  });

  it('the global switch removes the annotations without reload and brings them back, and the article never moves', async () => {
    const annotated = await articleLayout(article);
    await click(popup, '#global-switch');
    expect(await until(markerCount, (n) => n === 0)).toBe(0);
    const hostLeft = await article.evaluate(() => document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelectorAll('[data-sl-claim]').length ?? 0, null);
    expect(hostLeft).toBe(0);
    // The article's boxes are the same with and without annotations: marks never shift its layout.
    const plain = await articleLayout(article);
    expect(plain.length).toBeGreaterThan(5);
    expect(annotated).toEqual(plain);
    await click(popup, '#global-switch');
    expect(await until(markerCount, (n) => n === 13)).toBe(13);
    expect(await articleLayout(article)).toEqual(plain);
  });

  it('a label toggle hides that kind of note live', async () => {
    await click(popup, '#label-figure');
    const without = await until(
      () => readMarkers(article),
      (ms) => ms.length > 0 && ms.every((m) => !m.labels.includes('figure')),
    );
    expect(without.some((m) => m.labels.includes('figure'))).toBe(false);
    expect(without.length).toBeGreaterThan(0);
    await click(popup, '#label-figure');
    expect(await until(markerCount, (n) => n === 13)).toBe(13);
  });

  it('switching this site off stops annotation there, and on restores it', async () => {
    await click(popup, '#site-switch');
    expect(await until(markerCount, (n) => n === 0)).toBe(0);
    // A reload on the disabled site stays clean.
    await article.goto(s.newsUrl('seed-kidal-convoy'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(await markerCount()).toBe(0);
    await click(popup, '#site-switch');
    expect(await waitForMarkers(article, 13)).toBe(13);
  });
});

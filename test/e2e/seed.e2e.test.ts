/**
 * Issue 3: the design article, laid out as a news page, annotated exactly right in both
 * real browsers; notes open by click and keyboard; the page's text is untouched and it
 * logs no errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, startSession, type Session } from './lib/session.ts';
import { loadGold, labelKey, norm } from './lib/gold.ts';
import { openAndReadCard, readAllNotes, readMarkers } from './lib/overlay-reader.ts';
import type { TestPage } from './lib/browsers.ts';

const SEED = 'seed-kidal-convoy';

describe.each(BROWSERS)('design article in %s', (browserName) => {
  let s: Session;
  let page: TestPage;

  beforeAll(async () => {
    s = await startSession(browserName);
    page = await s.openNews(SEED, 13);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('marks exactly the labeled sentences, with exactly their labels', async () => {
    const gold = loadGold(SEED);
    const notes = await readAllNotes(page);
    const got = new Map(notes.map((n) => [norm(n.text), labelKey(n.labels)]));
    const want = new Map(gold.sentences.filter((g) => g.labels.length).map((g) => [norm(g.text), labelKey(g.labels)]));
    expect(want.size).toBe(13);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
    for (const n of notes) {
      expect(n.explanation.length, `explanation for "${n.text}"`).toBeGreaterThan(20);
    }
    // Party claims and analysts link to context.
    const linked = notes.filter((n) => n.labels.includes('party-claim') || n.labels.includes('analyst'));
    expect(linked.every((n) => n.links.length > 0 && n.links.every((l) => l.url.startsWith('https://')))).toBe(true);
    await s.shot(page, 'seed');
  });

  it('opens a note by a real click on the highlighted sentence and by keyboard', async () => {
    await page.press('Escape');
    // Click in the middle of the first line of the first flagged sentence's text.
    const point = await page.evaluate(() => {
      const p = document.querySelector('article p');
      const text = p?.firstChild;
      if (!text) return null;
      const r = document.createRange();
      r.setStart(text, 5);
      r.setEnd(text, 6);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }, null);
    expect(point).not.toBeNull();
    await page.clickAt(point!.x, point!.y);
    const openCard = async () =>
      page.evaluate(() => {
        const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
        const card = root?.querySelector('[data-sl-card]');
        return card ? card.querySelector('[data-sl-field="sentence"]')?.textContent ?? '' : null;
      }, null);
    let text: string | null = null;
    for (let i = 0; i < 20 && !text; i++) {
      text = await openCard();
      if (!text) await new Promise((r) => setTimeout(r, 100));
    }
    expect(text ?? '').toMatch(/^Ten separatist fighters were killed/);
    await page.press('Escape');
    expect(await openCard()).toBeNull();

    // Keyboard: focus the first marker, Enter opens its card, Escape closes it and focus returns.
    await page.evaluate(() => {
      const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
      root?.querySelector<HTMLElement>('[data-sl-claim]')?.focus();
    }, null);
    await page.press('Enter');
    let byKey: string | null = null;
    for (let i = 0; i < 20 && !byKey; i++) {
      byKey = await openCard();
      if (!byKey) await new Promise((r) => setTimeout(r, 100));
    }
    expect(byKey ?? '').toMatch(/^Ten separatist fighters/);
    await page.press('Escape');
    const focusedMarker = await page.evaluate(() => {
      const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
      return (root?.activeElement as HTMLElement | null)?.dataset?.slClaim ?? null;
    }, null);
    expect(focusedMarker).not.toBeNull();
  });

  it('leaves the page text unchanged and logs no errors', async () => {
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return document.body.textContent === fresh.body.textContent;
    }, null);
    expect(same).toBe(true);
    expect(page.errors).toEqual([]);
    // The clutter around the article (related stories, comments) is never annotated.
    const markers = await readMarkers(page);
    expect(markers.length).toBe(13);
    const cards = [];
    for (const m of markers) cards.push(await openAndReadCard(page, m.id));
    expect(cards.some((c) => /militants killed in raid|15 trucks/.test(c?.text ?? ''))).toBe(false);
  });
});

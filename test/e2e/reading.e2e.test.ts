/**
 * Issue 6, the reading experience, in both real browsers: the summary panel, the jump between
 * conflicting accounts, keyboard-only use with announcements, dark and light mode, an axe-core
 * scan of the card and the panel, French UI on French articles, and the screenshots the README
 * shows. One browser session per colour scheme: Firefox cannot emulate prefers-color-scheme per
 * page over WebDriver BiDi, so both browsers get dark mode the same way, at launch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, startSession, type Session } from './lib/session.ts';
import { loadGold, labelKey, norm } from './lib/gold.ts';
import {
  clickInOverlay,
  openAndReadCard,
  readAllNotes,
  readLiveRegion,
  readMarkers,
  readOpenCard,
  readSummary,
  type OpenCard,
} from './lib/overlay-reader.ts';
import { until } from './lib/extension-page.ts';
import { axeOverlay, type AxeViolation } from './lib/axe.ts';
import type { TestPage } from './lib/browsers.ts';
import { labelName } from '../../src/overlay/i18n.ts';
import type { Label } from '../../src/engine/types.ts';

const SEED = 'seed-kidal-convoy';
/** French dev article the engine gets exactly right (sentences and labels), with conflicting accounts. */
const FR_EXACT = 'fr-radio-drone-algerie';
/** The French article the issue names; its sentences are compared (see the report for one label). */
const FR_KIDAL = 'fr-wire-kidal-reprise';
const LABELS: Label[] = ['unverified', 'party-claim', 'figure', 'analyst'];

const seedGold = loadGold(SEED);
/** The design article's flagged sentences, in document order (= marker order). */
const flagged = seedGold.sentences.filter((g) => g.labels.length);
const starts = (s: string) => norm(s).replace(/…$/, '');
/**
 * Which side each party claim of the design article comes from (read off the gold sentences):
 * the army's statements and the separatists' tell different stories of the same fighting.
 */
const ARMY = [
  'Ten separatist fighters were killed in two days of fighting',
  'The following day, a logistics convoy was ambushed, but military officials said the assault was repelled.',
];
const SEPARATISTS = [
  'The separatist group claimed it inflicted heavy losses',
  'The separatists reported killing several Malian soldiers',
  'The group stated it had seized a range of military equipment',
  'It also acknowledged the deaths of three of its members',
];
const side = (sentence: string) =>
  ARMY.some((a) => sentence.startsWith(a)) ? 'army' : SEPARATISTS.some((a) => sentence.startsWith(a)) ? 'separatists' : 'none';

/** sRGB relative luminance of a computed colour `rgb(r, g, b)` / `rgba(...)`. */
function luminance(css: string): number {
  const m = css.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const card = (page: TestPage) => readOpenCard(page);
const cardWhere = (page: TestPage, ok: (c: OpenCard | null) => boolean) => until(() => readOpenCard(page), ok);

/** Closes any open card and the summary, from wherever focus is. */
async function closeAll(page: TestPage): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const [c, s] = [await readOpenCard(page), await readSummary(page)];
    if (!c && !s?.open) return;
    await page.press('Escape');
  }
  expect(await readOpenCard(page)).toBeNull();
}

/** Clicks the n-th element matching `selector` in the overlay (element click, not the mouse). */
function clickNth(page: TestPage, selector: string, n: number): Promise<void> {
  return page.evaluate(
    ({ sel, i }) => {
      const el = document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelectorAll<HTMLElement>(sel)[i];
      if (!el) throw new Error(`no ${sel}[${i}] in the overlay`);
      el.click();
    },
    { sel: selector, i: n },
  );
}

function seriousOrCritical(vs: AxeViolation[]): AxeViolation[] {
  return vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Opens the summary and every card in turn; axe scans each card (and the summary once). */
async function axeEveryCard(page: TestPage, browserName: string, scheme: string): Promise<void> {
  await closeAll(page);
  await page.press('Alt+Shift+L');
  await until(() => readSummary(page), (x) => !!x?.open);
  const markers = await readMarkers(page);
  const minor: string[] = [];
  for (let i = 0; i < markers.length; i++) {
    await clickNth(page, '[data-sl-claim]', i);
    await cardWhere(page, (x) => x?.id === markers[i]!.id);
    const vs = await axeOverlay(page, i === 0 ? ['[data-sl-card]', '[data-sl-summary]'] : ['[data-sl-card]']);
    for (const v of vs) minor.push(`${markers[i]!.id} ${v.impact} ${v.id}: ${v.help} ${v.targets.join(' ')} ${v.summary}`);
    expect(seriousOrCritical(vs), `card ${markers[i]!.id} (${scheme})`).toEqual([]);
  }
  if (minor.length) console.log(`[${browserName}, ${scheme}] axe, minor/moderate:\n${minor.join('\n')}`);
  await closeAll(page);
}

/** Opens the design article's first note (the army's claim) at the top of the page, with the summary open too. */
async function stageScreenshot(page: TestPage): Promise<void> {
  await closeAll(page);
  await page.evaluate(() => window.scrollTo(0, 0), null);
  const markers = await readMarkers(page);
  await page.press('Alt+Shift+L');
  await until(() => readSummary(page), (x) => !!x?.open);
  await clickNth(page, '[data-sl-claim]', 0);
  await cardWhere(page, (c) => c?.id === markers[0]?.id);
  await page.evaluate(() => window.scrollTo(0, 0), null);
  // Let the open/close animations (0.14 s) finish.
  await new Promise((r) => setTimeout(r, 400));
}

describe.each(BROWSERS)('reading experience in %s', (browserName) => {
  describe('light', () => {
    let s: Session;
    let page: TestPage;

    beforeAll(async () => {
      s = await startSession(browserName, { colorScheme: 'light' });
      page = await s.openNews(SEED, flagged.length);
    });
    afterAll(async () => {
      await s?.close();
    });

    it('summary: collapsed by default, opens by toggle and Alt+Shift+L, counts and lists match the notes, items jump to their sentence', async () => {
      const markers = await readMarkers(page);
      expect(markers.length).toBe(flagged.length);

      let sum = await readSummary(page);
      expect(sum).not.toBeNull();
      expect(sum!.open).toBe(false);
      expect(sum!.expanded).toBe('false');
      expect(sum!.panel).toBeNull();
      expect(sum!.toggleText).toContain(`${flagged.length} notes`);

      // Opens with a real click on its toggle; focus moves into the panel.
      await clickInOverlay(page, '[data-sl-summary-toggle]');
      sum = await until(() => readSummary(page), (x) => !!x?.open);
      expect(sum!.open).toBe(true);
      expect(sum!.expanded).toBe('true');
      expect(sum!.panel).toEqual({ role: 'dialog', name: 'What this article rests on', focused: true });

      // Counts per label equal the markers' labels and the gold labels.
      for (const l of LABELS) {
        expect(sum!.counts[l], `count of ${l}`).toBe(markers.filter((m) => m.labels.includes(l)).length);
        expect(sum!.counts[l], `gold count of ${l}`).toBe(flagged.filter((g) => g.labels.includes(l)).length);
      }

      // The lists: parties relied on, analysts, unverified material, things to check.
      const lists = sum!.lists;
      // Parties by side (issue 17): the separatists, Mali (army), Russia (Africa Corps), with counts.
      const sides = Object.fromEntries(sum!.sides.map((x) => [x.id, x]));
      expect(sides.mali?.head).toMatch(/^Mali \d+ claims?$/);
      expect(sides.mali?.items).toEqual([expect.stringMatching(/^army — \d+ claims?$/)]);
      expect(sides.separatists?.head).toMatch(/^The separatists \d+ claims?$/);
      expect(sides.russia?.items).toEqual([expect.stringMatching(/^Africa Corps — 1 claim$/)]);
      // Each body's disclosure holds its claims, each a jump to its sentence.
      expect((lists.parties ?? []).length).toBe(sum!.sides.reduce((n, x) => n + Number(/(\d+)/.exec(x.head)?.[1] ?? 0), 0));
      expect((lists.analysts ?? []).map((a) => a.text)).toEqual([expect.stringContaining('Rida Lyammouri')]);
      const unverifiedGold = flagged.filter((g) => g.labels.includes('unverified')).map((g) => norm(g.text));
      const unverified = lists.unverified ?? [];
      expect(unverified.length).toBe(unverifiedGold.length);
      unverified.forEach((u, i) => expect(unverifiedGold[i]!.startsWith(starts(u.text)), `unverified item "${u.text}"`).toBe(true));
      const checks = lists.checks ?? [];
      expect(checks.length).toBeGreaterThanOrEqual(2);
      expect(checks.length).toBeLessThanOrEqual(3);
      expect(checks.some((c) => /Compare the two accounts/.test(c.text))).toBe(true);

      // Alt+Shift+L closes it (focus goes back to the toggle) and opens it again.
      await page.press('Alt+Shift+L');
      sum = await until(() => readSummary(page), (x) => !!x && !x.open);
      expect(sum!.open).toBe(false);
      expect(await page.evaluate(() => {
        const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
        return root?.activeElement?.hasAttribute('data-sl-summary-toggle') ?? false;
      }, null)).toBe(true);
      await page.press('Alt+Shift+L');
      sum = await until(() => readSummary(page), (x) => !!x?.open);
      expect(sum!.open).toBe(true);
      expect(sum!.panel?.focused).toBe(true);

      // A real click on the first unverified item opens that sentence's card, focused.
      await clickInOverlay(page, '[data-sl-summary-panel] [data-sl-field="unverified"] [data-sl-jump]');
      let c = await cardWhere(page, (x) => x?.id === unverified[0]!.id);
      expect(c?.id).toBe(unverified[0]!.id);
      expect(c!.sentence).toBe(unverifiedGold[0]);
      expect(c!.focused).toBe(true);

      // From the top of the page, a party far down the article: a real click opens Russia's
      // "Africa Corps" disclosure, a click on its claim scrolls the page to the sentence.
      const farId = await page.evaluate(() => {
        const root = document.querySelector('sahel-lens-overlay')?.shadowRoot;
        return root?.querySelector<HTMLElement>('[data-sl-side="russia"] [data-sl-jump]')?.dataset.slJump ?? '';
      }, null);
      expect(farId).not.toBe('');
      await page.evaluate(() => window.scrollTo(0, 0), null);
      const markerInView = () =>
        page.evaluate((id) => {
          const m = document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector(`[data-sl-claim="${id}"]`);
          const b = m?.getBoundingClientRect();
          return !!b && b.top >= 0 && b.bottom <= innerHeight;
        }, farId);
      expect(await markerInView()).toBe(false);
      await clickInOverlay(page, '[data-sl-summary-panel] [data-sl-side="russia"] [data-sl-party] > summary');
      await clickInOverlay(page, `[data-sl-summary-panel] [data-sl-field="parties"] [data-sl-jump="${farId}"]`);
      c = await cardWhere(page, (x) => x?.id === farId);
      expect(c!.sentence).toMatch(/^Despite this, the Africa Corps/);
      expect(await until(markerInView, Boolean)).toBe(true);

      // Every item of every list jumps to its own sentence (every party's disclosure opened first).
      for (let open = 0; open < 20; open++) {
        const closed = await page.evaluate(() => document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelectorAll('[data-sl-party]:not([open])').length ?? 0, null);
        if (!closed) break;
        await clickNth(page, '[data-sl-summary-panel] [data-sl-party]:not([open]) > summary', 0);
      }
      let n = 0;
      for (const [field, items] of Object.entries(lists)) {
        for (let i = 0; i < items.length; i++) {
          const item = items[i]!;
          await clickNth(page, `[data-sl-summary-panel] [data-sl-field="${field}"] [data-sl-jump]`, i);
          c = await cardWhere(page, (x) => x?.id === item.id);
          expect(c?.id, `${field} item "${item.text}"`).toBe(item.id);
          expect(c!.focused).toBe(true);
          const idx = markers.findIndex((m) => m.id === item.id);
          expect(c!.sentence).toBe(norm(flagged[idx]!.text));
          if (field === 'unverified') expect(c!.sentence.startsWith(starts(item.text))).toBe(true);
          if (field === 'analysts') expect(c!.sentence).toContain('Lyammouri');
          if (field === 'parties') expect(c!.sentence.startsWith(starts(item.text))).toBe(true);
          n++;
        }
      }
      expect(n).toBeGreaterThanOrEqual(9);

      // Escape closes the card, then the panel.
      await page.press('Escape');
      expect(await card(page)).toBeNull();
      expect((await readSummary(page))!.open).toBe(true);
      await page.press('Escape');
      expect((await readSummary(page))!.open).toBe(false);
    });

    it('conflict jump: a party claim links to the other side’s account, and following it opens that card', async () => {
      await closeAll(page);
      const markers = await readMarkers(page);
      let jumps = 0;
      for (const start of ARMY) {
        const idx = flagged.findIndex((g) => g.text.startsWith(start));
        const from = markers[idx]!.id;
        const opened = await openAndReadCard(page, from);
        expect(opened?.text).toBe(norm(flagged[idx]!.text));
        const origin = (await card(page))!;
        expect(origin.conflicts.length, `conflict links on "${start}"`).toBeGreaterThan(0);
        for (const link of origin.conflicts) {
          expect(link.text).toContain('Go to the other side’s account');
          // Follow it with the real mouse.
          await clickInOverlay(page, `[data-sl-card] [data-sl-conflict][data-sl-jump="${link.id}"]`);
          const other = await cardWhere(page, (x) => x?.id === link.id);
          expect(other?.id).toBe(link.id);
          expect(other!.sentence).not.toBe(origin.sentence);
          expect(side(other!.sentence), `"${other!.sentence}" is the separatists' account`).toBe('separatists');
          expect(flagged.map((g) => norm(g.text))).toContain(other!.sentence);
          expect(link.text).toContain(other!.sentence.slice(0, 30));
          expect(other!.focused).toBe(true);
          // And the other account links back.
          expect(other!.conflicts.map((x) => x.id)).toContain(from);
          await clickInOverlay(page, `[data-sl-card] [data-sl-conflict][data-sl-jump="${from}"]`);
          const back = await cardWhere(page, (x) => x?.id === from);
          expect(back!.sentence).toBe(origin.sentence);
          jumps++;
        }
      }
      expect(jumps).toBeGreaterThanOrEqual(2);
      // Material that is not a party's account has no conflict link.
      const caveat = flagged.findIndex((g) => g.text.startsWith('These videos have not been independently verified'));
      await openAndReadCard(page, markers[caveat]!.id);
      expect((await card(page))!.conflicts).toEqual([]);
      await closeAll(page);
    });

    it('keyboard only: Alt+Shift+J/K move through the notes in order, Escape closes, focus returns, opening is announced', async () => {
      await closeAll(page);
      await page.evaluate(() => {
        window.scrollTo(0, 0);
        document.querySelector<HTMLElement>('header nav a')?.focus();
      }, null);
      const navFocused = () => page.evaluate(() => document.activeElement === document.querySelector('header nav a'), null);
      expect(await navFocused()).toBe(true);

      const sentences = flagged.map((g) => norm(g.text));
      const seen: string[] = [];
      const expectCard = async (i: number) => {
        const c = await cardWhere(page, (x) => x?.sentence === sentences[i]);
        expect(c?.sentence, `note ${i + 1}`).toBe(sentences[i]);
        expect(c!.role).toBe('dialog');
        // Named by its heading: "Sahel Lens note: <labels>" then the chips' words.
        expect(c!.name).toMatch(/^Sahel Lens note: /);
        expect(c!.name).not.toMatch(/[❝#?◆]/u);
        for (const l of flagged[i]!.labels as Label[]) expect(c!.name).toContain(labelName('en', l));
        expect(c!.focused).toBe(true);
        const live = await until(() => readLiveRegion(page), (t) => t.includes(c!.fields.explanation ?? '\u0000'));
        expect(live).toMatch(/^Note opened: /);
        expect(live).toContain(c!.fields.explanation);
        seen.push(c!.sentence);
        return c!;
      };
      await page.press('Alt+Shift+J');
      await expectCard(0);
      await page.press('Alt+Shift+J');
      await expectCard(1);
      await page.press('Alt+Shift+J');
      await expectCard(2);
      await page.press('Alt+Shift+K');
      await expectCard(1);
      // Inside a card, ] and [ do the same.
      await page.press(']');
      await expectCard(2);
      await page.press('[');
      await expectCard(1);
      expect(seen).toEqual([sentences[0], sentences[1], sentences[2], sentences[1], sentences[2], sentences[1]]);

      await page.press('Escape');
      expect(await card(page)).toBeNull();
      expect(await navFocused()).toBe(true);

      // The summary by keyboard: announced, focused, and Escape gives focus back.
      await page.press('Alt+Shift+L');
      const sum = await until(() => readSummary(page), (x) => !!x?.open);
      expect(sum!.panel).toEqual({ role: 'dialog', name: 'What this article rests on', focused: true });
      expect(await readLiveRegion(page)).toBe('Article summary opened.');
      await page.press('Escape');
      expect((await readSummary(page))!.open).toBe(false);
      expect(await navFocused()).toBe(true);
    });

    it('light mode: the card and the panel are light with dark text', async () => {
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(false);
      await stageScreenshot(page);
      const c = (await card(page))!;
      expect(luminance(c.background)).toBeGreaterThan(0.8);
      expect(contrast(c.background, c.color)).toBeGreaterThan(7);
      const panelBg = await page.evaluate(() => {
        const p = document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector('[data-sl-summary-panel]');
        return p ? getComputedStyle(p).backgroundColor : '';
      }, null);
      expect(luminance(panelBg)).toBeGreaterThan(0.8);
      await s.shot(page, 'reading-light');
    });

    it('axe-core finds no serious or critical violation in any card or the summary panel', async () => {
      await axeEveryCard(page, browserName, 'light');
    });

    it('French articles: notes on exactly the gold sentences, card and summary in French', async () => {
      const gold = loadGold(FR_EXACT);
      const want = new Map(gold.sentences.filter((g) => g.labels.length).map((g) => [norm(g.text), labelKey(g.labels)]));
      const fr = await s.openNews(FR_EXACT, want.size);
      try {
        const notes = await readAllNotes(fr);
        expect(Object.fromEntries(notes.map((n) => [norm(n.text), labelKey(n.labels)]))).toEqual(Object.fromEntries(want));

        const markers = await readMarkers(fr);
        await clickNth(fr, '[data-sl-claim]', 0);
        const c = (await cardWhere(fr, (x) => x?.id === markers[0]!.id))!;
        expect(c.name).toMatch(/^Note de Sahel Lens : /);
        expect(c.chips).toEqual((markers[0]!.labels as Label[]).map((l) => expect.stringContaining(labelName('fr', l))));
        expect(c.headings).toContain('Pourquoi ce signalement');
        expect(c.headings).not.toContain('Why it is flagged');
        expect(await fr.evaluate(() => document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector('.sl-app')?.getAttribute('lang'), null)).toBe('fr');
        expect(await readLiveRegion(fr)).toMatch(/^Note ouverte : /);
        // A conflicting account, in French too.
        const withConflict = [];
        await closeAll(fr);
        for (const m of markers) {
          await openAndReadCard(fr, m.id);
          const cc = (await card(fr))!;
          if (cc.conflicts.length) withConflict.push(cc);
        }
        expect(withConflict.length).toBeGreaterThan(0);
        expect(withConflict[0]!.conflicts[0]!.text).toContain('Voir la version de l’autre partie');
        await closeAll(fr);

        const sum = (await readSummary(fr))!;
        expect(sum.toggleText).toContain(`${want.size} notes`);
        await fr.press('Alt+Shift+L');
        const open = await until(() => readSummary(fr), (x) => !!x?.open);
        expect(open!.panel?.name).toBe('Sur quoi repose cet article');
        await clickNth(fr, '[data-sl-claim]', 0);
        await cardWhere(fr, (x) => x?.id === markers[0]!.id);
        await fr.evaluate(() => window.scrollTo(0, 0), null);
        await new Promise((r) => setTimeout(r, 300));
        await s.shot(fr, 'reading-fr-light');
      } finally {
        await fr.close();
      }

      // The article the issue names: the same sentences are flagged.
      const kidal = loadGold(FR_KIDAL);
      const kidalPage = await s.openNews(FR_KIDAL, kidal.sentences.filter((g) => g.labels.length).length);
      try {
        const kidalNotes = await readAllNotes(kidalPage);
        expect(kidalNotes.map((n) => norm(n.text))).toEqual(kidal.sentences.filter((g) => g.labels.length).map((g) => norm(g.text)));
        expect((await card(kidalPage)) ?? null).toBeNull();
      } finally {
        await kidalPage.close();
      }
    });

    it('logs no errors', () => {
      expect(page.errors).toEqual([]);
    });
  });

  describe('dark', () => {
    let s: Session;
    let page: TestPage;

    beforeAll(async () => {
      s = await startSession(browserName, { colorScheme: 'dark' });
      page = await s.openNews(SEED, flagged.length);
    });
    afterAll(async () => {
      await s?.close();
    });

    it('dark mode: the card and the panel follow prefers-color-scheme, and axe still finds nothing serious', async () => {
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(true);
      await stageScreenshot(page);
      const c = (await card(page))!;
      expect(luminance(c.background), c.background).toBeLessThan(0.05);
      expect(contrast(c.background, c.color)).toBeGreaterThan(7);
      const panelBg = await page.evaluate(() => {
        const p = document.querySelector('sahel-lens-overlay')?.shadowRoot?.querySelector('[data-sl-summary-panel]');
        return p ? getComputedStyle(p).backgroundColor : '';
      }, null);
      expect(luminance(panelBg), panelBg).toBeLessThan(0.05);
      await s.shot(page, 'reading-dark');
      await axeEveryCard(page, browserName, 'dark');
      expect(page.errors).toEqual([]);
    });
  });
});

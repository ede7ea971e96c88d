import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { summarizeFirefox, within } from '../../../cli/lib/bench-summary.ts';
import { markdown, summarize, summaryLine, type BenchReport, type PageResult } from '../../../cli/lib/bench-report.ts';
import type { FirefoxPageResult } from '../../../cli/lib/bench-firefox.ts';
import { checkpoints, memoryDeltas, secondRoundGrowthMb, type MemoryCounts } from '../../../cli/lib/bench-memory.ts';
import { slug, spaPage, SPA_GLOBAL, swapSequence } from '../../../cli/lib/bench-spa.ts';
import { summarizeFirstNote } from '../../../cli/lib/bench-first-note.ts';

const chromiumRow = (over: Partial<PageResult>): PageResult => ({
  name: 'p', kind: 'real', url: 'https://x/', bytes: 1000, aboutSahel: false, notes: 0, engine: '', baselineMs: 2, warmBaselineMs: 0.5, extMs: 1, ratio: 0.5,
  warmRatio: 2, runRatios: [0.5, 0.6, 0.4], longestTaskMs: 1, longestTaskWholeMs: 1, longestScriptMs: 1, heapWithMb: 1, heapWithoutMb: 0.7, heapDeltaMb: 0.3, ...over,
});
const firefoxRow = (over: Partial<FirefoxPageResult>): FirefoxPageResult => ({
  name: 'p', kind: 'real', url: 'https://x/', bytes: 1000, aboutSahel: false, notes: 0, engine: '', baselineMs: 2, extMs: 1, ratio: 0.5, runRatios: [0.5, 0.6, 0.4], longestMs: 1, longestSliceMs: 0, longestByKind: 'idle 1.0', ...over,
});

describe('bench summary', () => {
  it('judges a target only when there is a figure', () => {
    expect(within(1, 1.5)).toBe(true);
    expect(within(2, 1.5)).toBe(false);
    expect(within(NaN, 1.5)).toBeNull();
  });

  it('Firefox: real pages and Sahel articles apart, the spread of the non-Sahel p95, the targets', () => {
    const rows = [
      firefoxRow({ name: 'a', ratio: 1.2, runRatios: [1.1, 1.6, 1.2] }),
      firefoxRow({ name: 'b', ratio: 0.6, runRatios: [0.6, 0.5, 0.7] }),
      firefoxRow({ name: 's', kind: 'sahel', aboutSahel: true, ratio: 40, extMs: 300, runRatios: [40, 41, 39], longestMs: 45, longestSliceMs: 20 }),
      firefoxRow({ name: 'e', error: 'boom' }),
    ];
    const s = summarizeFirefox(rows, 3);
    expect(s.pages).toBe(4);
    expect(s.failed).toBe(1);
    expect(s.ratio.n).toBe(2);
    expect(s.nonSahelSpread.perRun).toEqual([1.1, 1.6, 1.2]);
    expect(s.nonSahelSpread.min).toBe(1.1);
    expect(s.sahelRatio.median).toBe(40);
    expect(s.targets.nonSahelP95Le1_5).toBe(true);
    expect(s.targets.nonSahelP95Le1_5EveryRun).toBe(false);
    expect(s.targets.sahelMedianRatioLe10).toBe(false);
    expect(s.targets.sahelLongestLe30).toBe(false);
  });

  it('Chromium: Sahel targets are null when no Sahel article was measured', () => {
    const s = summarize([chromiumRow({})], 3);
    expect(s.targets.sahelMedianRatioLe10).toBeNull();
    expect(s.targets.sahelHeapLe2Mb).toBeNull();
    expect(s.targets.nonSahelLe1_5).toBe(true);
    expect(s.instrumentedOverTraced.n).toBe(0);
    const c = summarize([chromiumRow({ calibration: { tracedMs: 2, instrumentedMs: 3, tracedLongestMs: 1, instrumentedLongestMs: 1 } })], 3);
    expect(c.instrumentedOverTraced.median).toBe(1.5);
  });
});

describe('bench report', () => {
  const report = (): BenchReport => ({
    mode: 'smoke, 1 run a page',
    runs: 1,
    machine: { build: 'dist/chrome', cores: 2, cpu: 'cpu', memoryGb: 8, chromium: 'Chromium 1', firefox: 'Firefox 2', node: 'v20', date: 'today', load: '1 1 1' },
    chromium: { rows: [chromiumRow({ runRatios: [0.5] })], summary: summarize([chromiumRow({ runRatios: [0.5] })], 1) },
    firefox: { rows: [firefoxRow({ runRatios: [0.5] })], summary: summarizeFirefox([firefoxRow({ runRatios: [0.5] })], 1) },
    memory: [],
    firstNote: [summarizeFirstNote('chromium', [{ kind: 'cold', firstNoteMs: 900, loadMs: 100, backgroundRunning: false }, { kind: 'warm', firstNoteMs: 500, loadMs: 90, backgroundRunning: true }])],
  });

  it('ends with one JSON line: Chromium at the top level as before, both browsers by name', () => {
    const s = JSON.parse(summaryLine(report())) as Record<string, unknown> & { ratio: { median: number }; longestTaskMs: { max: number }; firefox: { ratio: { median: number } }; firstNote: { chromium: { coldMs: { median: number } } } };
    expect(s.bench).toBe('pages');
    expect(s.pages).toBe(1);
    expect(s.failed).toBe(0);
    expect(s.browsers).toEqual(['chromium', 'firefox']);
    expect(s.ratio.median).toBe(0.5);
    expect(s.longestTaskMs.max).toBe(1);
    expect(s.firefox.ratio.median).toBe(0.5);
    expect(s.firstNote.chromium.coldMs.median).toBe(900);
  });

  it('with Firefox alone, the top level carries Firefox’s figures under the same names', () => {
    const r = report();
    r.chromium = null;
    const s = JSON.parse(summaryLine(r)) as { pages: number; ratio: { median: number }; longestTaskMs: { max: number }; chromium: unknown };
    expect(s.pages).toBe(1);
    expect(s.ratio.median).toBe(0.5);
    expect(s.longestTaskMs.max).toBe(1);
    expect(s.chromium).toBeNull();
  });

  it('writes both browsers into the document', () => {
    const md = markdown(report());
    expect(md).toContain('## Per page, Chromium');
    expect(md).toContain('## Per page, Firefox');
    expect(md).toContain('| Firefox: ratio to the baseline, real pages |');
    expect(md).toContain('## Idle → first note');
  });
});

describe('memory over time', () => {
  const counts = (heapMb: number, listeners: number, nodes: number, overlays = 1, backgroundMb = NaN): MemoryCounts => ({
    heapMb, listeners, nodes, ours: { overlays, styleElements: 0, adoptedSheets: 1, highlights: 4, elements: 50 }, backgroundMb,
  });
  it('ours is end − start minus the page’s own drift', () => {
    const d = memoryDeltas(counts(10, 40, 200), counts(10.9, 40, 190), { start: counts(1, 0, 150, 0), end: counts(1.2, 0, 140, 0) });
    expect(d.heapDeltaMb).toBeCloseTo(0.7);
    expect(d.listenersLeft).toBe(0);
    expect(d.nodesLeft).toBe(0);
    expect(d.targets).toEqual({ heapWithin1Mb: true, noListenerLeft: true, noNodeLeft: true, noGrowthSecondRound: null });
  });
  it('a listener, a node or an overlay more at the end is left behind', () => {
    const d = memoryDeltas(counts(5, 40, 200), counts(7, 41, 201, 2), null);
    expect(d.oursLeft).toBe(1);
    expect(d.targets).toEqual({ heapWithin1Mb: false, noListenerLeft: false, noNodeLeft: false, noGrowthSecondRound: null });
  });
  it('the background counts too: the target is on the page and the background together', () => {
    const d = memoryDeltas(counts(5, 40, 200, 1, 10), counts(5.6, 40, 200, 1, 10.7), null);
    expect(d.backgroundDeltaMb).toBeCloseTo(0.7);
    expect(d.totalDeltaMb).toBeCloseTo(1.3);
    expect(d.targets.heapWithin1Mb).toBe(false);
    expect(memoryDeltas(counts(5, 40, 200), counts(5.5, 40, 200), null).totalDeltaMb).toBeCloseTo(0.5);
  });
});

describe('memory along the way', () => {
  it('measures every 5th swap and where the first round ends', () => {
    expect([...checkpoints(30, 20)].sort((a, b) => a - b)).toEqual([5, 10, 15, 19, 20, 25]);
    expect([...checkpoints(6, 20)]).toEqual([5]);
  });
  it('the second round’s growth is ours, page and background, from the end of the first round to the end', () => {
    const series = [
      { swap: 0, pageMb: 2, backgroundMb: 5 },
      { swap: 19, pageMb: 2.1, backgroundMb: 7.4 },
      { swap: 30, pageMb: 2.2, backgroundMb: 7.5 },
    ];
    expect(secondRoundGrowthMb(series, 20)).toBeCloseTo(0.2);
    expect(secondRoundGrowthMb(series.map((p) => ({ ...p, backgroundMb: NaN })), 20)).toBeCloseTo(0.1);
    expect(Number.isNaN(secondRoundGrowthMb(series.slice(0, 1), 20))).toBe(true);
  });
});

describe('single-page site', () => {
  it('swaps through the articles in turn, never the same twice in a row, and ends on the first', () => {
    const seq = swapSequence(30, 21);
    expect(seq).toHaveLength(30);
    expect(seq.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(seq[20]).toBe(1);
    expect(seq[29]).toBe(0);
    for (let i = 1; i < seq.length; i++) expect(seq[i]).not.toBe(seq[i - 1]);
    expect(swapSequence(1, 5)).toEqual([0]);
  });

  it('slugs are URL-safe', () => {
    expect(slug('Mali : l’armée reprend Kidal', 3)).toBe('3-mali-l-armee-reprend-kidal');
    expect(slug('!!!', 0)).toBe('0-article');
  });

  it('the page shows the first article and carries the others as data for its own script', () => {
    const html = spaPage([
      { title: 'First <one>', paragraphs: ['Para one.'], lang: 'en' },
      { title: 'Second', paragraphs: ['</script><b>x</b>'], lang: 'fr' },
    ]);
    const { document } = parseHTML(html);
    expect(document.querySelector('article h1')?.textContent).toBe('First <one>');
    const data = JSON.parse(document.getElementById('sl-bench-spa-data')?.textContent ?? '') as { slug: string; paragraphs: string[] }[];
    expect(data[1]!.paragraphs[0]).toBe('</script><b>x</b>');
    expect(data[1]!.slug).toBe('1-second');
    expect(html).toContain(`window.${SPA_GLOBAL}`);
  });
});

describe('idle → first note', () => {
  it('medians per kind, notes that never came left out, background states counted', () => {
    const r = summarizeFirstNote('firefox', [
      { kind: 'cold', firstNoteMs: 1000, loadMs: 100, backgroundRunning: false },
      { kind: 'cold', firstNoteMs: -1, loadMs: 100, backgroundRunning: true },
      { kind: 'warm', firstNoteMs: 400, loadMs: 100, backgroundRunning: true },
      { kind: 'warm', firstNoteMs: 600, loadMs: 100, backgroundRunning: true },
    ]);
    expect(r.cold).toEqual({ median: 1000, max: 1000, n: 1 });
    expect(r.warm.median).toBe(500);
    expect(r.coldStopped).toBe(1);
    expect(r.warmRunning).toBe(2);
  });
});

/**
 * The page benchmark's report: Chromium's per-page rows and summary, and the whole document
 * (docs/benchmarks.md) and the one-line JSON summary, with Firefox's figures
 * (cli/lib/bench-summary.ts), memory over time (cli/lib/bench-memory.ts) and idle → first note
 * (cli/lib/bench-first-note.ts) beside Chromium's.
 */
import { stats, type RunSpread, type Stats } from './bench-stats.ts';
import { commonSummary, populations, within, SAHEL_HEAP_TARGET_MB, SAHEL_LONGEST_TARGET_MS, SAHEL_RATIO_TARGET, NON_SAHEL_TARGET, type CommonSummary, type FirefoxSummary } from './bench-summary.ts';
import type { FirefoxPageResult } from './bench-firefox.ts';
import type { MemoryResult } from './bench-memory.ts';
import type { FirstNoteResult } from './bench-first-note.ts';
import type { Calibration } from './bench-calibrate.ts';

export { stats, type Stats };

export interface PageResult {
  name: string;
  /** 'real': a saved real page; 'sahel': a Sahel article transplanted into a real page (heavy path). */
  kind: 'real' | 'sahel';
  url: string;
  bytes: number;
  /** The content script's answer: judged about the Sahel, notes shown. */
  aboutSahel: boolean | null;
  notes: number | null;
  /** Where the engine ran ("background", "page", or both over the runs; empty when it did not run). */
  engine: string;
  /**
   * The baseline: one bare TreeWalker pass collecting the page's text, run once as the only
   * content script of a minimal extension (cli/lib/bench-baseline.ts) and measured from a trace
   * exactly as our content script is (ms).
   */
  baselineMs: number;
  /** The same baseline as it times itself (as in Firefox), for comparison with the trace (ms). */
  baselineSelfMs?: number;
  /** The same pass warmed up: median of many back-to-back passes timed in the page (ms). */
  warmBaselineMs: number;
  /** Our main-thread time (ms), its ratio to the baseline, and to the warmed-up pass. */
  extMs: number;
  ratio: number;
  warmRatio: number;
  /** Our time over the baseline's, run by run (for the spread of the p95). */
  runRatios: number[];
  /** Our longest task (the most of our time inside one task), that task's whole length, and our longest single script event (ms). */
  longestTaskMs: number;
  longestTaskWholeMs: number;
  longestScriptMs: number;
  /** JS heap used after GC with and without the extension (MB), and the difference. */
  heapWithMb: number;
  heapWithoutMb: number;
  heapDeltaMb: number;
  /** The instrumented build on the same page, traced (--calibrate). */
  calibration?: Calibration;
  error?: string;
}

export interface Summary extends CommonSummary {
  warmRatio: Stats;
  longestTaskMs: Stats;
  heapDeltaMb: Stats;
  sahelLongestTaskMs: Stats;
  sahelHeapDeltaMb: Stats;
  /** The baseline timed by itself over the baseline traced (how the Firefox method compares with the trace). */
  baselineSelfOverTraced: Stats;
  /** The instrumented build's own time over the trace's, same load (--calibrate): all pages, real pages not about the Sahel, Sahel articles. */
  instrumentedOverTraced: Stats;
  nonSahelInstrumentedOverTraced: Stats;
  sahelInstrumentedOverTraced: Stats;
  /** Each target met (true), missed (false), or not measured in this run (null). */
  targets: {
    medianRatioLe3: boolean | null;
    p95RatioLe5: boolean | null;
    longestTaskLe50EveryPage: boolean | null;
    nonSahelLe1_5: boolean | null;
    nonSahelP95Le1_5: boolean | null;
    nonSahelP95Le1_5EveryRun: boolean | null;
    sahelMedianRatioLe10: boolean | null;
    sahelLongestLe30: boolean | null;
    sahelHeapLe2Mb: boolean | null;
  };
}

export interface MachineInfo {
  /** The builds measured. */
  build: string;
  firefoxBuild?: string;
  cores: number;
  cpu: string;
  memoryGb: number;
  chromium: string;
  firefox?: string;
  node: string;
  date: string;
  /** Load average at the start and at the end of the run. */
  load: string;
  loadEnd?: string;
  seconds?: number;
}

const calibrationRatio = (r: PageResult) => (r.calibration && r.calibration.tracedMs > 0 ? r.calibration.instrumentedMs / r.calibration.tracedMs : NaN);

export function summarize(rows: PageResult[], runs: number): Summary {
  const c = commonSummary(rows, runs);
  const { ok, real, nonSahel, sahel } = populations(rows);
  const longest = stats(ok.map((r) => r.longestTaskMs));
  const sahelLongestTaskMs = stats(sahel.map((r) => r.longestTaskMs));
  const sahelHeapDeltaMb = stats(sahel.map((r) => r.heapDeltaMb));
  return {
    ...c,
    warmRatio: stats(real.map((r) => r.warmRatio)),
    longestTaskMs: longest,
    heapDeltaMb: stats(ok.map((r) => r.heapDeltaMb)),
    sahelLongestTaskMs,
    sahelHeapDeltaMb,
    baselineSelfOverTraced: stats(ok.map((r) => (r.baselineSelfMs ?? NaN) / r.baselineMs)),
    instrumentedOverTraced: stats(ok.map(calibrationRatio)),
    nonSahelInstrumentedOverTraced: stats(nonSahel.map(calibrationRatio)),
    sahelInstrumentedOverTraced: stats(sahel.map(calibrationRatio)),
    targets: {
      medianRatioLe3: within(c.ratio.median, 3),
      p95RatioLe5: within(c.ratio.p95, 5),
      longestTaskLe50EveryPage: within(longest.max, 50),
      nonSahelLe1_5: nonSahel.length ? nonSahel.every((r) => r.ratio <= NON_SAHEL_TARGET) : null,
      nonSahelP95Le1_5: within(c.nonSahelRatio.p95, NON_SAHEL_TARGET),
      nonSahelP95Le1_5EveryRun: within(c.nonSahelSpread.max, NON_SAHEL_TARGET),
      sahelMedianRatioLe10: within(c.sahelRatio.median, SAHEL_RATIO_TARGET),
      sahelLongestLe30: within(sahelLongestTaskMs.max, SAHEL_LONGEST_TARGET_MS),
      sahelHeapLe2Mb: within(sahelHeapDeltaMb.max, SAHEL_HEAP_TARGET_MB),
    },
  };
}

/** Everything one benchmark run measured. */
export interface BenchReport {
  mode: string;
  runs: number;
  machine: MachineInfo;
  chromium: { rows: PageResult[]; summary: Summary } | null;
  firefox: { rows: FirefoxPageResult[]; summary: FirefoxSummary } | null;
  memory: MemoryResult[];
  firstNote: FirstNoteResult[];
}

const f = (x: number | undefined, d = 1) => (x !== undefined && Number.isFinite(x) ? x.toFixed(d) : '–');
const statCells = (s: Stats | undefined, d = 1) => (s ? `${s.n} | ${f(s.median, d)} | ${f(s.p95, d)} | ${f(s.max, d)}` : ' | | | ');
const yes = (b: boolean | null | undefined) => (b === undefined || b === null ? '–' : b ? 'met' : '**not met**');
const cell = (s: string) => s.replace(/\|/g, '/');
/** The Sahel column: the topic verdict, and where the engine ran when it did. */
const sahelCell = (r: { aboutSahel: boolean | null; engine: string }) => `${r.aboutSahel === null ? '?' : r.aboutSahel ? 'yes' : 'no'}${r.engine ? ` (engine: ${r.engine})` : ''}`;

const METHOD =
  'Written by `npm run bench` (cli/bench.ts). Each page is served locally under an outlet host name with the network blocked, ' +
  'and loaded in headless browsers: with the built extension, with a minimal extension whose only content script is the ' +
  "baseline, and (Chromium) with no extension, for memory. The baseline is one bare `TreeWalker` pass collecting the page's " +
  'text, the least work any annotator must do, run the way any annotating extension runs it: as the only content script of a ' +
  'minimal extension (cli/lib/bench-baseline.ts), compiled cold and run once at `document_idle` in its isolated world. Each ' +
  'page is measured several times (`--repeat`, 3 by default; the run line below says how many), the baseline and ours ' +
  'alternately: times are medians, the longest task or slice is the worst run. A page is done when the content script gives ' +
  'its status as the popup reads it (after its idle scan and annotation). The targets are read on the real pages; Sahel ' +
  'articles transplanted into real pages take the heavy path and are reported apart.';

const CHROMIUM_METHOD =
  '**Chromium** (Debian `chromium`, playwright-core, the release build dist/chrome): a performance trace (CDP `Tracing`, ' +
  "`devtools.timeline` and V8 CPU-profiler categories) gives the content script's main-thread time: script events whose URL is " +
  "the extension's origin, united with profiler samples that have one of its frames on the stack, on the main thread of the " +
  "renderer that shows the page; the baseline is traced the same way. Our longest task is the most of our time inside one " +
  "top-level task (the whole task, ours and the page's, is shown beside it). For reference, the per-page table also gives the " +
  'same pass warmed up in the page and our ratio to it: no content script, run once, comes near a loop the JIT has optimised. ' +
  'Memory is the JS heap used after a forced GC (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`), with minus without ' +
  'the extension.';

const FIREFOX_METHOD =
  '**Firefox** (Debian `firefox-esr`, puppeteer-core over WebDriver BiDi, temporary add-ons): Firefox has no long-task API and ' +
  'no trace we can read, so the benchmark loads an **instrumented build** (the same sources built with ' +
  '`SAHEL_LENS_INSTRUMENT=1` into artifacts/bench-instrumented/, src/page/instrument.ts) whose content script times itself in ' +
  'its own world: its evaluation, and every callback the browser makes into it (timers, idle callbacks, animation frames, ' +
  'mutation and resize observers, event listeners, message handlers), each to the end of the microtasks it started, plus ' +
  '`runSliced` slices; nested intervals count once. Our time is the sum; our longest slice of work is the longest such ' +
  "interval; the longest `runSliced` slice is given apart. Parsing and compiling our scripts are not seen from inside. The " +
  'baseline times itself the same way (first statement to the end of its microtasks). `performance.now()` runs at full ' +
  'precision (`privacy.reduceTimerPrecision` off). A release build holds none of the instrumentation (test/build/instrument.test.ts). ' +
  'For comparison, Chromium\'s baseline also times itself, and (full runs, or `--calibrate`) the instrumented build is also ' +
  'loaded once a page in a traced Chromium: the summary gives what each counts from inside over what the trace counts for the ' +
  'same load, and the per-page table gives both.';

function commonLines(label: string, s: CommonSummary): string[] {
  return [
    `| ${label}: ratio to the baseline, real pages | ${statCells(s.ratio, 2)} |`,
    `| ${label}: ratio, pages not about the Sahel | ${statCells(s.nonSahelRatio, 2)} |`,
    `| ${label}: ratio, Sahel articles (heavy path) | ${statCells(s.sahelRatio, 2)} |`,
    `| ${label}: our main-thread time (ms), all pages | ${statCells(s.extMs)} |`,
    `| ${label}: our main-thread time (ms), Sahel articles | ${statCells(s.sahelExtMs)} |`,
  ];
}

function spreadCells(s: RunSpread): string {
  return `${s.perRun.map((x) => f(x, 2)).join(' / ')} | ${f(s.min, 2)}–${f(s.max, 2)}`;
}

function memoryLines(results: MemoryResult[]): string[] {
  if (!results.length) return [];
  const lines = [
    '## Memory over time (single-page site)',
    '',
    'One page served under a listed outlet host swaps Sahel articles (the project\'s own test articles: the design article and ' +
      'the dev articles about the Sahel that carry notes) in turn, as single-page news sites do: `history.pushState` to the article\'s URL, the ' +
      'old `<article>` replaced by a new one. After each swap the benchmark waits for our notes on the new article. The last ' +
      'swap goes back to the first article, so the end compares with the start (after the first article was annotated), each ' +
      'after a forced GC. Release builds (cli/lib/bench-memory.ts, cli/lib/bench-spa.ts).',
    '',
    '| browser | swaps | with notes | swap → notes ms (median, max) | page: start → end MB | page: ours Δ MB | background: start → end MB | background Δ MB | ours Δ in all MB | listeners left | nodes left | ours left in the page | targets |',
    '|---|---:|---:|---|---|---:|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const m of results) {
    if (m.error) {
      lines.push(`| ${m.browser} | ${m.swaps} | ${m.annotated} | | | | | | | | | | error: ${cell(m.error).slice(0, 160)} |`);
      continue;
    }
    const t = m.targets;
    lines.push(
      `| ${m.browser} | ${m.swaps} | ${m.annotated} | ${f(m.swapToNotesMs.median, 0)}, ${f(m.swapToNotesMs.max, 0)} | ` +
        `${f(m.start?.heapMb, 2)} → ${f(m.end?.heapMb, 2)} | ${f(m.heapDeltaMb, 2)} | ${f(m.start?.backgroundMb, 2)} → ${f(m.end?.backgroundMb, 2)} | ${f(m.backgroundDeltaMb, 2)} | ${f(m.totalDeltaMb, 2)} | ` +
        `${f(m.listenersLeft, 0)} | ${f(m.nodesLeft, 0)} | ${f(m.oursLeft, 0)} | ` +
        `heap within 1 MB ${yes(t.heapWithin1Mb)}; no listener left ${yes(t.noListenerLeft)}; no node left ${yes(t.noNodeLeft)}; no growth on the second round ${yes(t.noGrowthSecondRound)} |`,
    );
  }
  lines.push('');
  for (const m of results) lines.push(`- ${m.browser}: ${m.heapMeasure}.`);
  lines.push('');
  lines.push(
    `Along the way (after a forced GC; "after n": n swaps done; the first round ends when every article has been shown once), page / background MB, ` +
      `and our growth (page + background) over the second round, on articles already annotated once (near 0: what grew in the first round was ` +
      `caches warming up on text of a kind seen for the first time, such as the first French article; growing again: a leak):`,
  );
  lines.push('');
  for (const m of results) {
    if (!m.series.length) continue;
    const pts = m.series.map((p) => `after ${p.swap}: ${f(p.pageMb, 2)} / ${f(p.backgroundMb, 2)}`).join('; ');
    lines.push(`- ${m.browser} (${m.articles} articles): ${pts}. Second round: ${f(m.secondRoundGrowthMb, 2)} MB.`);
  }
  lines.push('');
  lines.push(
    'Chromium: the renderer\'s JS heap, DOM nodes and JS event listeners (`Memory.getDOMCounters`), with the extension, minus the page\'s own ' +
      'drift over the same swaps in a Chromium without it; the service worker\'s heap through DevTools. Firefox: our content script\'s own realm in the memory reporter ' +
      '(after `minimizeMemoryUsage`: GC and CC), the background page\'s window, the window\'s event-listener count, the document\'s elements. The engine runs in ' +
      'the background, so the heap target is judged on the page\'s share and the background\'s together. "Ours left in the ' +
      'page": overlay hosts, style elements, adopted style sheets and highlights more at the end than at the start.',
  );
  lines.push('');
  return lines;
}

function firstNoteLines(results: FirstNoteResult[]): string[] {
  if (!results.length) return [];
  const lines = [
    '## Idle → first note',
    '',
    'Navigation start to our first note visible on a Sahel article (the design article laid out as a news page), with the ' +
      'extension\'s background cold (just stopped: Chromium `ServiceWorker.stopAllWorkers`, Firefox `terminateBackground()`) and ' +
      'warm (running, woken by the load before); cold and warm loads alternate in fresh tabs, after one uncounted load. Release ' +
      'builds (cli/lib/bench-first-note.ts).',
    '',
    '| browser | cold ms (median, max) | warm ms (median, max) | cold loads with the background stopped | warm loads with it running | load event ms (median) |',
    '|---|---|---|---:|---:|---:|',
  ];
  for (const r of results) {
    const load = stats(r.runs.map((x) => x.loadMs)).median;
    lines.push(
      `| ${r.browser} | ${f(r.cold.median, 0)}, ${f(r.cold.max, 0)} (${r.cold.n}) | ${f(r.warm.median, 0)}, ${f(r.warm.max, 0)} (${r.warm.n}) | ` +
        `${r.coldStopped} of ${r.runs.filter((x) => x.kind === 'cold').length} | ${r.warmRunning} of ${r.runs.filter((x) => x.kind === 'warm').length} | ${f(load, 0)} |` +
        (r.error ? ` error: ${cell(r.error).slice(0, 160)}` : ''),
    );
  }
  lines.push('');
  return lines;
}

export function markdown(r: BenchReport): string {
  const m = r.machine;
  const c = r.chromium?.summary;
  const x = r.firefox?.summary;
  const lines: string[] = [];
  lines.push('# Page benchmark');
  lines.push('');
  lines.push(METHOD);
  lines.push('');
  lines.push(CHROMIUM_METHOD);
  lines.push('');
  lines.push(FIREFOX_METHOD);
  lines.push('');
  lines.push(
    `Run: ${r.mode}, ${m.date}${m.seconds !== undefined ? `, ${Math.round(m.seconds / 60)} min` : ''}. Machine: ${m.cores} cores, ${m.cpu}, ${m.memoryGb} GB RAM, ` +
      `load average ${m.load} at the start${m.loadEnd ? `, ${m.loadEnd} at the end` : ''}; ${m.chromium}; ${m.firefox ?? 'Firefox not run'}; Node ${m.node}. ` +
      `Builds: ${m.build}${m.firefoxBuild ? `; ${m.firefoxBuild}` : ''}.`,
  );
  lines.push('');
  lines.push('## Summary');
  lines.push('');
  lines.push('| measure | pages | median | p95 | max |');
  lines.push('|---|---:|---:|---:|---:|');
  if (c) {
    lines.push(...commonLines('Chromium', c));
    lines.push(`| Chromium: ratio to the warmed-up pass (reference), real pages | ${statCells(c.warmRatio, 2)} |`);
    lines.push(`| Chromium: our longest task (ms) | ${statCells(c.longestTaskMs)} |`);
    lines.push(`| Chromium: our longest task (ms), Sahel articles | ${statCells(c.sahelLongestTaskMs)} |`);
    lines.push(`| Chromium: JS heap with − without the extension (MB) | ${statCells(c.heapDeltaMb, 2)} |`);
    lines.push(`| Chromium: JS heap with − without (MB), Sahel articles | ${statCells(c.sahelHeapDeltaMb, 2)} |`);
    lines.push(`| Chromium: the baseline timed by itself ÷ traced | ${statCells(c.baselineSelfOverTraced, 2)} |`);
    if (c.instrumentedOverTraced.n) {
      lines.push(`| Chromium, instrumented build: our time counted from inside ÷ traced, all pages | ${statCells(c.instrumentedOverTraced, 2)} |`);
      lines.push(`| Chromium, instrumented build: from inside ÷ traced, pages not about the Sahel | ${statCells(c.nonSahelInstrumentedOverTraced, 2)} |`);
      lines.push(`| Chromium, instrumented build: from inside ÷ traced, Sahel articles | ${statCells(c.sahelInstrumentedOverTraced, 2)} |`);
    }
  }
  if (x) {
    lines.push(...commonLines('Firefox', x));
    lines.push(`| Firefox: our longest slice of work (ms) | ${statCells(x.longestMs)} |`);
    lines.push(`| Firefox: our longest slice of work (ms), Sahel articles | ${statCells(x.sahelLongestMs)} |`);
    lines.push(`| Firefox: our longest \`runSliced\` slice (ms) | ${statCells(x.longestSliceMs)} |`);
  }
  lines.push('');
  lines.push(`### Pages not about the Sahel, run by run`);
  lines.push('');
  lines.push(
    `The p95 of our ratio to the baseline over the pages not about the Sahel, computed for each run apart (run i takes every page's ` +
      `i-th measurement of the baseline and of ours), and its spread; the p95 of the per-page medians is in the summary above. Target: ≤ ${NON_SAHEL_TARGET}.`,
  );
  lines.push('');
  lines.push('| browser | pages | p95 of each run | spread (min–max) | p95 of the medians |');
  lines.push('|---|---:|---|---|---:|');
  if (c) lines.push(`| Chromium | ${c.nonSahelSpread.pages} | ${spreadCells(c.nonSahelSpread)} | ${f(c.nonSahelRatio.p95, 2)} |`);
  if (x) lines.push(`| Firefox | ${x.nonSahelSpread.pages} | ${spreadCells(x.nonSahelSpread)} | ${f(x.nonSahelRatio.p95, 2)} |`);
  lines.push('');
  lines.push('### Targets');
  lines.push('');
  lines.push('| target | Chromium | Firefox |');
  lines.push('|---|---|---|');
  const both = (name: string, a: string, b: string) => lines.push(`| ${name} | ${c ? a : '–'} | ${x ? b : '–'} |`);
  both('median ratio ≤ 3 (real pages)', `${yes(c?.targets.medianRatioLe3)} (${f(c?.ratio.median, 2)})`, `${yes(x?.targets.medianRatioLe3)} (${f(x?.ratio.median, 2)})`);
  both('p95 ratio ≤ 5 (real pages)', `${yes(c?.targets.p95RatioLe5)} (${f(c?.ratio.p95, 2)})`, `${yes(x?.targets.p95RatioLe5)} (${f(x?.ratio.p95, 2)})`);
  both('longest task / slice ≤ 50 ms on every page', `${yes(c?.targets.longestTaskLe50EveryPage)} (max ${f(c?.longestTaskMs.max)} ms)`, `${yes(x?.targets.longestLe50EveryPage)} (max ${f(x?.longestMs.max)} ms)`);
  both(
    'pages not about the Sahel: p95 ≤ 1.5×',
    `${yes(c?.targets.nonSahelP95Le1_5)} (${f(c?.nonSahelRatio.p95, 2)}; runs ${f(c?.nonSahelSpread.min, 2)}–${f(c?.nonSahelSpread.max, 2)})`,
    `${yes(x?.targets.nonSahelP95Le1_5)} (${f(x?.nonSahelRatio.p95, 2)}; runs ${f(x?.nonSahelSpread.min, 2)}–${f(x?.nonSahelSpread.max, 2)})`,
  );
  both('pages not about the Sahel: every run\'s p95 ≤ 1.5×', yes(c?.targets.nonSahelP95Le1_5EveryRun), yes(x?.targets.nonSahelP95Le1_5EveryRun));
  both('pages not about the Sahel: every page ≤ 1.5×', `${yes(c?.targets.nonSahelLe1_5)} (${c?.nonSahelOver1_5 ?? '–'} of ${c?.nonSahelRatio.n ?? '–'} above)`, `${yes(x && x.nonSahelRatio.n ? x.nonSahelOver1_5 === 0 : null)} (${x?.nonSahelOver1_5 ?? '–'} of ${x?.nonSahelRatio.n ?? '–'} above)`);
  both('Sahel articles: median ratio ≤ 10×', `${yes(c?.targets.sahelMedianRatioLe10)} (${f(c?.sahelRatio.median, 2)})`, `${yes(x?.targets.sahelMedianRatioLe10)} (${f(x?.sahelRatio.median, 2)})`);
  both('Sahel articles: longest task / slice ≤ 30 ms', `${yes(c?.targets.sahelLongestLe30)} (max ${f(c?.sahelLongestTaskMs.max)} ms)`, `${yes(x?.targets.sahelLongestLe30)} (max ${f(x?.sahelLongestMs.max)} ms)`);
  both('Sahel articles: heap ≤ +2 MB', `${yes(c?.targets.sahelHeapLe2Mb)} (max ${f(c?.sahelHeapDeltaMb.max, 2)} MB)`, 'not measured per page');
  const memoryCell = (b: MemoryResult['browser']) => {
    const mem = r.memory.find((m) => m.browser === b);
    if (!mem) return '–';
    const t = mem.targets;
    const all = t.heapWithin1Mb === null || t.noListenerLeft === null || t.noNodeLeft === null ? null : t.heapWithin1Mb && t.noListenerLeft && t.noNodeLeft;
    return `${yes(all)} (${f(mem.totalDeltaMb, 2)} MB, ${f(mem.listenersLeft, 0)} listeners, ${f(mem.nodesLeft, 0)} nodes left)`;
  };
  if (r.memory.length) {
    lines.push(`| memory over time: heap back within 1 MB, no listener or node left | ${memoryCell('chromium')} | ${memoryCell('firefox')} |`);
    const second = (b: MemoryResult['browser']) => {
      const mem = r.memory.find((m) => m.browser === b);
      return mem ? `${yes(mem.targets.noGrowthSecondRound)} (${f(mem.secondRoundGrowthMb, 2)} MB)` : '–';
    };
    lines.push(`| memory over time: no growth (≤ 1 MB) on a second round of the same articles | ${second('chromium')} | ${second('firefox')} |`);
  }
  const failed = (c?.failed ?? 0) + (x?.failed ?? 0);
  if (failed) lines.push(`| pages that failed to measure | ${c?.failed ?? '–'} | ${x?.failed ?? '–'} |`);
  lines.push('');
  lines.push(...memoryLines(r.memory));
  lines.push(...firstNoteLines(r.firstNote));
  if (r.chromium) {
    lines.push('## Per page, Chromium');
    lines.push('');
    lines.push('| page | kind | KB | Sahel | notes | baseline ms | (self-timed) | ours ms | ratio | runs | warm pass ms | ratio to warm | our longest task ms | (whole task ms) | heap Δ MB | instrumented: traced / from inside ms |');
    lines.push('|---|---|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|');
    for (const row of r.chromium.rows) {
      if (row.error) {
        lines.push(`| ${row.name} | ${row.kind} | ${Math.round(row.bytes / 1024)} | | | | | | | | | | | | | error: ${cell(row.error).slice(0, 120)} |`);
        continue;
      }
      lines.push(
        `| ${row.name} | ${row.kind} | ${Math.round(row.bytes / 1024)} | ${sahelCell(row)} | ${row.notes ?? '?'} | ` +
          `${f(row.baselineMs, 2)} | ${f(row.baselineSelfMs, 2)} | ${f(row.extMs, 2)} | ${f(row.ratio, 2)} | ${row.runRatios.map((v) => f(v, 2)).join(' / ')} | ${f(row.warmBaselineMs, 2)} | ${f(row.warmRatio, 2)} | ` +
          `${f(row.longestTaskMs, 1)} | ${f(row.longestTaskWholeMs, 1)} | ${f(row.heapDeltaMb, 2)} | ${row.calibration ? `${f(row.calibration.tracedMs, 2)} / ${f(row.calibration.instrumentedMs, 2)}` : ''} |`,
      );
    }
    lines.push('');
  }
  if (r.firefox) {
    lines.push('## Per page, Firefox');
    lines.push('');
    lines.push('| page | kind | KB | Sahel | notes | baseline ms | ours ms | ratio | runs | our longest slice of work ms | longest `runSliced` slice ms | longest by kind, worst run (ms) |');
    lines.push('|---|---|---:|---|---:|---:|---:|---:|---|---:|---:|---|');
    for (const row of r.firefox.rows) {
      if (row.error) {
        lines.push(`| ${row.name} | ${row.kind} | ${Math.round(row.bytes / 1024)} | | | | | | | | | error: ${cell(row.error).slice(0, 120)} |`);
        continue;
      }
      lines.push(
        `| ${row.name} | ${row.kind} | ${Math.round(row.bytes / 1024)} | ${sahelCell(row)} | ${row.notes ?? '?'} | ` +
          `${f(row.baselineMs, 2)} | ${f(row.extMs, 2)} | ${f(row.ratio, 2)} | ${row.runRatios.map((v) => f(v, 2)).join(' / ')} | ${f(row.longestMs, 1)} | ${f(row.longestSliceMs, 1)} | ${row.longestByKind} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

const num = (x: number | undefined, d = 2) => (x !== undefined && Number.isFinite(x) ? Number(x.toFixed(d)) : null);
const trio = (s: Stats, d = 2) => ({ median: num(s.median, d), p95: num(s.p95, d), max: num(s.max, d) });
const spreadJson = (s: RunSpread) => ({ perRun: s.perRun.map((v) => num(v)), min: num(s.min), max: num(s.max), pages: s.pages });

function chromiumJson(s: Summary) {
  return {
    pages: s.pages,
    failed: s.failed,
    ratio: trio(s.ratio),
    warmRatio: trio(s.warmRatio),
    extMs: trio(s.extMs, 1),
    longestTaskMs: trio(s.longestTaskMs, 1),
    heapDeltaMb: trio(s.heapDeltaMb),
    nonSahelRatio: { ...trio(s.nonSahelRatio), over1_5: s.nonSahelOver1_5 },
    nonSahelSpread: spreadJson(s.nonSahelSpread),
    sahelRatio: { median: num(s.sahelRatio.median), max: num(s.sahelRatio.max) },
    sahelExtMs: { median: num(s.sahelExtMs.median, 1), max: num(s.sahelExtMs.max, 1) },
    sahelLongestTaskMs: { max: num(s.sahelLongestTaskMs.max, 1) },
    sahelHeapDeltaMb: { max: num(s.sahelHeapDeltaMb.max) },
    baselineSelfOverTraced: { median: num(s.baselineSelfOverTraced.median) },
    instrumentedOverTraced: { median: num(s.instrumentedOverTraced.median), nonSahelMedian: num(s.nonSahelInstrumentedOverTraced.median), sahelMedian: num(s.sahelInstrumentedOverTraced.median), pages: s.instrumentedOverTraced.n },
    targets: s.targets,
  };
}

function firefoxJson(s: FirefoxSummary) {
  return {
    pages: s.pages,
    failed: s.failed,
    ratio: trio(s.ratio),
    extMs: trio(s.extMs, 1),
    longestMs: trio(s.longestMs, 1),
    longestSliceMs: trio(s.longestSliceMs, 1),
    nonSahelRatio: { ...trio(s.nonSahelRatio), over1_5: s.nonSahelOver1_5 },
    nonSahelSpread: spreadJson(s.nonSahelSpread),
    sahelRatio: { median: num(s.sahelRatio.median), max: num(s.sahelRatio.max) },
    sahelExtMs: { median: num(s.sahelExtMs.median, 1), max: num(s.sahelExtMs.max, 1) },
    sahelLongestMs: { max: num(s.sahelLongestMs.max, 1) },
    targets: s.targets,
  };
}

function memoryJson(m: MemoryResult) {
  return {
    swaps: m.swaps,
    annotated: m.annotated,
    swapToNotesMs: { median: num(m.swapToNotesMs.median, 0), max: num(m.swapToNotesMs.max, 0) },
    heapStartMb: num(m.start?.heapMb),
    heapEndMb: num(m.end?.heapMb),
    heapDeltaMb: num(m.heapDeltaMb, 3),
    backgroundStartMb: num(m.start?.backgroundMb),
    backgroundEndMb: num(m.end?.backgroundMb),
    backgroundDeltaMb: num(m.backgroundDeltaMb, 3),
    totalDeltaMb: num(m.totalDeltaMb, 3),
    articles: m.articles,
    secondRoundGrowthMb: num(m.secondRoundGrowthMb, 3),
    series: m.series.map((p) => ({ swap: p.swap, pageMb: num(p.pageMb), backgroundMb: num(p.backgroundMb) })),
    listenersLeft: num(m.listenersLeft, 0),
    nodesLeft: num(m.nodesLeft, 0),
    oursLeft: num(m.oursLeft, 0),
    targets: m.targets,
    ...(m.error ? { error: m.error } : {}),
  };
}

function firstNoteJson(r: FirstNoteResult) {
  return {
    coldMs: { median: num(r.cold.median, 0), max: num(r.cold.max, 0), n: r.cold.n },
    warmMs: { median: num(r.warm.median, 0), max: num(r.warm.max, 0), n: r.warm.n },
    coldStopped: r.coldStopped,
    warmRunning: r.warmRunning,
    ...(r.error ? { error: r.error } : {}),
  };
}

/**
 * The one JSON line printed last. The top-level page figures are Chromium's (Firefox's, with the
 * same names, on a Firefox-only run), as before; `chromium`, `firefox`, `memory` and `firstNote`
 * hold everything per browser.
 */
export function summaryLine(r: BenchReport): string {
  const c = r.chromium?.summary;
  const x = r.firefox?.summary;
  const top = c
    ? (({ targets: _t, nonSahelSpread: _s, sahelExtMs: _e, sahelLongestTaskMs: _l, sahelHeapDeltaMb: _h, baselineSelfOverTraced: _b, instrumentedOverTraced: _i, ...rest }) => rest)(chromiumJson(c))
    : x
      ? { pages: x.pages, failed: x.failed, ratio: trio(x.ratio), extMs: trio(x.extMs, 1), longestTaskMs: trio(x.longestMs, 1), nonSahelRatio: { ...trio(x.nonSahelRatio), over1_5: x.nonSahelOver1_5 }, sahelRatio: { median: num(x.sahelRatio.median), max: num(x.sahelRatio.max) } }
      : { pages: 0, failed: 0 };
  const byBrowser = <T, U>(list: T[], name: (t: T) => string, json: (t: T) => U) => Object.fromEntries(list.map((t) => [name(t), json(t)]));
  return JSON.stringify({
    bench: 'pages',
    mode: r.mode,
    browsers: [...(c ? ['chromium'] : []), ...(x ? ['firefox'] : [])],
    ...top,
    targets: c?.targets ?? x?.targets ?? null,
    chromium: c ? chromiumJson(c) : null,
    firefox: x ? firefoxJson(x) : null,
    memory: byBrowser(r.memory, (m) => m.browser, memoryJson),
    firstNote: byBrowser(r.firstNote, (m) => m.browser, firstNoteJson),
    machine: r.machine,
  });
}

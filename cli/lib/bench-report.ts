/**
 * The page benchmark's numbers: per-page rows, summary statistics against the targets,
 * the Markdown report (docs/benchmarks.md) and the one-line JSON summary.
 */

export interface PageResult {
  name: string;
  /** 'real': a saved real page; 'sahel': a Sahel article transplanted into a real page (heavy path). */
  kind: 'real' | 'sahel';
  url: string;
  bytes: number;
  /** The content script's answer: judged about the Sahel, notes shown. */
  aboutSahel: boolean | null;
  notes: number | null;
  /**
   * The baseline: one bare TreeWalker pass collecting the page's text, run once as the only
   * content script of a minimal extension (cli/lib/bench-baseline.ts) and measured from a trace
   * exactly as our content script is (ms).
   */
  baselineMs: number;
  /** The same pass warmed up: median of many back-to-back passes timed in the page (ms). */
  warmBaselineMs: number;
  /** Our main-thread time (ms), its ratio to the baseline, and to the warmed-up pass. */
  extMs: number;
  ratio: number;
  warmRatio: number;
  /** Our longest task (the most of our time inside one task), that task's whole length, and our longest single script event (ms). */
  longestTaskMs: number;
  longestTaskWholeMs: number;
  longestScriptMs: number;
  /** JS heap used after GC with and without the extension (MB), and the difference. */
  heapWithMb: number;
  heapWithoutMb: number;
  heapDeltaMb: number;
  error?: string;
}

export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function stats(values: number[]): Stats {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { n: 0, median: NaN, p95: NaN, max: NaN };
  const q = (p: number) => v[Math.min(v.length - 1, Math.max(0, Math.ceil(p * v.length) - 1))]!;
  const median = v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
  return { n: v.length, median, p95: q(0.95), max: v[v.length - 1]! };
}

export interface Summary {
  pages: number;
  failed: number;
  /** Ratios over the real pages (the targets' population); Sahel transplants apart. */
  ratio: Stats;
  warmRatio: Stats;
  extMs: Stats;
  longestTaskMs: Stats;
  heapDeltaMb: Stats;
  nonSahelRatio: Stats;
  nonSahelOver1_5: number;
  sahelRatio: Stats;
  sahelExtMs: Stats;
  targets: {
    medianRatioLe3: boolean;
    p95RatioLe5: boolean;
    longestTaskLe50EveryPage: boolean;
    nonSahelLe1_5: boolean;
  };
  machine: MachineInfo;
}

export interface MachineInfo {
  /** The build measured, and its web_accessible_resources use_dynamic_url setting. */
  build: string;
  cores: number;
  cpu: string;
  memoryGb: number;
  chromium: string;
  node: string;
  date: string;
  load: string;
}

export function summarize(rows: PageResult[], machine: MachineInfo): Summary {
  const ok = rows.filter((r) => !r.error);
  const real = ok.filter((r) => r.kind === 'real');
  const nonSahel = real.filter((r) => r.aboutSahel !== true);
  const sahel = ok.filter((r) => r.kind === 'sahel' || r.aboutSahel === true);
  const ratio = stats(real.map((r) => r.ratio));
  const longest = stats(ok.map((r) => r.longestTaskMs));
  const nonSahelRatio = stats(nonSahel.map((r) => r.ratio));
  return {
    pages: rows.length,
    failed: rows.length - ok.length,
    ratio,
    warmRatio: stats(real.map((r) => r.warmRatio)),
    extMs: stats(ok.map((r) => r.extMs)),
    longestTaskMs: longest,
    heapDeltaMb: stats(ok.map((r) => r.heapDeltaMb)),
    nonSahelRatio,
    nonSahelOver1_5: nonSahel.filter((r) => r.ratio > 1.5).length,
    sahelRatio: stats(sahel.map((r) => r.ratio)),
    sahelExtMs: stats(sahel.map((r) => r.extMs)),
    targets: {
      medianRatioLe3: ratio.median <= 3,
      p95RatioLe5: ratio.p95 <= 5,
      longestTaskLe50EveryPage: longest.max <= 50,
      nonSahelLe1_5: nonSahel.every((r) => r.ratio <= 1.5),
    },
    machine,
  };
}

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const statCells = (s: Stats, d = 1) => `${f(s.median, d)} | ${f(s.p95, d)} | ${f(s.max, d)}`;
const yes = (b: boolean) => (b ? 'met' : '**not met**');

export function markdown(rows: PageResult[], s: Summary, mode: string): string {
  const m = s.machine;
  const lines: string[] = [];
  lines.push('# Page benchmark');
  lines.push('');
  lines.push(
    'Written by `npm run bench` (cli/bench.ts). Each page is loaded, served locally under an outlet host name with the ' +
      'network blocked, in headless Chromium instances: one with the built extension (dist/chrome), one without any extension (for memory), one with the baseline extension. ' +
      'With the extension, a performance trace (CDP `Tracing`, `devtools.timeline` and V8 CPU-profiler categories) gives ' +
      "the content script's main-thread time: script events whose URL is the extension's origin, united with profiler " +
      'samples that have one of its frames on the stack, on the main thread of the renderer that shows the page. The ' +
      "baseline is one bare `TreeWalker` pass collecting the page's text, the least work any annotator must do, run " +
      'the way any annotating extension runs it: as the only content script of a minimal extension (cli/lib/bench-baseline.ts), ' +
      'compiled cold and run once at `document_idle` in its isolated world, in a third Chromium, traced and measured exactly ' +
      'as ours. For reference, the table also gives the same pass warmed up in the page (median of 5 rounds timed with ' +
      '`performance.now()`, each round enough passes back to back to last about 5 ms) and our ratio to it: no content ' +
      'script, run once, comes near a loop the JIT has optimised. The targets are read on the real pages; Sahel articles ' +
      'transplanted into real pages take the heavy path and are reported apart. ' +
      'Our longest task is the most of our time inside one top-level task (the whole task, ours and the ' +
      "page's, is shown beside it). Memory is the " +
      'JS heap used after a forced GC (`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`), with minus without the extension. ' +
      'Each page is measured several times (`--repeat`, 3 by default; the run line below says how many), the baseline and ' +
      'ours alternately: times are medians, our longest task is the worst run. ' +
      'A page is done when the content script gives its status as the popup reads it (after its idle scan and annotation); ' +
      'that answer is included in the measured time.',
  );
  lines.push('');
  lines.push(`Run: ${mode}, ${m.date}. Machine: ${m.cores} cores, ${m.cpu}, ${m.memoryGb} GB RAM, load average ${m.load}; ${m.chromium}; Node ${m.node}. Build: ${m.build}.`);
  lines.push('');
  lines.push('## Summary');
  lines.push('');
  lines.push('| measure | pages | median | p95 | max |');
  lines.push('|---|---:|---:|---:|---:|');
  lines.push(`| ratio to the TreeWalker baseline, real pages | ${s.ratio.n} | ${statCells(s.ratio, 2)} |`);
  lines.push(`| ratio to the warmed-up pass (reference), real pages | ${s.warmRatio.n} | ${statCells(s.warmRatio, 2)} |`);
  lines.push(`| ratio, pages not about the Sahel | ${s.nonSahelRatio.n} | ${statCells(s.nonSahelRatio, 2)} |`);
  lines.push(`| ratio, Sahel articles (heavy path) | ${s.sahelRatio.n} | ${statCells(s.sahelRatio, 2)} |`);
  lines.push(`| our main-thread time (ms), all pages | ${s.extMs.n} | ${statCells(s.extMs)} |`);
  lines.push(`| our main-thread time (ms), Sahel articles | ${s.sahelExtMs.n} | ${statCells(s.sahelExtMs)} |`);
  lines.push(`| our longest task (ms) | ${s.longestTaskMs.n} | ${statCells(s.longestTaskMs)} |`);
  lines.push(`| JS heap with − without the extension (MB) | ${s.heapDeltaMb.n} | ${statCells(s.heapDeltaMb, 2)} |`);
  lines.push('');
  lines.push('| target | result |');
  lines.push('|---|---|');
  lines.push(`| median ratio ≤ 3 | ${yes(s.targets.medianRatioLe3)} (${f(s.ratio.median, 2)}) |`);
  lines.push(`| p95 ratio ≤ 5 | ${yes(s.targets.p95RatioLe5)} (${f(s.ratio.p95, 2)}) |`);
  lines.push(`| longest task ≤ 50 ms on every page | ${yes(s.targets.longestTaskLe50EveryPage)} (max ${f(s.longestTaskMs.max)} ms) |`);
  lines.push(`| pages not about the Sahel ≤ 1.5× baseline | ${yes(s.targets.nonSahelLe1_5)} (${s.nonSahelOver1_5} of ${s.nonSahelRatio.n} above, max ${f(s.nonSahelRatio.max, 2)}) |`);
  if (s.failed) lines.push(`| pages that failed to measure | ${s.failed} |`);
  lines.push('');
  lines.push('## Per page');
  lines.push('');
  lines.push('| page | kind | KB | Sahel | notes | baseline ms | ours ms | ratio | warm pass ms | ratio to warm | our longest task ms | (whole task ms) | heap Δ MB |');
  lines.push('|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    if (r.error) {
      lines.push(`| ${r.name} | ${r.kind} | ${Math.round(r.bytes / 1024)} | | | | | | | | | | error: ${r.error.replace(/\|/g, '/').slice(0, 120)} |`);
      continue;
    }
    lines.push(
      `| ${r.name} | ${r.kind} | ${Math.round(r.bytes / 1024)} | ${r.aboutSahel === null ? '?' : r.aboutSahel ? 'yes' : 'no'} | ${r.notes ?? '?'} | ` +
        `${f(r.baselineMs, 2)} | ${f(r.extMs, 2)} | ${f(r.ratio, 2)} | ${f(r.warmBaselineMs, 2)} | ${f(r.warmRatio, 2)} | ${f(r.longestTaskMs, 1)} | ${f(r.longestTaskWholeMs, 1)} | ${f(r.heapDeltaMb, 2)} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

/** The one JSON line printed last. */
export function summaryLine(s: Summary, mode: string): string {
  const r = (x: number, d = 2) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);
  return JSON.stringify({
    bench: 'pages',
    mode,
    pages: s.pages,
    failed: s.failed,
    ratio: { median: r(s.ratio.median), p95: r(s.ratio.p95), max: r(s.ratio.max) },
    warmRatio: { median: r(s.warmRatio.median), p95: r(s.warmRatio.p95), max: r(s.warmRatio.max) },
    extMs: { median: r(s.extMs.median, 1), p95: r(s.extMs.p95, 1), max: r(s.extMs.max, 1) },
    longestTaskMs: { median: r(s.longestTaskMs.median, 1), p95: r(s.longestTaskMs.p95, 1), max: r(s.longestTaskMs.max, 1) },
    heapDeltaMb: { median: r(s.heapDeltaMb.median), p95: r(s.heapDeltaMb.p95), max: r(s.heapDeltaMb.max) },
    nonSahelRatio: { median: r(s.nonSahelRatio.median), p95: r(s.nonSahelRatio.p95), max: r(s.nonSahelRatio.max), over1_5: s.nonSahelOver1_5 },
    sahelRatio: { median: r(s.sahelRatio.median), max: r(s.sahelRatio.max) },
    targets: s.targets,
    machine: s.machine,
  });
}

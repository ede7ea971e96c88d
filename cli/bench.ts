/**
 * `npm run bench [-- --smoke] [-- --pages N] [-- --repeat N] [-- --no-sahel] [-- --out FILE]`: the page benchmark.
 *
 * Loads each real saved page (../shared/fixtures/real-pages or $SAHEL_REAL_PAGES), and Sahel
 * articles transplanted into real page templates, in headless Chromium with and without the
 * built extension (dist/chrome, or $SAHEL_LENS_DIST/chrome; it builds nothing itself), and
 * reports per page and in summary (median, p95, max): the content script's main-thread time as
 * a ratio to a bare TreeWalker text pass on the same page (run as the only content script of a
 * minimal extension, in a third Chromium: cli/lib/bench-baseline.ts), its longest task, and the
 * JS heap with versus without the extension. Writes docs/benchmarks.md (a full run) or
 * artifacts/benchmarks-partial.md (--smoke, --pages), and ends with one JSON line.
 *
 * Not part of `npm test`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, pageUrl } from '../test/e2e/lib/browsers.ts';
import { startServer } from '../test/e2e/lib/server.ts';
import { pageExpression } from '../test/e2e/lib/page-function.ts';
import { CHROMIUM, DIST_CHROME, realPagesDir, ROOT } from '../test/e2e/lib/paths.ts';
import { askUntilAnswered, statusExpression, waitQuietInPage, type StatusReply } from '../test/e2e/lib/robust-tab.ts';
import { extensionCost, startTrace, stopTrace, type TraceEvent } from './lib/bench-trace.ts';
import { BASELINE_DONE_ATTRIBUTE, writeBaselineExtension } from './lib/bench-baseline.ts';
import { benchPages, launchPlainChromium, type BenchPage } from './lib/bench-pages.ts';
import { markdown, stats, summarize, summaryLine, type MachineInfo, type PageResult } from './lib/bench-report.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
};
const smoke = flag('--smoke');
const repeatOpt = option('--repeat');
/** Runs per page (baseline and ours each); medians are reported. */
const repeat = repeatOpt === null ? (smoke ? 1 : 3) : Number(repeatOpt);
if (!(Number.isInteger(repeat) && repeat > 0 && repeat <= 20)) {
  console.error(`bench: --repeat expects a whole number from 1 to 20, got "${repeatOpt}"`);
  process.exit(2);
}
const pagesOpt = option('--pages');
const pagesN = pagesOpt === null ? null : Number(pagesOpt);
if (pagesN !== null && !(Number.isInteger(pagesN) && pagesN > 0)) {
  console.error(`bench: --pages expects a positive whole number, got "${pagesOpt}"`);
  process.exit(2);
}
const partial = smoke || pagesN !== null;
const out = resolve(option('--out') ?? (partial ? join(ROOT, 'artifacts/benchmarks-partial.md') : join(ROOT, 'docs/benchmarks.md')));
const mode = `${smoke ? 'smoke' : pagesN !== null ? `first ${pagesN} pages` : 'full'}, ${repeat} run${repeat > 1 ? 's' : ''} a page`;

if (!existsSync(join(DIST_CHROME, 'manifest.json'))) {
  console.error(`bench: no Chrome build at ${DIST_CHROME}. Run \`npm run build\` first (the benchmark builds nothing itself).`);
  process.exit(2);
}
const realDir = realPagesDir();
if (!realDir) {
  console.error('bench: the real saved pages are absent (../shared/fixtures/real-pages, or set $SAHEL_REAL_PAGES).');
  process.exit(2);
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/**
 * The same pass warmed up, for reference (ms): the median of 5 rounds, each round timing enough
 * passes back to back to last about 5 ms (performance.now() ticks in 0.1 ms steps in a page,
 * coarser than one pass over a small page). A string: no helpers of ours reach the page.
 */
const WARM_BASELINE = `(() => {
  const pass = () => {
    const w = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
    const parts = [];
    for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.data);
    return parts.join('').length;
  };
  let t0 = performance.now();
  pass();
  const one = Math.max(performance.now() - t0, 0.05);
  const k = Math.max(1, Math.min(500, Math.ceil(5 / one)));
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    t0 = performance.now();
    for (let i = 0; i < k; i++) pass();
    rounds.push((performance.now() - t0) / k);
  }
  rounds.sort((a, b) => a - b);
  return rounds[2];
})()`;

const MARKERS = `(() => { const h = document.querySelector('sahel-lens-overlay'); return h && h.shadowRoot ? h.shadowRoot.querySelectorAll('[data-sl-claim]').length : 0; })()`;
const quiet = (quietMs: number, maxMs: number) => pageExpression(waitQuietInPage, { quietMs, maxMs, gapMs: 40 });

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return h.usedSize / (1024 * 1024);
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on .*/, '');
  } catch {
    return 'Chromium (version unknown)';
  }
}

const server = await startServer();
const pages: BenchPage[] = benchPages(realDir, { smoke, pages: pagesN, sahel: !flag('--no-sahel') });
for (const p of pages) if (p.html) server.route(p.path, p.html);

log(`bench: ${pages.length} pages (${mode}), extension from ${DIST_CHROME}`);
const withExt = await launchChromium(DIST_CHROME);
const plain = await launchPlainChromium();
const baselineExtension = writeBaselineExtension();
const base = await launchPlainChromium(baselineExtension.dir);
const origin = `chrome-extension://${withExt.extensionId}`;
// The background opens the options page on install: close extension tabs so only the page runs.
await new Promise((r) => setTimeout(r, 500));
for (const p of withExt.context.pages()) if (p.url().startsWith(origin)) await p.close().catch(() => {});
let extPage: Page = await withExt.context.newPage();
let plainPage: Page = await plain.context.newPage();
let basePage: Page = await base.context.newPage();

const builtManifest = JSON.parse(readFileSync(join(DIST_CHROME, 'manifest.json'), 'utf8')) as { version?: string; web_accessible_resources?: { use_dynamic_url?: boolean }[] };
const machine: MachineInfo = {
  build: `${DIST_CHROME} (version ${builtManifest.version ?? '?'}, use_dynamic_url ${builtManifest.web_accessible_resources?.some((w) => w.use_dynamic_url) ? 'true' : 'false'})`,
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  chromium: chromiumVersion(),
  node: process.version,
  date: new Date().toISOString(),
  load: loadavg().map((x) => x.toFixed(2)).join(' '),
};

/** Asks the content script what it found (popup:get-status): it answers once its scan and annotation are done. */
function status(url: string): Promise<StatusReply> {
  return askUntilAnswered(30_000, () => {
    const sw = withExt.context.serviceWorkers().find((w) => w.url().startsWith(origin));
    if (!sw) return Promise.resolve({ error: 'no service worker' });
    return (sw.evaluate(statusExpression(url)) as Promise<StatusReply>).catch((e: unknown) => ({ error: String(e) }));
  });
}

/**
 * The baseline's main-thread time on `url` (ms), or NaN: the page loaded in the browser whose
 * only extension is the TreeWalker pass (cli/lib/bench-baseline.ts), traced like ours.
 */
async function baselineCost(url: string): Promise<number> {
  if (basePage.isClosed()) basePage = await base.context.newPage();
  const cdp = await base.context.newCDPSession(basePage);
  await startTrace(cdp);
  let ran = false;
  let events: TraceEvent[] = [];
  try {
    await basePage.goto(url, { waitUntil: 'load', timeout: 90_000 });
    for (let i = 0; i < 100 && !ran; i++) {
      ran = (await basePage.evaluate(`document.documentElement.hasAttribute(${JSON.stringify(BASELINE_DONE_ATTRIBUTE)})`)) as boolean;
      if (!ran) await new Promise((r) => setTimeout(r, 50));
    }
    await basePage.evaluate(quiet(200, 2000));
  } finally {
    events = await stopTrace(cdp);
    await cdp.detach().catch(() => {});
  }
  return ran ? extensionCost(events, 'chrome-extension://', url).mainMs : NaN;
}

function emptyRow(p: BenchPage, url: string): PageResult {
  return {
    name: p.name, kind: p.kind, url, bytes: p.bytes, aboutSahel: null, notes: null, baselineMs: NaN, warmBaselineMs: NaN, extMs: NaN, ratio: NaN,
    warmRatio: NaN, longestTaskMs: NaN, longestTaskWholeMs: NaN, longestScriptMs: NaN, heapWithMb: NaN, heapWithoutMb: NaN, heapDeltaMb: NaN,
  };
}

/**
 * One load of the page with the extension, traced from before navigation to when the content
 * script is done; fills the status columns of `row`. With `last`, also the warm baseline and
 * the heap.
 */
async function ourRun(p: BenchPage, url: string, row: PageResult, last: boolean): Promise<ReturnType<typeof extensionCost>> {
  if (extPage.isClosed()) extPage = await withExt.context.newPage();
  const cdp = await withExt.context.newCDPSession(extPage);
  await startTrace(cdp);
  let traced = true;
  try {
    await extPage.goto(url, { waitUntil: 'load', timeout: 90_000 });
    const reply = await status(url);
    if (reply.status) {
      row.aboutSahel = reply.status.aboutSahel;
      row.notes = reply.status.total;
    } else log(`  ${p.name}: no status from the content script (${reply.error})`);
    if (reply.status?.aboutSahel) {
      for (let i = 0; i < 40 && !((await extPage.evaluate(MARKERS)) as number); i++) await new Promise((r) => setTimeout(r, 200));
    }
    await extPage.evaluate(quiet(300, 4000));
    if (last) row.warmBaselineMs = (await extPage.evaluate(WARM_BASELINE)) as number;
    const events = await stopTrace(cdp);
    traced = false;
    if (last) {
      row.heapWithMb = await heapMb(cdp);
      row.heapDeltaMb = row.heapWithMb - row.heapWithoutMb;
    }
    return extensionCost(events, origin, url);
  } finally {
    if (traced) await stopTrace(cdp).catch(() => []);
    await cdp.detach().catch(() => {});
  }
}

/**
 * Measures one page `repeat` times, the baseline and ours alternately: times are the medians,
 * our longest task the worst of the runs.
 */
async function measure(p: BenchPage): Promise<PageResult> {
  const url = pageUrl(p.host, server.port, p.path);
  const row = emptyRow(p, url);
  // Without any extension: the heap the page needs by itself.
  if (plainPage.isClosed()) plainPage = await plain.context.newPage();
  await plainPage.goto(url, { waitUntil: 'load', timeout: 90_000 });
  await plainPage.evaluate(quiet(250, 3000));
  const plainCdp = await plain.context.newCDPSession(plainPage);
  row.heapWithoutMb = await heapMb(plainCdp);
  await plainCdp.detach();

  const baselines: number[] = [];
  const costs: ReturnType<typeof extensionCost>[] = [];
  for (let i = 0; i < repeat; i++) {
    // The baseline pass, as the only content script of a minimal extension; then ours.
    baselines.push(await baselineCost(url));
    costs.push(await ourRun(p, url, row, i === repeat - 1));
  }
  row.baselineMs = stats(baselines).median;
  row.extMs = stats(costs.map((c) => c.mainMs)).median;
  const worst = costs.reduce((a, c) => (c.longestTaskMs > a.longestTaskMs ? c : a));
  row.longestTaskMs = worst.longestTaskMs;
  row.longestTaskWholeMs = worst.longestTaskWholeMs;
  row.longestScriptMs = Math.max(...costs.map((c) => c.longestScriptMs));
  row.ratio = row.baselineMs > 0 ? row.extMs / row.baselineMs : NaN;
  row.warmRatio = row.warmBaselineMs > 0 ? row.extMs / row.warmBaselineMs : NaN;
  return row;
}

const rows: PageResult[] = [];
const t0 = Date.now();
for (const [i, p] of pages.entries()) {
  let row: PageResult;
  try {
    row = await measure(p);
  } catch (e) {
    row = { ...emptyRow(p, p.path), error: String(e).split('\n')[0]! };
  }
  rows.push(row);
  log(
    `[${i + 1}/${pages.length}] ${p.name}: ` +
      (row.error
        ? `error ${row.error}`
        : `baseline ${row.baselineMs.toFixed(2)} ms (warm ${row.warmBaselineMs.toFixed(2)}), ours ${row.extMs.toFixed(2)} ms (×${row.ratio.toFixed(2)}), longest task ${row.longestTaskMs.toFixed(1)} ms, heap Δ ${row.heapDeltaMb.toFixed(2)} MB${row.aboutSahel ? `, Sahel, ${row.notes} notes` : ''}`),
  );
}
await withExt.close();
await plain.close();
await base.close();
baselineExtension.remove();
await server.close();

const summary = summarize(rows, machine);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, markdown(rows, summary, mode));
log(`bench: ${rows.length} pages in ${((Date.now() - t0) / 1000).toFixed(0)} s; report in ${out}`);
console.log(summaryLine(summary, mode));

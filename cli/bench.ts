/**
 * `npm run bench [-- --smoke] [-- --pages N] [-- --repeat N] [-- --no-sahel] [-- --chromium-only | --firefox-only]
 *   [-- --swaps N | --no-memory] [-- --first-note N | --no-first-note] [-- --no-pages] [-- --out FILE]`: the page benchmark.
 *
 * In Chromium and in Firefox:
 *  1. per page — each real saved page (../shared/fixtures/real-pages or $SAHEL_REAL_PAGES), and
 *     Sahel articles transplanted into real page templates: our content script's main-thread time
 *     as a ratio to a bare TreeWalker pass run as the only content script of a minimal extension,
 *     our longest task (Chromium, traced: cli/lib/bench-chromium.ts) or longest slice of work
 *     (Firefox, the instrumented build: cli/lib/bench-firefox.ts), the heap (Chromium); `--repeat`
 *     runs a page (3; 1 with --smoke), with the p95 of the pages not about the Sahel run by run;
 *  2. memory over time on a single-page site that swaps Sahel articles (cli/lib/bench-memory.ts);
 *  3. idle → first note on a Sahel article, background cold and warm (cli/lib/bench-first-note.ts).
 *
 * Measures the release builds in dist/ (or $SAHEL_LENS_DIST) — `npm run build` first — and builds
 * the instrumented one for Firefox itself (artifacts/bench-instrumented/). Writes docs/benchmarks.md
 * (a full run) or artifacts/benchmarks-partial.md (--smoke, --pages, --no-pages, or one browser only),
 * and ends with one JSON line. Not part of `npm test`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pageUrl, TEST_HOSTS } from '../test/e2e/lib/browsers.ts';
import { startServer } from '../test/e2e/lib/server.ts';
import { CORPUS, DIST_CHROME, DIST_FIREFOX, realPagesDir, ROOT } from '../test/e2e/lib/paths.ts';
import { describeMode, parseBenchArgs } from './lib/bench-args.ts';
import { writeBaselineExtension } from './lib/bench-baseline.ts';
import { buildInstrumented, instrumentedDist } from './lib/bench-build.ts';
import { startCalibration } from './lib/bench-calibrate.ts';
import { chromiumVersion, emptyRow, startChromiumBench } from './lib/bench-chromium.ts';
import { emptyFirefoxRow, firefoxVersion, startFirefoxBench, type FirefoxPageResult } from './lib/bench-firefox.ts';
import { chromiumFirstNote, firefoxFirstNote, type FirstNoteResult } from './lib/bench-first-note.ts';
import { chromiumMemory, firefoxMemory, type MemoryResult } from './lib/bench-memory.ts';
import { benchPages, firefoxHosts, type BenchPage } from './lib/bench-pages.ts';
import { markdown, summarize, summaryLine, type BenchReport, type MachineInfo, type PageResult } from './lib/bench-report.ts';
import { loadCorpusArticle, sahelArticleIds, spaPage, SPA_PATH } from './lib/bench-spa.ts';
import { summarizeFirefox } from './lib/bench-summary.ts';

const parsed = parseBenchArgs(process.argv.slice(2));
if ('error' in parsed) {
  console.error(parsed.error);
  process.exit(2);
}
const o = parsed;
const chromium = o.browsers.includes('chromium');
const firefox = o.browsers.includes('firefox');
const partial = o.partial || !chromium || !firefox;
const out = resolve(o.out ?? (partial ? join(ROOT, 'artifacts/benchmarks-partial.md') : join(ROOT, 'docs/benchmarks.md')));
const mode = `${describeMode(o)}${chromium && firefox ? '' : `, ${o.browsers[0]} only`}`;
const log = (s: string) => process.stderr.write(`${s}\n`);

for (const [on, dist] of [[chromium, DIST_CHROME], [firefox, DIST_FIREFOX]] as const) {
  if (on && !existsSync(join(dist, 'manifest.json'))) {
    console.error(`bench: no build at ${dist}. Run \`npm run build\` first (the benchmark measures the release build).`);
    process.exit(2);
  }
}
const realDir = realPagesDir();
if (o.perPage && !realDir) {
  console.error('bench: the real saved pages are absent (../shared/fixtures/real-pages, or set $SAHEL_REAL_PAGES).');
  process.exit(2);
}

const t0 = Date.now();
const version = (dist: string) => (JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version?: string }).version ?? '?';
const machine: MachineInfo = {
  build: chromium ? `${DIST_CHROME} (version ${version(DIST_CHROME)})` : `${DIST_FIREFOX} (version ${version(DIST_FIREFOX)})`,
  cores: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  chromium: chromium ? chromiumVersion() : 'Chromium not run',
  ...(firefox ? { firefox: firefoxVersion() } : {}),
  node: process.version,
  date: new Date().toISOString(),
  load: loadavg().map((x) => x.toFixed(2)).join(' '),
};

const server = await startServer();
const pages: BenchPage[] = o.perPage && realDir ? benchPages(realDir, { smoke: o.smoke, pages: o.pages, sahel: o.sahel }) : [];
for (const p of pages) if (p.html) server.route(p.path, p.html);
const baselineExtension = writeBaselineExtension();

/** Measures every page with `measure`, logging one line each; a page that throws gets an error row. */
async function measureAll<R extends { error?: string }>(label: string, measure: (p: BenchPage, url: string) => Promise<R>, empty: (p: BenchPage, url: string) => R, line: (r: R) => string): Promise<R[]> {
  const rows: R[] = [];
  for (const [i, p] of pages.entries()) {
    const url = pageUrl(p.host, server.port, p.path);
    let row: R;
    try {
      row = await measure(p, url);
    } catch (e) {
      row = { ...empty(p, url), error: String(e).split('\n')[0]! };
    }
    rows.push(row);
    log(`[${label} ${i + 1}/${pages.length}] ${p.name}: ${row.error ? `error ${row.error}` : line(row)}`);
  }
  return rows;
}

/** The instrumented build (Firefox's per-page figures, and the calibration in Chromium), built once when needed. */
let instrumented: ReturnType<typeof buildInstrumented> | null = null;
const instrumentedBuild = () => {
  if (!instrumented) {
    instrumented = buildInstrumented(ROOT, instrumentedDist(ROOT));
    log(`bench: instrumented build in ${instrumented.seconds.toFixed(0)} s (${instrumentedDist(ROOT)})`);
  }
  return instrumented;
};

let partStart = Date.now();
/** Logs how long the part just finished took. */
const partDone = (what: string) => {
  log(`bench: ${what} took ${((Date.now() - partStart) / 1000).toFixed(0)} s`);
  partStart = Date.now();
};

const report: BenchReport = { mode, runs: o.repeat, machine, chromium: null, firefox: null, memory: [], firstNote: [] };
try {
  // 1. Per page.
  if (pages.length && chromium) {
    log(`bench: Chromium, ${pages.length} pages (${mode}), extension from ${DIST_CHROME}`);
    const bench = await startChromiumBench({ dist: DIST_CHROME, baselineDir: baselineExtension.dir, repeat: o.repeat, log });
    try {
      const rows = await measureAll<PageResult>('chromium', bench.measure, emptyRow, (r) =>
        `baseline ${r.baselineMs.toFixed(2)} ms (self-timed ${(r.baselineSelfMs ?? NaN).toFixed(2)}, warm ${r.warmBaselineMs.toFixed(2)}), ours ${r.extMs.toFixed(2)} ms (×${r.ratio.toFixed(2)}; runs ${r.runRatios.map((x) => x.toFixed(2)).join(' ')}), ` +
          `longest task ${r.longestTaskMs.toFixed(1)} ms, heap Δ ${r.heapDeltaMb.toFixed(2)} MB${r.aboutSahel ? `, Sahel, ${r.notes} notes` : ''}`,
      );
      report.chromium = { rows, summary: summarize(rows, o.repeat) };
    } finally {
      await bench.close();
    }
    if (o.calibrate) {
      const cal = await startCalibration({ instrumentedDist: instrumentedBuild().chrome });
      machine.build += `; calibration: ${instrumentedBuild().chrome} (instrumented), traced`;
      try {
        for (const [i, row] of report.chromium.rows.entries()) {
          if (row.error) continue;
          try {
            row.calibration = await cal.measure(row.url);
            log(`[calibration ${i + 1}/${pages.length}] ${row.name}: traced ${row.calibration.tracedMs.toFixed(2)} ms, from inside ${row.calibration.instrumentedMs.toFixed(2)} ms`);
          } catch (e) {
            log(`[calibration ${i + 1}/${pages.length}] ${row.name}: ${String(e).split('\n')[0]}`);
          }
        }
      } finally {
        await cal.close();
      }
      report.chromium.summary = summarize(report.chromium.rows, o.repeat);
    }
    partDone('Chromium per page');
  }
  if (pages.length && firefox) {
    const built = instrumentedBuild();
    machine.firefoxBuild = `${built.firefox} (instrumented, SAHEL_LENS_INSTRUMENT=1, for the per-page figures); ${DIST_FIREFOX} (release, memory and first note)`;
    log(`bench: Firefox, ${pages.length} pages (${mode}), extension from ${built.firefox}`);
    const bench = await startFirefoxBench({ dist: built.firefox, baselineDir: baselineExtension.firefoxDir, hosts: firefoxHosts(realDir!, pages), repeat: o.repeat, log });
    try {
      const rows = await measureAll<FirefoxPageResult>('firefox', bench.measure, emptyFirefoxRow, (r) =>
        `baseline ${r.baselineMs.toFixed(2)} ms, ours ${r.extMs.toFixed(2)} ms (×${r.ratio.toFixed(2)}; runs ${r.runRatios.map((x) => x.toFixed(2)).join(' ')}), ` +
          `longest slice of work ${r.longestMs.toFixed(1)} ms (runSliced ${r.longestSliceMs.toFixed(1)} ms)${r.aboutSahel ? `, Sahel, ${r.notes} notes` : ''}`,
      );
      report.firefox = { rows, summary: summarizeFirefox(rows, o.repeat) };
    } finally {
      await bench.close();
    }
    partDone('Firefox per page');
  }

  // 2. Memory over time.
  if (o.swaps > 0) {
    const ids = sahelArticleIds(CORPUS);
    server.route(SPA_PATH, spaPage(ids.map((id) => loadCorpusArticle(CORPUS, id))));
    const args = { server, host: TEST_HOSTS.en, swaps: o.swaps, articles: ids.length, log };
    const runs: [boolean, () => Promise<MemoryResult>][] = [
      [chromium, () => chromiumMemory({ ...args, dist: DIST_CHROME })],
      [firefox, () => firefoxMemory({ ...args, dist: DIST_FIREFOX })],
    ];
    for (const [on, run] of runs) {
      if (!on) continue;
      const m = await run();
      report.memory.push(m);
      log(
        `[memory ${m.browser}] ${m.swaps} swaps, ${m.annotated} with notes (swap → notes ${m.swapToNotesMs.median.toFixed(0)} ms median), ` +
          `page heap ${m.start?.heapMb.toFixed(2)} → ${m.end?.heapMb.toFixed(2)} MB (ours Δ ${m.heapDeltaMb.toFixed(2)}), background ${m.start?.backgroundMb.toFixed(2)} → ${m.end?.backgroundMb.toFixed(2)} MB, in all Δ ${m.totalDeltaMb.toFixed(2)} MB, listeners left ${m.listenersLeft}, nodes left ${m.nodesLeft}, ours left ${m.oursLeft}` +
          (m.error ? `; error ${m.error}` : ''),
      );
      partDone(`memory (${m.browser})`);
    }
  }

  // 3. Idle → first note.
  if (o.firstNoteRuns > 0) {
    const url = pageUrl(TEST_HOSTS.en, server.port, '/news/seed-kidal-convoy.html');
    const runs: [boolean, () => Promise<FirstNoteResult>][] = [
      [chromium, () => chromiumFirstNote({ dist: DIST_CHROME, url, runs: o.firstNoteRuns, log })],
      [firefox, () => firefoxFirstNote({ dist: DIST_FIREFOX, url, hosts: [TEST_HOSTS.en], runs: o.firstNoteRuns, log })],
    ];
    for (const [on, run] of runs) {
      if (!on) continue;
      const r = await run();
      report.firstNote.push(r);
      log(
        `[first note ${r.browser}] cold ${r.cold.median.toFixed(0)} ms (background stopped in ${r.coldStopped} of ${r.cold.n}), warm ${r.warm.median.toFixed(0)} ms` +
          (r.error ? `; error ${r.error}` : ''),
      );
      partDone(`first note (${r.browser})`);
    }
  }
} finally {
  baselineExtension.remove();
  await server.close();
}

machine.loadEnd = loadavg().map((x) => x.toFixed(2)).join(' ');
machine.seconds = (Date.now() - t0) / 1000;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, markdown(report));
log(`bench: done in ${machine.seconds.toFixed(0)} s; report in ${out}`);
console.log(summaryLine(report));

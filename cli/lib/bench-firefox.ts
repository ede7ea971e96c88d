/**
 * The page benchmark in Firefox (firefox-esr over WebDriver BiDi, puppeteer-core). Firefox has no
 * long-task API and no DevTools trace we can read, so our content script times itself: the
 * benchmark loads the instrumented build (src/page/instrument.ts, cli/lib/bench-build.ts) and
 * reads its own figures from the tab — our main-thread time and our longest slice of work — and
 * the baseline, the same TreeWalker pass as in Chromium, times itself the same way as the only
 * content script of a minimal Firefox extension (cli/lib/bench-baseline.ts). Each page is loaded
 * `repeat` times, the baseline and ours alternately.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX } from '../../test/e2e/lib/paths.ts';
import { FIREFOX_EXTENSION_UUID, launchFirefox } from '../../test/e2e/lib/browsers.ts';
import { askUntilAnswered, statusExpression, type StatusReply } from '../../test/e2e/lib/robust-tab.ts';
import { BASELINE_MS_ATTRIBUTE } from './bench-baseline.ts';
import type { BenchPage } from './bench-pages.ts';
import { stats } from './bench-stats.ts';
import { longestSliceMs, parseTimingSnapshot, timingExpression, type TimingSnapshot } from './bench-timing.ts';
import { MARKERS, quiet } from './bench-chromium.ts';

/** Prefs every benchmark Firefox gets: performance.now() at full precision (it is rounded to 1 ms by default). */
export const BENCH_FIREFOX_PREFS: Record<string, string | number | boolean> = {
  'privacy.reduceTimerPrecision': false,
  'privacy.resistFingerprinting.reduceTimerPrecision.jitter': false,
};

export function firefoxVersion(): string {
  try {
    return execFileSync(FIREFOX, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Firefox (version unknown)';
  }
}

/** Firefox's figures for one page. */
export interface FirefoxPageResult {
  name: string;
  kind: 'real' | 'sahel';
  url: string;
  bytes: number;
  aboutSahel: boolean | null;
  notes: number | null;
  /** Where the engine ran ("background", "page", or both over the runs; empty when it did not run). */
  engine: string;
  /** The baseline pass, timed by itself (ms, median of the runs). */
  baselineMs: number;
  /** Our main-thread time as the instrumented build counts it (ms, median of the runs). */
  extMs: number;
  ratio: number;
  /** Our time over the baseline's, run by run (for the spread of the p95). */
  runRatios: number[];
  /** Our longest slice of work in one go (ms, worst run): the instrumented build's longest outermost interval. */
  longestMs: number;
  /** Our longest `runSliced` slice (ms, worst run). */
  longestSliceMs: number;
  /** The longest interval of each kind in the worst run, longest first (e.g. "idle 55.5, frame 46.9, slice 35.3"). */
  longestByKind: string;
  error?: string;
}

/** "kind ms, …" for the kinds of a snapshot, longest first (at most `n`). */
export function longestByKind(s: TimingSnapshot, n = 4): string {
  return Object.entries(s.entries)
    .sort((a, b) => b[1].maxMs - a[1].maxMs)
    .slice(0, n)
    .map(([k, v]) => `${k} ${v.maxMs.toFixed(1)}`)
    .join(', ');
}

export function emptyFirefoxRow(p: BenchPage, url: string): FirefoxPageResult {
  return { name: p.name, kind: p.kind, url, bytes: p.bytes, aboutSahel: null, notes: null, engine: '', baselineMs: NaN, extMs: NaN, ratio: NaN, runRatios: [], longestMs: NaN, longestSliceMs: NaN, longestByKind: '' };
}

/** The extension's own tab (the background opens the options page on install), to ask from. */
export async function firefoxExtensionTab(browser: Browser, except?: Page): Promise<Page | null> {
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
  for (let i = 0; i < 50; i++) {
    for (const p of await browser.pages()) {
      if (p === except) continue;
      const href = await p.evaluate('location.href').catch(() => '');
      if (typeof href === 'string' && href.startsWith(origin)) return p;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

/**
 * Loads `url` in `page`. Firefox's remote agent gives up on the load when any frame of the page
 * shows an error page (an iframe to a host that is not mapped: "Address rejected") while the page
 * itself goes on loading: then wait for it by polling.
 */
export async function firefoxGoto(page: Page, url: string, timeoutMs = 90_000): Promise<void> {
  const t0 = Date.now();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  } catch (e) {
    if (/timeout/i.test(String(e))) throw e;
    for (;;) {
      const state = (await page.evaluate('[location.href, document.readyState]').catch(() => null)) as [string, string] | null;
      if (state && state[0] === url && state[1] === 'complete') return;
      if (Date.now() - t0 > timeoutMs) throw new Error(`${url} did not load in ${timeoutMs} ms (after: ${String(e).split('\n')[0]})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export interface FirefoxBench {
  version: string;
  measure(p: BenchPage, url: string): Promise<FirefoxPageResult>;
  close(): Promise<void>;
}

/** Two Firefoxes: with the instrumented build `dist`, and with the baseline extension in `baselineDir`. */
export async function startFirefoxBench(o: { dist: string; baselineDir: string; hosts: string[]; repeat: number; log(s: string): void }): Promise<FirefoxBench> {
  const ours = await launchFirefox(o.dist, o.hosts, { firefoxPrefs: BENCH_FIREFOX_PREFS });
  const base = await launchFirefox(o.baselineDir, o.hosts, { firefoxPrefs: BENCH_FIREFOX_PREFS });
  const version = await ours.browser.version();
  let page = await ours.browser.newPage();
  await page.bringToFront();
  let basePage = await base.browser.newPage();
  await basePage.bringToFront();
  const control = await firefoxExtensionTab(ours.browser, page);
  if (!control) throw new Error('Firefox: no extension tab to read the content script from (the background opens the options page on install)');

  const status = (url: string): Promise<StatusReply> =>
    askUntilAnswered(30_000, () => (control.evaluate(statusExpression(url)) as Promise<StatusReply>).catch((e: unknown) => ({ error: String(e) })));

  const timing = async (url: string): Promise<TimingSnapshot | null> => {
    const r = (await control.evaluate(timingExpression(url))) as { snapshot?: unknown; error?: string };
    if (r.error) o.log(`  firefox: no timings (${r.error})`);
    return parseTimingSnapshot(r.snapshot);
  };

  const baselineRun = async (url: string): Promise<number> => {
    if (basePage.isClosed()) {
      basePage = await base.browser.newPage();
      await basePage.bringToFront();
    }
    await firefoxGoto(basePage, url);
    for (let i = 0; i < 200; i++) {
      const v = (await basePage.evaluate(`document.documentElement.getAttribute(${JSON.stringify(BASELINE_MS_ATTRIBUTE)})`).catch(() => null)) as string | null;
      if (v !== null) return Number(v);
      await new Promise((r) => setTimeout(r, 50));
    }
    return NaN;
  };

  const ourRun = async (p: BenchPage, url: string, row: FirefoxPageResult): Promise<TimingSnapshot | null> => {
    if (page.isClosed()) {
      page = await ours.browser.newPage();
      await page.bringToFront();
    }
    await firefoxGoto(page, url);
    const reply = await status(url);
    if (reply.status) {
      row.aboutSahel = reply.status.aboutSahel;
      row.notes = reply.status.total;
      if (reply.status.engine && !row.engine.split('+').includes(reply.status.engine)) row.engine = row.engine ? `${row.engine}+${reply.status.engine}` : reply.status.engine;
    } else o.log(`  ${p.name} (firefox): no status from the content script (${reply.error})`);
    if (reply.status?.aboutSahel) {
      for (let i = 0; i < 40 && !((await page.evaluate(MARKERS)) as number); i++) await new Promise((r) => setTimeout(r, 200));
    }
    await page.evaluate(quiet(300, 4000));
    return timing(url);
  };

  return {
    version,
    async measure(p, url) {
      const row = emptyFirefoxRow(p, url);
      const baselines: number[] = [];
      const runs: (TimingSnapshot | null)[] = [];
      for (let i = 0; i < o.repeat; i++) {
        baselines.push(await baselineRun(url));
        runs.push(await ourRun(p, url, row));
      }
      const ext = runs.map((s) => (s ? s.totalMs : NaN));
      row.baselineMs = stats(baselines).median;
      row.extMs = stats(ext).median;
      row.ratio = row.baselineMs > 0 ? row.extMs / row.baselineMs : NaN;
      row.runRatios = ext.map((e, i) => (baselines[i]! > 0 ? e / baselines[i]! : NaN));
      const done = runs.filter((s): s is TimingSnapshot => s !== null);
      row.longestMs = done.length ? Math.max(...done.map((s) => s.maxMs)) : NaN;
      row.longestSliceMs = done.length ? Math.max(...done.map(longestSliceMs)) : NaN;
      const worst = done.reduce<TimingSnapshot | null>((a, s) => (!a || s.maxMs > a.maxMs ? s : a), null);
      row.longestByKind = worst ? longestByKind(worst) : '';
      if (!done.length) row.error = 'no timings from the instrumented build';
      return row;
    },
    async close() {
      await ours.close();
      await base.close();
    },
  };
}

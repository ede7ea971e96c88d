/**
 * The page benchmark in Chromium: each page loaded with the built extension (traced: our
 * content script's main-thread time and longest task, cli/lib/bench-trace.ts), with the
 * TreeWalker baseline extension (traced the same way, cli/lib/bench-baseline.ts), and with no
 * extension at all (the page's own heap), `repeat` times, the baseline and ours alternately.
 */
import { execFileSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../../test/e2e/lib/browsers.ts';
import { pageExpression } from '../../test/e2e/lib/page-function.ts';
import { CHROMIUM } from '../../test/e2e/lib/paths.ts';
import { askUntilAnswered, statusExpression, waitQuietInPage, type StatusReply } from '../../test/e2e/lib/robust-tab.ts';
import { extensionCost, startTrace, stopTrace, type TraceEvent } from './bench-trace.ts';
import { BASELINE_DONE_ATTRIBUTE, BASELINE_MS_ATTRIBUTE } from './bench-baseline.ts';
import { launchPlainChromium, type BenchPage } from './bench-pages.ts';
import { stats } from './bench-stats.ts';
import type { PageResult } from './bench-report.ts';

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

/** How many of our markers the overlay shows (its open shadow root). */
export const MARKERS = `(() => { const h = document.querySelector('sahel-lens-overlay'); return h && h.shadowRoot ? h.shadowRoot.querySelectorAll('[data-sl-claim]').length : 0; })()`;

export const quiet = (quietMs: number, maxMs: number): string => pageExpression(waitQuietInPage, { quietMs, maxMs, gapMs: 40 });

export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return h.usedSize / (1024 * 1024);
}

export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().replace(/ built on .*/, '');
  } catch {
    return 'Chromium (version unknown)';
  }
}

export function emptyRow(p: BenchPage, url: string): PageResult {
  return {
    name: p.name, kind: p.kind, url, bytes: p.bytes, aboutSahel: null, notes: null, engine: '', baselineMs: NaN, warmBaselineMs: NaN, extMs: NaN, ratio: NaN,
    warmRatio: NaN, runRatios: [], longestTaskMs: NaN, longestTaskWholeMs: NaN, longestScriptMs: NaN, heapWithMb: NaN, heapWithoutMb: NaN, heapDeltaMb: NaN,
  };
}

export interface ChromiumBench {
  origin: string;
  /** Measures one page (served at `url`) `repeat` times. */
  measure(p: BenchPage, url: string): Promise<PageResult>;
  close(): Promise<void>;
}

/**
 * Three Chromiums: with `dist` (ours), with the baseline extension in `baselineDir`, and with no
 * extension.
 */
export async function startChromiumBench(o: { dist: string; baselineDir: string; repeat: number; log(s: string): void }): Promise<ChromiumBench> {
  const withExt = await launchChromium(o.dist);
  const plain = await launchPlainChromium();
  const base = await launchPlainChromium(o.baselineDir);
  const origin = `chrome-extension://${withExt.extensionId}`;
  // The background opens the options page on install: close extension tabs so only the page runs.
  await new Promise((r) => setTimeout(r, 500));
  for (const p of withExt.context.pages()) if (p.url().startsWith(origin)) await p.close().catch(() => {});
  let extPage: Page = await withExt.context.newPage();
  let plainPage: Page = await plain.context.newPage();
  let basePage: Page = await base.context.newPage();

  /** Asks the content script what it found (popup:get-status): it answers once its scan and annotation are done. */
  const status = (url: string): Promise<StatusReply> =>
    askUntilAnswered(30_000, () => {
      const sw = withExt.context.serviceWorkers().find((w) => w.url().startsWith(origin));
      if (!sw) return Promise.resolve({ error: 'no service worker' });
      return (sw.evaluate(statusExpression(url)) as Promise<StatusReply>).catch((e: unknown) => ({ error: String(e) }));
    });

  /**
   * The baseline's main-thread time on `url` (ms), or NaN: the page loaded in the browser whose
   * only extension is the TreeWalker pass, traced like ours. Also the pass's own timing.
   */
  const baselineCost = async (url: string): Promise<{ tracedMs: number; selfMs: number }> => {
    if (basePage.isClosed()) basePage = await base.context.newPage();
    const cdp = await base.context.newCDPSession(basePage);
    await startTrace(cdp);
    let ran = false;
    let selfMs = NaN;
    let events: TraceEvent[] = [];
    try {
      await basePage.goto(url, { waitUntil: 'load', timeout: 90_000 });
      for (let i = 0; i < 100 && !ran; i++) {
        ran = (await basePage.evaluate(`document.documentElement.hasAttribute(${JSON.stringify(BASELINE_DONE_ATTRIBUTE)})`)) as boolean;
        if (!ran) await new Promise((r) => setTimeout(r, 50));
      }
      selfMs = Number(await basePage.evaluate(`document.documentElement.getAttribute(${JSON.stringify(BASELINE_MS_ATTRIBUTE)})`));
      await basePage.evaluate(quiet(200, 2000));
    } finally {
      events = await stopTrace(cdp);
      await cdp.detach().catch(() => {});
    }
    return { tracedMs: ran ? extensionCost(events, 'chrome-extension://', url).mainMs : NaN, selfMs };
  };

  /**
   * One load of the page with the extension, traced from before navigation to when the content
   * script is done; fills the status columns of `row`. With `last`, also the warm baseline and
   * the heap.
   */
  const ourRun = async (p: BenchPage, url: string, row: PageResult, last: boolean): Promise<ReturnType<typeof extensionCost>> => {
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
        if (reply.status.engine && !row.engine.split('+').includes(reply.status.engine)) row.engine = row.engine ? `${row.engine}+${reply.status.engine}` : reply.status.engine;
      } else o.log(`  ${p.name}: no status from the content script (${reply.error})`);
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
  };

  return {
    origin,
    async measure(p, url) {
      const row = emptyRow(p, url);
      // Without any extension: the heap the page needs by itself.
      if (plainPage.isClosed()) plainPage = await plain.context.newPage();
      await plainPage.goto(url, { waitUntil: 'load', timeout: 90_000 });
      await plainPage.evaluate(quiet(250, 3000));
      const plainCdp = await plain.context.newCDPSession(plainPage);
      row.heapWithoutMb = await heapMb(plainCdp);
      await plainCdp.detach();

      const baselines: number[] = [];
      const selfTimed: number[] = [];
      const costs: ReturnType<typeof extensionCost>[] = [];
      for (let i = 0; i < o.repeat; i++) {
        // The baseline pass, as the only content script of a minimal extension; then ours.
        const b = await baselineCost(url);
        baselines.push(b.tracedMs);
        selfTimed.push(b.selfMs);
        costs.push(await ourRun(p, url, row, i === o.repeat - 1));
      }
      row.baselineMs = stats(baselines).median;
      row.baselineSelfMs = stats(selfTimed).median;
      row.extMs = stats(costs.map((c) => c.mainMs)).median;
      row.runRatios = costs.map((c, i) => (baselines[i]! > 0 ? c.mainMs / baselines[i]! : NaN));
      const worst = costs.reduce((a, c) => (c.longestTaskMs > a.longestTaskMs ? c : a));
      row.longestTaskMs = worst.longestTaskMs;
      row.longestTaskWholeMs = worst.longestTaskWholeMs;
      row.longestScriptMs = Math.max(...costs.map((c) => c.longestScriptMs));
      row.ratio = row.baselineMs > 0 ? row.extMs / row.baselineMs : NaN;
      row.warmRatio = row.warmBaselineMs > 0 ? row.extMs / row.warmBaselineMs : NaN;
      return row;
    },
    async close() {
      await withExt.close();
      await plain.close();
      await base.close();
    },
  };
}

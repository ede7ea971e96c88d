/**
 * Memory over time: the single-page site of cli/lib/bench-spa.ts swaps Sahel articles in turn
 * (pushState + a new <article>), and after each swap the benchmark waits for our notes on the new
 * article. Measured after the first article is annotated (start) and after the last swap, which
 * goes back to the first article so the two states compare (end), each after a forced GC:
 *
 * - Chromium (the release build): the renderer's JS heap (`Runtime.getHeapUsage`), its DOM nodes
 *   and JS event listeners (`Memory.getDOMCounters`), with the extension and — the page's own
 *   drift — the same run in a Chromium without it; ours is the difference. And the background's
 *   heap: the service worker's, reached through DevTools (attached only to measure).
 * - Firefox (the release build): our content script's own realm, as the memory reporter counts it
 *   (every `explicit/` report of the realm named `Content Script "Sahel Lens"`, after
 *   `minimizeMemoryUsage`: GC and CC in every process), the window's event-listener count, and
 *   the background page (every `explicit/` report of its window).
 * The engine runs in the background, so "our heap" is the page's share and the background's:
 * the target (back within 1 MB of the start) is judged on their sum.
 * - Both: what of ours is in the document (overlay hosts, style elements, adopted sheets,
 *   highlights), which must be the same at the end as at the start.
 */
import type { CDPSession, Page as PwPage } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import type { BrowserContext } from 'playwright-core';
import { FIREFOX_EXTENSION_UUID, inFirefoxWindow, launchChromium, launchFirefox, pageUrl } from '../../test/e2e/lib/browsers.ts';
import { pageExpression } from '../../test/e2e/lib/page-function.ts';
import type { TestServer } from '../../test/e2e/lib/server.ts';
import { launchPlainChromium } from './bench-pages.ts';
import { oursInPage, showArticleInPage, SPA_PATH, swapSequence, waitNotesOnArticleInPage, type OursInPage } from './bench-spa.ts';
import { quiet } from './bench-chromium.ts';
import { BENCH_FIREFOX_PREFS, firefoxGoto } from './bench-firefox.ts';
import { stats } from './bench-stats.ts';

/** Heap within this of where it started (MB): the issue's target. */
export const HEAP_TARGET_MB = 1;

export interface MemoryCounts {
  /** Chromium: the renderer's JS heap; Firefox: our content script's realm (MB). */
  heapMb: number;
  /** Chromium: the renderer's JS event listeners; Firefox: the window's event listeners. */
  listeners: number;
  /** Chromium: DOM nodes alive in the renderer; Firefox: elements in the document. */
  nodes: number;
  ours: OursInPage;
  /** The background's heap (MB): Chromium, the service worker's JS heap; Firefox, the background page's memory. NaN when not running. */
  backgroundMb: number;
}

/** The heaps after a given number of swaps (0: the start). */
export interface MemoryPoint {
  swap: number;
  pageMb: number;
  backgroundMb: number;
}

/** Swaps after which the heaps are also measured: every 5th, and the end of the first round (every article shown once). */
export function checkpoints(swaps: number, articles: number): Set<number> {
  const at = new Set<number>();
  for (let k = 5; k < swaps; k += 5) at.add(k);
  if (articles - 1 < swaps) at.add(articles - 1);
  return at;
}

/**
 * Our growth over the second round (MB, page + background): from the end of the first round
 * (every article shown once) to the end. Near 0: what grew in the first round was warming up
 * (caches filled by text of a kind seen for the first time, e.g. the first French article);
 * growing again on articles already seen: a leak.
 */
export function secondRoundGrowthMb(series: readonly MemoryPoint[], articles: number): number {
  const firstRound = series.find((p) => p.swap === articles - 1);
  const last = series[series.length - 1];
  if (!firstRound || !last || last.swap <= firstRound.swap) return NaN;
  const background = last.backgroundMb - firstRound.backgroundMb;
  return last.pageMb - firstRound.pageMb + (Number.isFinite(background) ? background : 0);
}

export interface MemoryResult {
  browser: 'chromium' | 'firefox';
  /** What `heapMb` is, in words. */
  heapMeasure: string;
  swaps: number;
  /** Swaps after which our notes came on the new article. */
  annotated: number;
  /** Time from a swap to our notes on the new article (ms). */
  swapToNotesMs: { median: number; max: number };
  start: MemoryCounts | null;
  end: MemoryCounts | null;
  /** Heaps along the way: the start, checkpoints, the end. */
  series: MemoryPoint[];
  /** Our growth (page + background) over the second round of articles (MB; see secondRoundGrowthMb). */
  secondRoundGrowthMb: number;
  /** Distinct articles swapped in. */
  articles: number;
  /** The same run without the extension (Chromium): the page's own drift. */
  controlStart: MemoryCounts | null;
  controlEnd: MemoryCounts | null;
  /** Ours on the page: end − start, minus the control's end − start where there is one. */
  heapDeltaMb: number;
  /** The background's end − start (MB), and ours in all: page + background. */
  backgroundDeltaMb: number;
  totalDeltaMb: number;
  listenersLeft: number;
  nodesLeft: number;
  /** Our own things in the document at the end that were not there at the start (all kinds summed). */
  oursLeft: number;
  /** Met (true), missed (false), or not measured (null: the run failed). */
  targets: { heapWithin1Mb: boolean | null; noListenerLeft: boolean | null; noNodeLeft: boolean | null; noGrowthSecondRound: boolean | null };
  error?: string;
}

const sumOurs = (o: OursInPage) => o.overlays + o.styleElements + o.adoptedSheets + o.highlights;

/** Ours from the counts at start and end (and the control's). Pure. */
export function memoryDeltas(
  start: MemoryCounts,
  end: MemoryCounts,
  control: { start: MemoryCounts; end: MemoryCounts } | null,
): Pick<MemoryResult, 'heapDeltaMb' | 'backgroundDeltaMb' | 'totalDeltaMb' | 'listenersLeft' | 'nodesLeft' | 'oursLeft' | 'targets'> {
  const drift = (f: (c: MemoryCounts) => number) => (control ? f(control.end) - f(control.start) : 0);
  const heapDeltaMb = end.heapMb - start.heapMb - drift((c) => c.heapMb);
  const listenersLeft = end.listeners - start.listeners - drift((c) => c.listeners);
  const nodesLeft = end.nodes - start.nodes - drift((c) => c.nodes);
  const oursLeft = Math.max(0, sumOurs(end.ours) - sumOurs(start.ours));
  const backgroundDeltaMb = end.backgroundMb - start.backgroundMb;
  const totalDeltaMb = heapDeltaMb + (Number.isFinite(backgroundDeltaMb) ? backgroundDeltaMb : 0);
  return {
    heapDeltaMb,
    backgroundDeltaMb,
    totalDeltaMb,
    listenersLeft,
    nodesLeft,
    oursLeft,
    targets: { heapWithin1Mb: Math.abs(totalDeltaMb) <= HEAP_TARGET_MB, noListenerLeft: listenersLeft <= 0, noNodeLeft: nodesLeft <= 0 && oursLeft === 0, noGrowthSecondRound: null },
  };
}

function emptyResult(browser: MemoryResult['browser'], heapMeasure: string, swaps: number, articles: number): MemoryResult {
  return {
    browser, heapMeasure, swaps, annotated: 0, swapToNotesMs: { median: NaN, max: NaN }, start: null, end: null, series: [], secondRoundGrowthMb: NaN, articles, controlStart: null, controlEnd: null,
    heapDeltaMb: NaN, backgroundDeltaMb: NaN, totalDeltaMb: NaN, listenersLeft: NaN, nodesLeft: NaN, oursLeft: NaN, targets: { heapWithin1Mb: null, noListenerLeft: null, noNodeLeft: null, noGrowthSecondRound: null },
  };
}

const NOTES_TIMEOUT_MS = 30_000;
const waitNotes = pageExpression(waitNotesOnArticleInPage, { timeoutMs: NOTES_TIMEOUT_MS });
const show = (i: number) => pageExpression(showArticleInPage, i);
const ours = pageExpression(oursInPage);

function finish(r: MemoryResult, waits: number[]): MemoryResult {
  const ok = waits.filter((w) => w >= 0);
  const s = stats(ok);
  r.annotated = ok.length;
  r.swapToNotesMs = { median: s.median, max: s.max };
  r.secondRoundGrowthMb = secondRoundGrowthMb(r.series, r.articles);
  if (r.start && r.end) Object.assign(r, memoryDeltas(r.start, r.end, r.controlStart && r.controlEnd ? { start: r.controlStart, end: r.controlEnd } : null));
  r.targets.noGrowthSecondRound = Number.isFinite(r.secondRoundGrowthMb) ? r.secondRoundGrowthMb <= HEAP_TARGET_MB : null;
  return r;
}

// ------------------------------------------------------------------ Chromium

/**
 * The JS heap of the extension's service worker after GC (MB), NaN when it is not running. Playwright
 * offers no DevTools session on a worker: the browser session attaches to it and talks to it
 * through `Target.sendMessageToTarget`, then detaches (an attached debugger keeps it alive).
 */
export async function serviceWorkerHeapMb(context: BrowserContext, origin: string): Promise<number> {
  const browser = context.browser();
  if (!browser) return NaN;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(origin));
    if (!sw) return NaN;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
    let id = 0;
    const pending = new Map<number, (v: Record<string, unknown>) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: Record<string, unknown>; error?: Record<string, unknown> };
      if (m.id !== undefined) pending.get(m.id)?.(m.result ?? m.error ?? {});
    });
    const send = (method: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const i = ++id;
        const timer = setTimeout(() => reject(new Error(`service worker: no answer to ${method}`)), 10_000);
        pending.set(i, (v) => { clearTimeout(timer); resolve(v); });
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params: {} }) });
      });
    try {
      await send('HeapProfiler.collectGarbage');
      await send('HeapProfiler.collectGarbage');
      const heap = await send('Runtime.getHeapUsage');
      return typeof heap.usedSize === 'number' ? heap.usedSize / 2 ** 20 : NaN;
    } finally {
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function chromiumCounts(cdp: CDPSession, page: PwPage, background: () => Promise<number>): Promise<MemoryCounts> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const dom = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
  return { heapMb: heap.usedSize / 2 ** 20, listeners: dom.jsEventListeners, nodes: dom.nodes, ours: (await page.evaluate(ours)) as OursInPage, backgroundMb: await background() };
}

/** Runs the sequence in one Chromium page; `withNotes`: wait for our notes after each swap. */
async function chromiumSequence(page: PwPage, cdp: CDPSession, url: string, seq: number[], at: Set<number>, withNotes: boolean, background: () => Promise<number>, log: (s: string) => void) {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const waits: number[] = [];
  if (withNotes && ((await page.evaluate(waitNotes)) as number) < 0) throw new Error('no notes on the first article');
  await page.evaluate(quiet(400, 5000));
  const start = await chromiumCounts(cdp, page, background);
  const series: MemoryPoint[] = [{ swap: 0, pageMb: start.heapMb, backgroundMb: start.backgroundMb }];
  for (const [k, i] of seq.entries()) {
    await page.evaluate(show(i));
    if (withNotes) {
      const w = (await page.evaluate(waitNotes)) as number;
      waits.push(w);
      if (w < 0) log(`  memory (chromium): no notes after swap ${k + 1} (article ${i})`);
      await page.evaluate(quiet(200, 3000));
    } else await page.evaluate(quiet(100, 1000));
    if (at.has(k + 1)) {
      const c = await chromiumCounts(cdp, page, background);
      series.push({ swap: k + 1, pageMb: c.heapMb, backgroundMb: c.backgroundMb });
    }
  }
  await page.evaluate(quiet(600, 6000));
  const end = await chromiumCounts(cdp, page, background);
  series.push({ swap: seq.length, pageMb: end.heapMb, backgroundMb: end.backgroundMb });
  return { start, end, waits, series };
}

export async function chromiumMemory(o: { dist: string; server: TestServer; host: string; swaps: number; articles: number; log(s: string): void }): Promise<MemoryResult> {
  const r = emptyResult('chromium', "page: the renderer's JS heap after GC (Runtime.getHeapUsage), minus the same run without the extension; background: the service worker's JS heap after GC", o.swaps, o.articles);
  const seq = swapSequence(o.swaps, o.articles);
  const at = checkpoints(o.swaps, o.articles);
  const url = pageUrl(o.host, o.server.port, SPA_PATH);
  const withExt = await launchChromium(o.dist);
  const plain = await launchPlainChromium();
  try {
    const page = await withExt.context.newPage();
    const cdp = await withExt.context.newCDPSession(page);
    const origin = `chrome-extension://${withExt.extensionId}/`;
    const run = await chromiumSequence(page, cdp, url, seq, at, true, () => serviceWorkerHeapMb(withExt.context, origin), o.log);
    r.start = run.start;
    r.end = run.end;
    r.series = run.series;
    const ctlPage = await plain.context.newPage();
    const ctlCdp = await plain.context.newCDPSession(ctlPage);
    const ctl = await chromiumSequence(ctlPage, ctlCdp, url, seq, new Set(), false, () => Promise.resolve(NaN), o.log);
    r.controlStart = ctl.start;
    r.controlEnd = ctl.end;
    return finish(r, run.waits);
  } catch (e) {
    r.error = String(e).split('\n')[0]!;
    return r;
  } finally {
    await withExt.close();
    await plain.close();
  }
}

// ------------------------------------------------------------------ Firefox

/**
 * Chrome-scope script: GC and CC everywhere, then the sum of the memory reports of our content
 * script realm(s) on pages of `hostPort`, and the event-listener count of those windows.
 */
function firefoxReportExpression(hostPort: string): string {
  return `(async () => {
  const mgr = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
  await new Promise((r) => mgr.minimizeMemoryUsage(r));
  const host = ${JSON.stringify(hostPort)};
  const background = ${JSON.stringify(`moz-extension://${FIREFOX_EXTENSION_UUID}/_generated_background_page.html`)};
  let realm = 0, listeners = 0, realms = new Set(), bg = 0;
  await new Promise((done) => mgr.getReports((proc, path, kind, units, amount) => {
    // Slashes inside names are written as backslashes in report paths.
    const p = path.split('\\\\').join('/');
    if (p.startsWith('explicit/window-objects/top(' + background) && units === Ci.nsIMemoryReporter.UNITS_BYTES) bg += amount;
    if (!p.includes(host)) return;
    const i = path.indexOf('Content Script "Sahel Lens"');
    if (i >= 0 && path.startsWith('explicit/') && units === Ci.nsIMemoryReporter.UNITS_BYTES) { realm += amount; realms.add(path.slice(0, i)); }
    if (p.startsWith('event-counts/') && p.includes('/active/window(') && p.endsWith('/dom/event-listeners')) listeners += amount;
  }, null, done, null, false));
  return JSON.stringify({ realm, listeners, realms: realms.size, bg });
})()`;
}

async function firefoxCounts(browser: Browser, page: PpPage, hostPort: string): Promise<MemoryCounts> {
  const r = JSON.parse(await inFirefoxWindow(browser, firefoxReportExpression(hostPort))) as { realm: number; listeners: number; realms: number; bg: number };
  if (!r.realms) throw new Error('Firefox: no memory report of our content script realm');
  const o = (await page.evaluate(ours)) as OursInPage;
  return { heapMb: r.realm / 2 ** 20, listeners: r.listeners, nodes: o.elements, ours: o, backgroundMb: r.bg > 0 ? r.bg / 2 ** 20 : NaN };
}

export async function firefoxMemory(o: { dist: string; server: TestServer; host: string; swaps: number; articles: number; log(s: string): void }): Promise<MemoryResult> {
  const r = emptyResult('firefox', 'page: our content script realm after GC and CC (memory reporter: explicit/…/realm(Content Script "Sahel Lens")); background: the background page (explicit/window-objects/top(…_generated_background_page.html))', o.swaps, o.articles);
  const seq = swapSequence(o.swaps, o.articles);
  const at = checkpoints(o.swaps, o.articles);
  const url = pageUrl(o.host, o.server.port, SPA_PATH);
  const hostPort = `${o.host}:${o.server.port}`;
  const fx = await launchFirefox(o.dist, [o.host], { firefoxPrefs: BENCH_FIREFOX_PREFS });
  try {
    const page = await fx.browser.newPage();
    await page.bringToFront();
    await firefoxGoto(page, url);
    if (((await page.evaluate(waitNotes)) as number) < 0) throw new Error('no notes on the first article');
    await page.evaluate(quiet(400, 5000));
    r.start = await firefoxCounts(fx.browser, page, hostPort);
    r.series.push({ swap: 0, pageMb: r.start.heapMb, backgroundMb: r.start.backgroundMb });
    const waits: number[] = [];
    for (const [k, i] of seq.entries()) {
      await page.evaluate(show(i));
      const w = (await page.evaluate(waitNotes)) as number;
      waits.push(w);
      if (w < 0) o.log(`  memory (firefox): no notes after swap ${k + 1} (article ${i})`);
      await page.evaluate(quiet(200, 3000));
      if (at.has(k + 1)) {
        const c = await firefoxCounts(fx.browser, page, hostPort);
        r.series.push({ swap: k + 1, pageMb: c.heapMb, backgroundMb: c.backgroundMb });
      }
    }
    await page.evaluate(quiet(600, 6000));
    r.end = await firefoxCounts(fx.browser, page, hostPort);
    r.series.push({ swap: seq.length, pageMb: r.end.heapMb, backgroundMb: r.end.backgroundMb });
    return finish(r, waits);
  } catch (e) {
    r.error = String(e).split('\n')[0]!;
    return r;
  } finally {
    await fx.close();
  }
}

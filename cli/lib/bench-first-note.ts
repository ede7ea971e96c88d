/**
 * Idle → first note: how long after a page load starts the first note of ours is visible on a
 * Sahel article, with the extension's background (a) cold — just stopped, as Chrome stops idle
 * service workers and Firefox idle event pages — and (b) warm: running and used once already
 * (the load before woke it). Cold and warm loads alternate, each in a fresh tab of one browser
 * running the release build.
 *
 * The time is read in the page: a script added before the page's own (page world, the benchmark's
 * own) watches for our overlay's first marker and records `performance.now()`, i.e. the time
 * since navigation start; the load event's time is recorded beside it.
 * Stopping the background: Chromium, DevTools `ServiceWorker.stopAllWorkers`; Firefox, the
 * add-on's `terminateBackground()` in the browser's chrome scope. Whether the background was
 * running just before each load is read back and reported.
 */
import type { Browser } from 'puppeteer-core';
import { inFirefoxWindow, launchChromium, launchFirefox } from '../../test/e2e/lib/browsers.ts';
import { GECKO_ID } from '../../src/shared/extension-ids.ts';
import { BENCH_FIREFOX_PREFS, firefoxGoto } from './bench-firefox.ts';
import { stats } from './bench-stats.ts';

/** The page global the watcher leaves its times on. */
export const FIRST_NOTE_GLOBAL = '__slBenchFirstNote';

/** Page-world script, run before the page's own: records when our first marker shows. */
export const FIRST_NOTE_WATCHER = `(() => {
  const out = { firstNoteMs: -1, loadMs: -1 };
  window.${FIRST_NOTE_GLOBAL} = out;
  addEventListener('load', () => { out.loadMs = performance.now(); }, { once: true });
  const seen = () => {
    if (out.firstNoteMs >= 0) return true;
    const host = document.querySelector('sahel-lens-overlay');
    if (host && host.shadowRoot && host.shadowRoot.querySelector('[data-sl-claim]')) {
      out.firstNoteMs = performance.now();
      return true;
    }
    return false;
  };
  let shadowWatched = false;
  const mo = new MutationObserver(() => {
    if (seen()) return mo.disconnect();
    const host = document.querySelector('sahel-lens-overlay');
    if (host && host.shadowRoot && !shadowWatched) {
      shadowWatched = true;
      mo.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true });
    }
  });
  mo.observe(document, { childList: true, subtree: true });
  // A shadow root attached after its host was inserted sends no record of its own: look now and then too.
  const poll = setInterval(() => { if (seen()) clearInterval(poll); }, 50);
})();`;

export interface FirstNoteRun {
  kind: 'cold' | 'warm';
  /** Navigation start → first note (ms), -1 when none came. */
  firstNoteMs: number;
  /** Navigation start → load event (ms). */
  loadMs: number;
  /** Was the background running just before the load? */
  backgroundRunning: boolean;
}

export interface FirstNoteResult {
  browser: 'chromium' | 'firefox';
  runs: FirstNoteRun[];
  cold: { median: number; max: number; n: number };
  warm: { median: number; max: number; n: number };
  /** Cold runs whose background was indeed stopped, warm runs whose background was running. */
  coldStopped: number;
  warmRunning: number;
  error?: string;
}

/** Medians and checks over the runs. Pure. */
export function summarizeFirstNote(browser: FirstNoteResult['browser'], runs: FirstNoteRun[]): FirstNoteResult {
  const of = (kind: FirstNoteRun['kind']) => {
    const s = stats(runs.filter((r) => r.kind === kind && r.firstNoteMs >= 0).map((r) => r.firstNoteMs));
    return { median: s.median, max: s.max, n: s.n };
  };
  return {
    browser,
    runs,
    cold: of('cold'),
    warm: of('warm'),
    coldStopped: runs.filter((r) => r.kind === 'cold' && !r.backgroundRunning).length,
    warmRunning: runs.filter((r) => r.kind === 'warm' && r.backgroundRunning).length,
  };
}

const READ = `(() => { const o = window.${FIRST_NOTE_GLOBAL}; return o ? JSON.stringify(o) : null; })()`;

/** Polls the page's watcher until the first note came (or `timeoutMs`). */
async function readFirstNote(evaluate: (expr: string) => Promise<unknown>, timeoutMs = 30_000): Promise<{ firstNoteMs: number; loadMs: number }> {
  const end = Date.now() + timeoutMs;
  let last = { firstNoteMs: -1, loadMs: -1 };
  while (Date.now() < end) {
    const raw = (await evaluate(READ).catch(() => null)) as string | null;
    if (raw) last = JSON.parse(raw) as typeof last;
    if (last.firstNoteMs >= 0) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

export async function chromiumFirstNote(o: { dist: string; url: string; runs: number; log(s: string): void }): Promise<FirstNoteResult> {
  const b = await launchChromium(o.dist);
  const runs: FirstNoteRun[] = [];
  try {
    const origin = `chrome-extension://${b.extensionId}/`;
    await new Promise((r) => setTimeout(r, 500));
    for (const p of b.context.pages()) if (p.url().startsWith(origin)) await p.close().catch(() => {});
    // A blank tab of our own to drive DevTools from (the ServiceWorker domain lives on page targets).
    const driver = await b.context.newPage();
    const cdp = await b.context.newCDPSession(driver);
    await cdp.send('ServiceWorker.enable');
    const running = async (): Promise<boolean> => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(origin));
    };
    // One load first, not counted: the browser's own first-load costs (caches, processes) are no background's.
    const prime = await b.context.newPage();
    await prime.addInitScript(FIRST_NOTE_WATCHER);
    await prime.goto(o.url, { waitUntil: 'load', timeout: 60_000 });
    await readFirstNote((e) => prime.evaluate(e));
    await prime.close();
    for (let i = 0; i < o.runs; i++) {
      for (const kind of ['cold', 'warm'] as const) {
        if (kind === 'cold') {
          await cdp.send('ServiceWorker.stopAllWorkers');
          for (let k = 0; k < 20 && (await running()); k++) await new Promise((r) => setTimeout(r, 50));
        }
        const backgroundRunning = await running();
        const page = await b.context.newPage();
        await page.addInitScript(FIRST_NOTE_WATCHER);
        await page.bringToFront();
        await page.goto(o.url, { waitUntil: 'load', timeout: 60_000 });
        const t = await readFirstNote((e) => page.evaluate(e));
        if (t.firstNoteMs < 0) o.log(`  first note (chromium, ${kind}): no note in 30 s`);
        runs.push({ kind, ...t, backgroundRunning });
        await page.close();
      }
    }
    return summarizeFirstNote('chromium', runs);
  } catch (e) {
    return { ...summarizeFirstNote('chromium', runs), error: String(e).split('\n')[0]! };
  } finally {
    await b.close();
  }
}

const backgroundExpression = (action: 'state' | 'stop') => `(async () => {
  const policy = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)});
  const ext = policy && policy.extension;
  if (!ext) return 'missing';
  if (${action === 'stop' ? 'true' : 'false'}) await ext.terminateBackground();
  return String(ext.backgroundState);
})()`;

export async function firefoxFirstNote(o: { dist: string; url: string; hosts: string[]; runs: number; log(s: string): void }): Promise<FirstNoteResult> {
  const fx = await launchFirefox(o.dist, o.hosts, { firefoxPrefs: BENCH_FIREFOX_PREFS });
  const browser: Browser = fx.browser;
  const runs: FirstNoteRun[] = [];
  try {
    const running = async () => (await inFirefoxWindow(browser, backgroundExpression('state'))) === 'running';
    // One load first, not counted (see chromiumFirstNote).
    const prime = await browser.newPage();
    await prime.evaluateOnNewDocument(FIRST_NOTE_WATCHER);
    await prime.bringToFront();
    await firefoxGoto(prime, o.url, 60_000);
    await readFirstNote((e) => prime.evaluate(e));
    await prime.close();
    for (let i = 0; i < o.runs; i++) {
      for (const kind of ['cold', 'warm'] as const) {
        if (kind === 'cold') await inFirefoxWindow(browser, backgroundExpression('stop'));
        const backgroundRunning = await running();
        const page = await browser.newPage();
        await page.evaluateOnNewDocument(FIRST_NOTE_WATCHER);
        await page.bringToFront();
        await firefoxGoto(page, o.url, 60_000);
        const t = await readFirstNote((e) => page.evaluate(e));
        if (t.firstNoteMs < 0) o.log(`  first note (firefox, ${kind}): no note in 30 s`);
        runs.push({ kind, ...t, backgroundRunning });
        await page.close();
      }
    }
    return summarizeFirstNote('firefox', runs);
  } catch (e) {
    return { ...summarizeFirstNote('firefox', runs), error: String(e).split('\n')[0]! };
  } finally {
    await fx.close();
  }
}

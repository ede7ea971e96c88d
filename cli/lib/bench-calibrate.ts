/**
 * How far Firefox's method can be trusted: the instrumented build (src/page/instrument.ts) loaded
 * in a traced Chromium, once a page, so that the same load gives both our time as the trace sees
 * it (cli/lib/bench-trace.ts) and as the instrumented build counts it from inside. Their ratio is
 * reported; Firefox's figures carry the same method.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../../test/e2e/lib/browsers.ts';
import { askUntilAnswered, statusExpression, type StatusReply } from '../../test/e2e/lib/robust-tab.ts';
import { extensionCost, startTrace, stopTrace } from './bench-trace.ts';
import { MARKERS, quiet } from './bench-chromium.ts';
import { parseTimingSnapshot, timingExpression } from './bench-timing.ts';

/** One load: the trace's figures and the instrumented build's own (ms). */
export interface Calibration {
  tracedMs: number;
  instrumentedMs: number;
  tracedLongestMs: number;
  instrumentedLongestMs: number;
}

export interface Calibrator {
  measure(url: string): Promise<Calibration>;
  close(): Promise<void>;
}

export async function startCalibration(o: { instrumentedDist: string }): Promise<Calibrator> {
  const b = await launchChromium(o.instrumentedDist);
  const origin = `chrome-extension://${b.extensionId}`;
  await new Promise((r) => setTimeout(r, 500));
  for (const p of b.context.pages()) if (p.url().startsWith(origin)) await p.close().catch(() => {});
  let page: Page = await b.context.newPage();
  const worker = () => b.context.serviceWorkers().find((w) => w.url().startsWith(origin));
  const fromWorker = <T>(expression: string, fallback: T): Promise<T> => {
    const sw = worker();
    return sw ? (sw.evaluate(expression) as Promise<T>).catch((e: unknown) => ({ error: String(e) }) as T) : Promise.resolve(fallback);
  };
  return {
    async measure(url) {
      if (page.isClosed()) page = await b.context.newPage();
      const cdp = await b.context.newCDPSession(page);
      await startTrace(cdp);
      let traced = true;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
        const reply = await askUntilAnswered(30_000, () => fromWorker<StatusReply>(statusExpression(url), { error: 'no service worker' }));
        if (reply.status?.aboutSahel) {
          for (let i = 0; i < 40 && !((await page.evaluate(MARKERS)) as number); i++) await new Promise((r) => setTimeout(r, 200));
        }
        await page.evaluate(quiet(300, 4000));
        const cost = extensionCost(await stopTrace(cdp), origin, url);
        traced = false;
        const t = await fromWorker<{ snapshot?: unknown; error?: string }>(timingExpression(url), { error: 'no service worker' });
        const s = parseTimingSnapshot(t.snapshot);
        if (!s) throw new Error(`no timings from the instrumented build (${t.error ?? 'malformed'})`);
        return { tracedMs: cost.mainMs, instrumentedMs: s.totalMs, tracedLongestMs: cost.longestTaskMs, instrumentedLongestMs: s.maxMs };
      } finally {
        if (traced) await stopTrace(cdp).catch(() => []);
        await cdp.detach().catch(() => {});
      }
    },
    close: () => b.close(),
  };
}

/**
 * Reading the instrumented build's own timings (src/page/instrument.ts) from a tab: an
 * expression for an extension context that runs `scripting.executeScript` in the tab's content
 * script world (where `__sahelLensTiming` lives), and the validation of what comes back.
 */
import { TIMING_FORMAT, TIMING_GLOBAL, type EntryTiming, type TimingSnapshot } from '../../src/page/instrument.ts';

export type { TimingSnapshot };

/**
 * For an extension page or the service worker (`browser` or `chrome`): the timing snapshot of the
 * content script in the tab showing `url` (top frame), as `{ snapshot }` or `{ error }`. With
 * `reset`, the counts start again from zero after the read.
 */
export function timingExpression(url: string, reset = false): string {
  return `(async (url, name, reset) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const tabs = await api.tabs.query({});
  const tab = tabs.find((t) => t.url === url);
  if (!tab || tab.id === undefined) return { error: 'tab not found among ' + tabs.length + ' tabs' };
  try {
    const [first] = await api.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      args: [name, reset],
      func: (n, r) => { const t = globalThis[n]; if (!t) return null; const s = t.snapshot(); if (r) t.reset(); return JSON.stringify(s); },
    });
    const r = first ? first.result : null;
    if (r === null || r === undefined) return { error: 'no timings in the tab (not an instrumented build, or no content script)' };
    return { snapshot: JSON.parse(r) };
  } catch (e) {
    return { error: String((e && e.message) || e) };
  }
})(${JSON.stringify(url)}, ${JSON.stringify(TIMING_GLOBAL)}, ${reset ? 'true' : 'false'})`;
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

function isEntry(v: unknown): v is EntryTiming {
  const e = v as Partial<EntryTiming> | null;
  return !!e && typeof e === 'object' && isNum(e.ms) && isNum(e.maxMs) && isNum(e.n);
}

/** A snapshot as sent by the tab, or null when it is not one. */
export function parseTimingSnapshot(raw: unknown): TimingSnapshot | null {
  const s = raw as Partial<TimingSnapshot> | null;
  if (!s || typeof s !== 'object' || s.format !== TIMING_FORMAT || s.version !== 1) return null;
  if (!isNum(s.totalMs) || !isNum(s.maxMs) || !isNum(s.intervals)) return null;
  if (!s.entries || typeof s.entries !== 'object' || Array.isArray(s.entries)) return null;
  for (const e of Object.values(s.entries)) if (!isEntry(e)) return null;
  if (s.maxMs > s.totalMs + 1e-9) return null;
  return s as TimingSnapshot;
}

/** The longest `runSliced` slice in a snapshot (ms), 0 when none ran. */
export function longestSliceMs(s: TimingSnapshot): number {
  return s.entries.slice?.maxMs ?? 0;
}

/**
 * Chromium performance traces for the page benchmark: recording one through a CDP session, and
 * reading from it how much main-thread time the extension's content script took on a page.
 *
 * Our time is the union of two measures, both restricted to the main thread of the renderer
 * that shows the page:
 *  - trace events that run script from the extension's origin (EvaluateScript, FunctionCall,
 *    v8.compile, v8.run, module evaluation, timers, idle callbacks…), by their URL;
 *  - V8 CPU-profiler samples whose stack holds a frame from the extension's origin, which also
 *    catches work done after an `await` (promise continuations run as microtasks, which the
 *    timeline shows without a script URL).
 * Our longest task is the most of that time inside one top-level task (RunTask).
 */
import type { CDPSession } from 'playwright-core';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  } as never);
}

/** Ends the trace and returns its events. */
export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await done;
  const chunks: string[] = [];
  for (;;) {
    const r = (await cdp.send('IO.read', { handle: stream, size: 4 << 20 })) as { data: string; eof: boolean; base64Encoded?: boolean };
    chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export interface ExtensionCost {
  /** Main-thread time of our scripts on the page's renderer (ms): events ∪ samples. */
  mainMs: number;
  /** From trace events alone / from profiler samples alone (ms). */
  eventMs: number;
  sampleMs: number;
  /** Our longest task: the most of our time inside one top-level task (ms). */
  longestTaskMs: number;
  /** The whole length of that task, ours and the page's (ms). */
  longestTaskWholeMs: number;
  /** Longest single script event of ours (ms). */
  longestScriptMs: number;
  /** Top-level tasks with some of our time in them. */
  tasks: number;
}

/** Events that run script, with the URL of what they run. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.run',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'EventDispatch',
  'V8.Execute',
]);

type Interval = [number, number];

function scriptUrl(e: TraceEvent): string {
  const a = e.args ?? {};
  const data = (a.data ?? a.beginData ?? {}) as Record<string, unknown>;
  const u = data.url ?? a.fileName ?? data.fileName ?? data.scriptName ?? '';
  return typeof u === 'string' ? u : '';
}

/** Sorted, non-overlapping union of intervals. */
function mergeIntervals(intervals: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const iv of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

/** Total length of a set of intervals, overlaps counted once. */
export function unionLength(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cur: Interval | null = null;
  for (const iv of sorted) {
    if (!cur || iv[0] > cur[1]) {
      if (cur) total += cur[1] - cur[0];
      cur = [iv[0], iv[1]];
    } else cur[1] = Math.max(cur[1], iv[1]);
  }
  if (cur) total += cur[1] - cur[0];
  return total;
}

/** The processes that rendered `pageUrl` (its main frame), by navigation and parse events. */
export function pageProcesses(events: TraceEvent[], pageUrl: string): Set<number> {
  const want = pageUrl.split('#')[0]!;
  const pids = new Set<number>();
  for (const e of events) {
    const a = e.args ?? {};
    const data = (a.data ?? {}) as Record<string, unknown>;
    const begin = (a.beginData ?? {}) as Record<string, unknown>;
    if (e.name === 'ParseHTML' && typeof begin.url === 'string' && begin.url.split('#')[0] === want) pids.add(e.pid);
    if ((e.name === 'FrameCommittedInBrowser' || e.name === 'CommitLoad') && typeof data.url === 'string' && data.url.split('#')[0] === want) {
      pids.add(typeof data.processId === 'number' ? data.processId : e.pid);
    }
    if (e.name === 'TracingStartedInBrowser' || e.name === 'TracingSessionIdForWorker') {
      for (const f of (data.frames as { url?: string; processId?: number }[] | undefined) ?? []) {
        if (f.url?.split('#')[0] === want && typeof f.processId === 'number') pids.add(f.processId);
      }
    }
  }
  return pids;
}

/** How much main-thread time the scripts from `origin` took on the page at `pageUrl`. */
export function extensionCost(events: TraceEvent[], origin: string, pageUrl: string): ExtensionCost {
  const pids = pageProcesses(events, pageUrl);
  const mainThreads = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
  }
  const onPage = (e: { pid: number; tid: number }) => mainThreads.has(`${e.pid}:${e.tid}`) && (pids.size === 0 || pids.has(e.pid));

  // 1. Script events of ours.
  const byThread = new Map<string, Interval[]>();
  const add = (key: string, iv: Interval) => {
    let list = byThread.get(key);
    if (!list) byThread.set(key, (list = []));
    list.push(iv);
  };
  const eventIvs: Interval[] = [];
  let longestScript = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name) || !onPage(e)) continue;
    if (!scriptUrl(e).startsWith(origin)) continue;
    const iv: Interval = [e.ts, e.ts + (e.dur ?? 0)];
    eventIvs.push(iv);
    add(`${e.pid}:${e.tid}`, iv);
    longestScript = Math.max(longestScript, e.dur ?? 0);
  }

  // 2. CPU-profiler samples with one of our frames on the stack.
  interface Prof { pid: number; tid: number; start: number; t: number; nodes: Map<number, { parent?: number; url: string }>; ours: Map<number, boolean>; deltas: number[]; samples: number[] }
  const profiles = new Map<string, Prof>();
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id ?? ''}`;
    const data = ((e.args ?? {}).data ?? {}) as {
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame?: { url?: string } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
    let p = profiles.get(key);
    if (!p) profiles.set(key, (p = { pid: e.pid, tid: e.tid, start: 0, t: 0, nodes: new Map(), ours: new Map(), deltas: [], samples: [] }));
    if (e.name === 'Profile') {
      p.start = data.startTime ?? e.ts;
      p.tid = e.tid;
    }
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, { ...(n.parent !== undefined ? { parent: n.parent } : {}), url: n.callFrame?.url ?? '' });
    p.samples.push(...(data.cpuProfile?.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  const sampleIvs: Interval[] = [];
  for (const p of profiles.values()) {
    if (!onPage(p)) continue;
    const ours = (id: number): boolean => {
      const known = p.ours.get(id);
      if (known !== undefined) return known;
      // Walk up iteratively, then memoise the whole chain.
      const chain: number[] = [];
      let cur: number | undefined = id;
      let result = false;
      while (cur !== undefined) {
        const k = p.ours.get(cur);
        if (k !== undefined) {
          result = k;
          break;
        }
        chain.push(cur);
        const n = p.nodes.get(cur);
        if (!n) break;
        if (n.url.startsWith(origin)) {
          result = true;
          break;
        }
        cur = n.parent;
      }
      for (const c of chain) p.ours.set(c, result);
      return result;
    };
    // A sample stands for the time since the previous one, capped at 1.5 sampling intervals:
    // a longer gap means the thread was idle or not sampled, not that it ran our code.
    const sorted = p.deltas.filter((d) => d > 0).sort((a, b) => a - b);
    const cap = 1.5 * (sorted[sorted.length >> 1] ?? 1000);
    let t = p.start;
    for (let i = 0; i < p.samples.length; i++) {
      const d = p.deltas[i] ?? 0;
      const prev = t;
      t += d;
      if (ours(p.samples[i]!)) {
        const iv: Interval = [Math.max(prev, t - cap), t];
        sampleIvs.push(iv);
        add(`${p.pid}:${p.tid}`, iv);
      }
    }
  }

  // 3. Tasks: for each top-level task, how much of it was ours. The longest task of ours is the
  // task with the most of our time in it (our work inside a long task of the page's is not
  // counted as the page's length), and we also keep that task's whole length.
  const taskName = events.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const tasksByThread = new Map<string, Interval[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== taskName || !onPage(e)) continue;
    const key = `${e.pid}:${e.tid}`;
    let list = tasksByThread.get(key);
    if (!list) tasksByThread.set(key, (list = []));
    list.push([e.ts, e.ts + (e.dur ?? 0)]);
  }
  let longestOurs = 0;
  let longestWhole = 0;
  let touched = 0;
  for (const [key, ivs] of byThread) {
    const merged = mergeIntervals(ivs);
    // Outermost tasks only (tasks nest when a task runs a nested loop).
    const tasks: Interval[] = [];
    for (const tk of (tasksByThread.get(key) ?? []).sort((x, y) => x[0] - y[0] || y[1] - x[1])) {
      const last = tasks[tasks.length - 1];
      if (last && tk[0] >= last[0] && tk[1] <= last[1]) continue;
      tasks.push(tk);
    }
    let j = 0;
    const covered: Interval[] = [];
    for (const tk of tasks) {
      while (j < merged.length && merged[j]![1] <= tk[0]) j++;
      let mine = 0;
      for (let k = j; k < merged.length && merged[k]![0] < tk[1]; k++) {
        const s0 = Math.max(tk[0], merged[k]![0]);
        const e0 = Math.min(tk[1], merged[k]![1]);
        if (e0 > s0) {
          mine += e0 - s0;
          covered.push([s0, e0]);
        }
      }
      if (mine > 0) {
        touched++;
        if (mine > longestOurs) {
          longestOurs = mine;
          longestWhole = tk[1] - tk[0];
        }
      }
    }
    // Our time outside any recorded task counts as tasks of its own.
    const inTasks = unionLength(covered);
    if (unionLength(merged) - inTasks > 0) {
      for (const iv of merged) {
        const len = iv[1] - iv[0];
        const inside = unionLength(covered.filter((c) => c[0] < iv[1] && c[1] > iv[0]).map((c) => [Math.max(c[0], iv[0]), Math.min(c[1], iv[1])] as Interval));
        if (len - inside > longestOurs) {
          longestOurs = len - inside;
          longestWhole = len;
        }
      }
    }
  }

  return {
    mainMs: unionLength([...eventIvs, ...sampleIvs]) / 1000,
    eventMs: unionLength(eventIvs) / 1000,
    sampleMs: unionLength(sampleIvs) / 1000,
    longestTaskMs: longestOurs / 1000,
    longestTaskWholeMs: longestWhole / 1000,
    longestScriptMs: longestScript / 1000,
    tasks: touched,
  };
}

/**
 * Timing of our own main-thread work in a page, for the benchmark's Firefox figures: Firefox has
 * no long-task API and no DevTools trace the benchmark can read (cli/lib/bench-firefox.ts).
 *
 * Compiled in only by an instrumented build: `SAHEL_LENS_INSTRUMENT=1` makes vite.config.ts define
 * `__SAHEL_LENS_INSTRUMENT__` as true. Every other build defines it false, the bundler drops all
 * of this as dead code, and test/build/instrument.test.ts checks that no file of a release build
 * holds any of it (its global's name, its format tag).
 *
 * In an instrumented build, in the content script's own world (Chromium's isolated world,
 * Firefox's sandbox — never the page's), it times:
 *  - each script's own evaluation, from this module (the content script and the injected
 *    annotator and page engine import it first) to the end of the microtasks the script queued;
 *  - every callback the browser makes into our world: timers, idle callbacks, animation frames,
 *    mutation and resize observers, event listeners. The functions that register them are
 *    replaced on our own global (the page never sees them), and each callback is timed to the
 *    end of the microtasks it started, so the `await` continuations it resumes count too;
 *  - message handlers (`timedEntry` in src/content/runtime.ts), what resumes when an answer to
 *    our own messages comes (`timedReply`: src/content/index.ts, src/content/annotator-script.ts)
 *    and `runSliced` slices (src/page/schedule.ts), which can run in tasks none of the above started.
 * Intervals nest; only the outermost counts toward the total and the longest. It accumulates
 * on a global of our world, `__sahelLensTiming`, that the benchmark reads (and resets) through
 * `scripting.executeScript`, which runs in that same world.
 *
 * Not seen from inside: parsing and compiling our scripts, and work in tasks none of the above
 * started (e.g. the continuation after a storage read resolves) that is not inside a slice. The benchmark runs this build in Chromium too, to compare it with the
 * DevTools trace there.
 */

declare const __SAHEL_LENS_INSTRUMENT__: boolean | undefined;

/** True only in an instrumented build (a constant the bundler folds). */
export const INSTRUMENTED: boolean = typeof __SAHEL_LENS_INSTRUMENT__ === 'boolean' && __SAHEL_LENS_INSTRUMENT__;

/** The global of our world that holds the timings. */
export const TIMING_GLOBAL = '__sahelLensTiming';
/** The `format` of a snapshot. */
export const TIMING_FORMAT = 'sahel-lens-timing';

/** How many microtask generations an outermost callback is followed for (see closeAfterMicrotasks). */
export const MICROTASK_GENERATIONS = 48;

export interface EntryTiming {
  /** Time in intervals of this kind, nested ones included (ms). */
  ms: number;
  maxMs: number;
  n: number;
}

export interface TimingSnapshot {
  format: typeof TIMING_FORMAT;
  version: 1;
  /** Our main-thread time: outermost intervals only (ms). */
  totalMs: number;
  /** The longest outermost interval (ms): our longest slice of work in one go. */
  maxMs: number;
  /** Outermost intervals counted. */
  intervals: number;
  /** Per kind of entry ('script', 'idle', 'timeout', 'slice', 'message', …). */
  entries: Record<string, EntryTiming>;
}

/** The accounts: intervals begun and ended in LIFO order, outermost ones summed. Pure (clock injected). */
export class TimingLedger {
  depth = 0;
  totalMs = 0;
  maxMs = 0;
  intervals = 0;
  entries: Record<string, EntryTiming> = {};

  constructor(private readonly clock: () => number) {}

  /** Starts an interval; returns its start time, for `end`. */
  begin(): number {
    this.depth++;
    return this.clock();
  }

  /** Ends the innermost open interval, which began at `start`, filed under `name`. */
  end(name: string, start: number): void {
    const ms = Math.max(0, this.clock() - start);
    const e = (this.entries[name] ??= { ms: 0, maxMs: 0, n: 0 });
    e.ms += ms;
    e.n++;
    if (ms > e.maxMs) e.maxMs = ms;
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) {
      this.totalMs += ms;
      this.intervals++;
      if (ms > this.maxMs) this.maxMs = ms;
    }
  }

  snapshot(): TimingSnapshot {
    const entries: Record<string, EntryTiming> = {};
    for (const [k, v] of Object.entries(this.entries)) entries[k] = { ...v };
    return { format: TIMING_FORMAT, version: 1, totalMs: this.totalMs, maxMs: this.maxMs, intervals: this.intervals, entries };
  }

  /** Forgets what was counted (open intervals stay open). */
  reset(): void {
    this.totalMs = 0;
    this.maxMs = 0;
    this.intervals = 0;
    this.entries = {};
  }
}

/** What `__sahelLensTiming` holds: one ledger for every copy of this module in our world. */
interface TimingGlobal {
  ledger: TimingLedger;
  /** Runs `done` once `generations` microtasks queued one after another have run. */
  closeAfterMicrotasks(done: () => void): void;
  snapshot(): TimingSnapshot;
  reset(): void;
}

type AnyFunction = (...args: never[]) => unknown;

/**
 * Calls `done` after `generations` microtasks queued one after another: by then every microtask
 * queued by the work before (its `await` continuations, up to that depth) has run, all in the
 * same task. A few microseconds.
 */
export function afterMicrotasks(queue: (f: () => void) => void, generations: number, done: () => void): void {
  let n = 0;
  const step = (): void => {
    if (++n >= generations) done();
    else queue(step);
  };
  queue(step);
}

/** Runs `fn` timed as `name`: an outermost call is timed to the end of its microtasks. */
function runTimed<R>(t: TimingGlobal, name: string, fn: () => R): R {
  const ledger = t.ledger;
  const outermost = ledger.depth === 0;
  const start = ledger.begin();
  try {
    return fn();
  } finally {
    if (outermost) t.closeAfterMicrotasks(() => ledger.end(name, start));
    else ledger.end(name, start);
  }
}

function timing(): TimingGlobal | null {
  if (!INSTRUMENTED) return null;
  const g = globalThis as unknown as Record<string, TimingGlobal | undefined>;
  return g[TIMING_GLOBAL] ?? null;
}

/** Wraps an entry point (a listener our code registers) so each call is timed; the function itself when not instrumented. */
export function timedEntry<F extends AnyFunction>(name: string, fn: F): F {
  if (!INSTRUMENTED) return fn;
  return function (this: unknown, ...args: Parameters<F>) {
    const t = timing();
    return t ? runTimed(t, name, () => fn.apply(this, args)) : fn.apply(this, args);
  } as F;
}

/**
 * `reply` itself, except in an instrumented build: there, our code that resumes when it settles
 * (an extension message's answer arrives in a task of its own) is timed as `name`.
 */
export function timedReply<T>(reply: Promise<T>, name = 'reply'): Promise<T> {
  if (!INSTRUMENTED) return reply;
  return reply.then(timedEntry(name, (value: T) => value));
}

/** Marks the start of a `runSliced` slice; pass the result to `sliceEnd`. */
export function sliceStart(): number {
  return INSTRUMENTED ? (timing()?.ledger.begin() ?? 0) : 0;
}

/** Marks the end of the slice begun at `start`. */
export function sliceEnd(start: number): void {
  if (INSTRUMENTED) timing()?.ledger.end('slice', start);
}

/**
 * Replaces the callback-registering functions of our world with ones that time the callbacks.
 * Our world only: in Chromium the isolated world has its own `window` wrapper and prototypes, in
 * Firefox these are expandos on the sandbox's global and Xrays, which the page cannot see.
 */
function patchWorld(t: TimingGlobal, win: Window & typeof globalThis): void {
  const wrapped = new WeakMap<AnyFunction, AnyFunction>();
  const wrap = <F extends AnyFunction>(name: string, fn: F): F => {
    if (typeof fn !== 'function') return fn;
    let w = wrapped.get(fn);
    if (!w) {
      w = function (this: unknown, ...args: never[]) {
        return runTimed(t, name, () => fn.apply(this, args));
      };
      wrapped.set(fn, w);
    }
    return w as F;
  };
  const targets = [...new Set<Record<string, unknown>>([globalThis as unknown as Record<string, unknown>, win as unknown as Record<string, unknown>])];
  const replace = (key: string, make: (orig: AnyFunction) => unknown): void => {
    const orig = (win as unknown as Record<string, unknown>)[key];
    if (typeof orig !== 'function') return;
    const next = make(orig as AnyFunction);
    for (const target of targets) {
      try {
        target[key] = next;
      } catch {
        /* read-only here: that entry goes untimed */
      }
    }
  };
  // Timers and frame callbacks: (callback, ...rest).
  const callbackFirst: [string, string][] = [
    ['setTimeout', 'timeout'],
    ['setInterval', 'interval'],
    ['requestIdleCallback', 'idle'],
    ['requestAnimationFrame', 'frame'],
  ];
  for (const [key, name] of callbackFirst) {
    replace(key, (orig) => function (callback: AnyFunction, ...rest: unknown[]) {
      return (orig as (...a: unknown[]) => unknown).call(win, wrap(name, callback), ...rest);
    });
  }
  // Observers: new X(callback).
  for (const [key, name] of [['MutationObserver', 'mutation'], ['ResizeObserver', 'resize'], ['IntersectionObserver', 'intersection']] as const) {
    replace(key, (orig) => {
      const Ctor = orig as unknown as new (cb: AnyFunction, ...rest: unknown[]) => object;
      const Timed = function (callback: AnyFunction, ...rest: unknown[]) {
        return new Ctor(wrap(name, callback), ...rest);
      } as unknown as { prototype: unknown };
      Timed.prototype = Ctor.prototype;
      return Timed;
    });
  }
  // Event listeners (functions; handleEvent objects go untimed).
  try {
    const proto = (win as unknown as { EventTarget: { prototype: EventTarget } }).EventTarget.prototype;
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const l = typeof listener === 'function' ? wrap(`event:${type}`, listener as AnyFunction) : listener;
      return add.call(this, type, l as EventListener, options as AddEventListenerOptions);
    };
    proto.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const w = typeof listener === 'function' ? (wrapped.get(listener as AnyFunction) ?? listener) : listener;
      return remove.call(this, type, w as EventListener, options as EventListenerOptions);
    };
  } catch {
    /* event listeners go untimed */
  }
}

/** Sets up the ledger and the timed entries, once per world; times the script that imports this first. */
function install(): void {
  const g = globalThis as unknown as Record<string, TimingGlobal | undefined>;
  let t = g[TIMING_GLOBAL];
  if (!t) {
    const perf = globalThis.performance;
    const queue = globalThis.queueMicrotask.bind(globalThis);
    const ledger = new TimingLedger(() => perf.now());
    const created: TimingGlobal = {
      ledger,
      closeAfterMicrotasks: (done) => afterMicrotasks(queue, MICROTASK_GENERATIONS, done),
      snapshot: () => ledger.snapshot(),
      reset: () => ledger.reset(),
    };
    t = created;
    g[TIMING_GLOBAL] = created;
    if (typeof window !== 'undefined') patchWorld(created, window);
  }
  // This script's (or this chunk's) evaluation, from here to the end of its microtasks.
  if (t.ledger.depth === 0) {
    const ledger = t.ledger;
    const start = ledger.begin();
    t.closeAfterMicrotasks(() => ledger.end('script', start));
  }
}

if (INSTRUMENTED) install();

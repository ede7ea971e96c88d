/**
 * Running our work in short slices while the page is idle, so no task of ours comes near the
 * 50 ms long-task mark. Everything here degrades to timers where requestIdleCallback is
 * missing (Safari-like engines, linkedom in tests).
 */
import { sliceEnd, sliceStart } from './instrument';

/** A flag a caller sets to stop a sliced job. */
export interface Cancel {
  cancelled: boolean;
}

/** Thrown (and caught by callers) when a sliced job is cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

type IdleWindow = Pick<Window, 'setTimeout'> & {
  requestIdleCallback?: (cb: (d: { timeRemaining(): number; didTimeout: boolean }) => void, opts?: { timeout: number }) => number;
};

/** Resolves when the page is idle, or after `timeoutMs` at the latest; gives the idle time left (ms). */
export function whenIdle(win: IdleWindow, timeoutMs = 1000): Promise<number> {
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === 'function') {
      win.requestIdleCallback((d) => resolve(d.didTimeout ? 0 : d.timeRemaining()), { timeout: timeoutMs });
    } else {
      win.setTimeout(() => resolve(0), 1);
    }
  });
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** How a sliced job runs. */
export interface SliceOptions {
  /** Longest slice in ms (default 8): well under the 50 ms long-task mark, with room for the browser. */
  sliceMs?: number;
  /** Longest wait for an idle period between slices (default 250 ms), so busy pages still progress. */
  idleTimeoutMs?: number;
  cancel?: Cancel;
}

/**
 * Drives a generator (that yields at safe points) in slices of at most `sliceMs`, waiting for
 * an idle period between slices. Resolves with its result; rejects with Cancelled when
 * `cancel.cancelled` turns true, or with whatever the generator throws.
 */
export async function runSliced<T>(win: IdleWindow, gen: Generator<void, T>, opts: SliceOptions = {}): Promise<T> {
  const sliceMs = opts.sliceMs ?? 8;
  let budget = sliceMs;
  for (;;) {
    if (opts.cancel?.cancelled) {
      gen.return(undefined as never);
      throw new Cancelled();
    }
    const start = now();
    const timed = sliceStart(); // instrumented builds only (src/page/instrument.ts)
    try {
      do {
        const r = gen.next();
        if (r.done) return r.value;
      } while (now() - start < budget);
    } finally {
      sliceEnd(timed);
    }
    const left = await whenIdle(win, opts.idleTimeoutMs ?? 250);
    // Use what the idle period offers, within [4 ms, sliceMs].
    budget = Math.max(4, Math.min(sliceMs, left || sliceMs));
  }
}

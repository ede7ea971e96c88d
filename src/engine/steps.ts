/**
 * Resumable work. The engine's longer jobs are generators that yield at safe points, so the
 * content script can run them in short slices between the page's own tasks
 * (src/page/schedule.ts `runSliced`), while Node and tests run them straight through.
 */

/** A job that yields (nothing) at safe points and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs a job to completion synchronously and returns its result. */
export function drain<T>(gen: Generator<void, T>): T {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

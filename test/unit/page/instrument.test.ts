import { describe, expect, it } from 'vitest';
import { afterMicrotasks, INSTRUMENTED, sliceEnd, sliceStart, timedEntry, TimingLedger } from '../../../src/page/instrument';

/** A clock the test moves by hand. */
function manualClock(): { now: () => number; advance(ms: number): void } {
  let t = 0;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

describe('TimingLedger', () => {
  it('sums outermost intervals only, and keeps the longest', () => {
    const c = manualClock();
    const l = new TimingLedger(c.now);
    const a = l.begin();
    c.advance(2);
    const inner = l.begin();
    c.advance(3);
    l.end('slice', inner);
    c.advance(1);
    l.end('idle', a);
    const b = l.begin();
    c.advance(4);
    l.end('timeout', b);
    const s = l.snapshot();
    expect(s.totalMs).toBe(10);
    expect(s.maxMs).toBe(6);
    expect(s.intervals).toBe(2);
    expect(s.entries.slice).toEqual({ ms: 3, maxMs: 3, n: 1 });
    expect(s.entries.idle).toEqual({ ms: 6, maxMs: 6, n: 1 });
    expect(s.format).toBe('sahel-lens-timing');
  });

  it('reset forgets the counts but not an interval still open', () => {
    const c = manualClock();
    const l = new TimingLedger(c.now);
    const a = l.begin();
    c.advance(5);
    l.reset();
    c.advance(1);
    l.end('idle', a);
    expect(l.snapshot().totalMs).toBe(6);
    expect(l.depth).toBe(0);
  });

  it('never goes below depth 0 on an unmatched end', () => {
    const l = new TimingLedger(() => 0);
    l.end('x', 0);
    expect(l.depth).toBe(0);
    expect(l.snapshot().intervals).toBe(1);
  });
});

describe('afterMicrotasks', () => {
  it('runs after the microtasks queued before and by the work, up to the depth given', async () => {
    const order: string[] = [];
    const done = new Promise<void>((resolve) => afterMicrotasks(queueMicrotask, 16, () => { order.push('done'); resolve(); }));
    // An await chain of a few generations started "by the callback".
    void (async () => {
      await null;
      order.push('a');
      await null;
      await null;
      order.push('b');
    })();
    await done;
    expect(order).toEqual(['a', 'b', 'done']);
  });
});

describe('outside an instrumented build', () => {
  it('is switched off: entries are the functions themselves and slices cost nothing', () => {
    expect(INSTRUMENTED).toBe(false);
    const f = (x: number) => x + 1;
    expect(timedEntry('message', f)).toBe(f);
    expect(sliceStart()).toBe(0);
    expect(() => sliceEnd(0)).not.toThrow();
    expect((globalThis as Record<string, unknown>).__sahelLensTiming).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { Cancelled, runSliced } from '../../../src/page/schedule';

const win = { setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) } as unknown as Window;

function* work(steps: number, msPerStep: number): Generator<void, number> {
  for (let i = 0; i < steps; i++) {
    const end = performance.now() + msPerStep;
    while (performance.now() < end) {
      /* busy */
    }
    yield;
  }
  return steps;
}

describe('runSliced', () => {
  it('runs a generator to the end in slices no longer than the budget (plus one step)', async () => {
    const slices: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      slices.push(now - last);
      last = now;
    }, 0);
    const result = await runSliced(win, work(60, 1), { sliceMs: 8 });
    clearInterval(timer);
    expect(result).toBe(60);
    // The event loop got control between slices: no gap near the 50 ms long-task mark.
    expect(Math.max(...slices)).toBeLessThan(40);
  });

  it('rejects with Cancelled when cancelled between slices', async () => {
    const cancel = { cancelled: false };
    const p = runSliced(win, work(100, 1), { sliceMs: 4, cancel });
    cancel.cancelled = true;
    await expect(p).rejects.toBeInstanceOf(Cancelled);
  });
});

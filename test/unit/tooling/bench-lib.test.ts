import { describe, expect, it } from 'vitest';
import { describeMode, parseBenchArgs, type BenchOptions } from '../../../cli/lib/bench-args.ts';
import { perRunP95, stats } from '../../../cli/lib/bench-stats.ts';
import { longestSliceMs, parseTimingSnapshot } from '../../../cli/lib/bench-timing.ts';
import { longestByKind } from '../../../cli/lib/bench-firefox.ts';

const ok = (args: string[]): BenchOptions => {
  const r = parseBenchArgs(args);
  if ('error' in r) throw new Error(r.error);
  return r;
};

describe('bench stats', () => {
  it('median, nearest-rank p95 and max, ignoring non-finite values', () => {
    const s = stats([5, 1, NaN, 3, 2, 4, Infinity]);
    expect(s).toEqual({ n: 5, median: 3, p95: 5, max: 5 });
    expect(stats([1, 2, 3, 4]).median).toBe(2.5);
    expect(stats([]).n).toBe(0);
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(stats(twenty).p95).toBe(19);
  });

  it('per-run p95 over the pages measured in every run', () => {
    const rows = [
      { runs: [1, 2, 3] },
      { runs: [1.2, 1.1, 0.9] },
      { runs: [0.5, 0.6, 0.7] },
      { runs: [9, NaN, 9] }, // not in every run: left out
    ];
    const s = perRunP95(rows, 3);
    expect(s.pages).toBe(3);
    expect(s.perRun).toEqual([1.2, 2, 3]);
    expect(s.min).toBe(1.2);
    expect(s.max).toBe(3);
  });

  it('a run with nothing to count has no p95', () => {
    const s = perRunP95([{ runs: [1] }], 2);
    expect(s.pages).toBe(0);
    expect(s.perRun.every((x) => Number.isNaN(x))).toBe(true);
    expect(Number.isNaN(s.min)).toBe(true);
  });
});

describe('bench arguments', () => {
  it('defaults: both browsers, three runs, 30 swaps, all pages', () => {
    const o = ok([]);
    expect(o).toMatchObject({ smoke: false, repeat: 3, pages: null, browsers: ['chromium', 'firefox'], swaps: 30, firstNoteRuns: 3, perPage: true, partial: false, sahel: true, calibrate: true });
    expect(describeMode(o)).toBe('full, 3 runs a page');
  });

  it('smoke is one run, fewer swaps, a partial report', () => {
    const o = ok(['--smoke']);
    expect(o).toMatchObject({ repeat: 1, swaps: 6, firstNoteRuns: 1, partial: true, calibrate: false });
    expect(ok(['--smoke', '--calibrate']).calibrate).toBe(true);
    expect(ok(['--no-calibrate']).calibrate).toBe(false);
    expect(describeMode(o)).toBe('smoke, 1 run a page');
  });

  it('reads the switches and numbers', () => {
    expect(ok(['--firefox-only', '--repeat', '2', '--pages', '4']).browsers).toEqual(['firefox']);
    expect(ok(['--chromium-only', '--no-memory', '--no-first-note'])).toMatchObject({ browsers: ['chromium'], swaps: 0, firstNoteRuns: 0 });
    expect(ok(['--swaps', '10', '--first-note', '2', '--no-pages', '--out', 'x.md'])).toMatchObject({ swaps: 10, firstNoteRuns: 2, perPage: false, partial: true, out: 'x.md' });
  });

  it('refuses what it does not know, and bad numbers', () => {
    expect(parseBenchArgs(['--fast'])).toHaveProperty('error');
    expect(parseBenchArgs(['--repeat', '0'])).toHaveProperty('error');
    expect(parseBenchArgs(['--repeat'])).toHaveProperty('error');
    expect(parseBenchArgs(['--pages', '1.5'])).toHaveProperty('error');
    expect(parseBenchArgs(['--chromium-only', '--firefox-only'])).toHaveProperty('error');
    expect(parseBenchArgs(['--calibrate', '--no-calibrate'])).toHaveProperty('error');
  });
});

describe('timing snapshots', () => {
  const good = { format: 'sahel-lens-timing', version: 1, totalMs: 12.5, maxMs: 6, intervals: 3, entries: { slice: { ms: 4, maxMs: 3.5, n: 2 } } };
  it('accepts a snapshot and reads its longest slice', () => {
    const s = parseTimingSnapshot(good);
    expect(s).not.toBeNull();
    expect(longestSliceMs(s!)).toBe(3.5);
    expect(longestSliceMs({ ...s!, entries: {} })).toBe(0);
    const three = { ...s!, entries: { idle: { ms: 9, maxMs: 5.5, n: 2 }, slice: { ms: 4, maxMs: 3.5, n: 2 }, frame: { ms: 7, maxMs: 7, n: 1 } } };
    expect(longestByKind(three)).toBe('frame 7.0, idle 5.5, slice 3.5');
    expect(longestByKind(three, 1)).toBe('frame 7.0');
  });
  it('refuses anything else', () => {
    expect(parseTimingSnapshot(null)).toBeNull();
    expect(parseTimingSnapshot({ ...good, format: 'x' })).toBeNull();
    expect(parseTimingSnapshot({ ...good, totalMs: -1 })).toBeNull();
    expect(parseTimingSnapshot({ ...good, maxMs: 20 })).toBeNull();
    expect(parseTimingSnapshot({ ...good, entries: { slice: { ms: 'a' } } })).toBeNull();
  });
});

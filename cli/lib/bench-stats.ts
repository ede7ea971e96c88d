/**
 * The page benchmark's statistics: median, p95 and max of a set of figures, and the spread of
 * the per-run p95 when every page is measured several times (the three-run mode).
 */

export interface Stats {
  n: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank quantile of sorted finite values (p in [0, 1]). */
function quantile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Median (mean of the two middle values for an even count), nearest-rank p95, max; non-finite values ignored. */
export function stats(values: number[]): Stats {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return { n: 0, median: NaN, p95: NaN, max: NaN };
  const median = v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
  return { n: v.length, median, p95: quantile(v, 0.95), max: v[v.length - 1]! };
}

/** The p95 of each run and how far apart they are. */
export interface RunSpread {
  /** p95 over the pages of run 1, run 2, … (NaN for a run with no finite figure). */
  perRun: number[];
  min: number;
  max: number;
  /** Pages counted (those with a figure in every run). */
  pages: number;
}

/**
 * The p95 of a per-page figure computed separately for each run: run i takes every page's i-th
 * measurement. Only pages measured in every run count, so the runs compare the same pages.
 */
export function perRunP95(rows: readonly { runs: readonly number[] }[], runs: number): RunSpread {
  const complete = rows.filter((r) => r.runs.length >= runs && r.runs.slice(0, runs).every((x) => Number.isFinite(x)));
  const perRun: number[] = [];
  for (let i = 0; i < runs; i++) perRun.push(stats(complete.map((r) => r.runs[i]!)).p95);
  const finite = perRun.filter((x) => Number.isFinite(x));
  return {
    perRun,
    min: finite.length ? Math.min(...finite) : NaN,
    max: finite.length ? Math.max(...finite) : NaN,
    pages: complete.length,
  };
}

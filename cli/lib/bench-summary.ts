/**
 * The page benchmark's figures in summary, per browser, against the targets of issue 16: per-page
 * rows → median / p95 / max, the p95 of pages not about the Sahel run by run (the three-run
 * mode's spread), and the Sahel articles apart. Pure.
 */
import { perRunP95, stats, type RunSpread, type Stats } from './bench-stats.ts';
import type { FirefoxPageResult } from './bench-firefox.ts';

/** The per-page figures both browsers have. */
export interface CommonRow {
  kind: 'real' | 'sahel';
  aboutSahel: boolean | null;
  ratio: number;
  runRatios: number[];
  extMs: number;
  error?: string;
}

/** Pages not about the Sahel: at most this many times the baseline (issue 16, goal 3). */
export const NON_SAHEL_TARGET = 1.5;
/** Sahel articles: our time at most this many times the baseline (median), longest task, heap (issue 16, goal 1). */
export const SAHEL_RATIO_TARGET = 10;
export const SAHEL_LONGEST_TARGET_MS = 30;
export const SAHEL_HEAP_TARGET_MB = 2;

/** `value ≤ limit`, or null when there is no figure to judge (e.g. no Sahel article measured). */
export function within(value: number, limit: number): boolean | null {
  return Number.isFinite(value) ? value <= limit : null;
}

export interface CommonSummary {
  pages: number;
  failed: number;
  /** Real pages (the targets' population). */
  ratio: Stats;
  extMs: Stats;
  nonSahelRatio: Stats;
  nonSahelOver1_5: number;
  /** p95 over the pages not about the Sahel, run by run. */
  nonSahelSpread: RunSpread;
  sahelRatio: Stats;
  sahelExtMs: Stats;
}

/** Splits rows into the real pages, those of them not about the Sahel, and the Sahel articles. */
export function populations<R extends CommonRow>(rows: readonly R[]): { ok: R[]; real: R[]; nonSahel: R[]; sahel: R[] } {
  const ok = rows.filter((r) => !r.error);
  const real = ok.filter((r) => r.kind === 'real');
  return { ok, real, nonSahel: real.filter((r) => r.aboutSahel !== true), sahel: ok.filter((r) => r.kind === 'sahel' || r.aboutSahel === true) };
}

export function commonSummary(rows: readonly CommonRow[], runs: number): CommonSummary {
  const { ok, real, nonSahel, sahel } = populations(rows);
  return {
    pages: rows.length,
    failed: rows.length - ok.length,
    ratio: stats(real.map((r) => r.ratio)),
    extMs: stats(ok.map((r) => r.extMs)),
    nonSahelRatio: stats(nonSahel.map((r) => r.ratio)),
    nonSahelOver1_5: nonSahel.filter((r) => r.ratio > NON_SAHEL_TARGET).length,
    nonSahelSpread: perRunP95(nonSahel.map((r) => ({ runs: r.runRatios })), runs),
    sahelRatio: stats(sahel.map((r) => r.ratio)),
    sahelExtMs: stats(sahel.map((r) => r.extMs)),
  };
}

export interface FirefoxSummary extends CommonSummary {
  /** Our longest slice of work in one go (ms), all pages / Sahel articles. */
  longestMs: Stats;
  sahelLongestMs: Stats;
  /** Our longest `runSliced` slice (ms). */
  longestSliceMs: Stats;
  /** Each target met (true), missed (false), or not measured in this run (null). */
  targets: {
    medianRatioLe3: boolean | null;
    p95RatioLe5: boolean | null;
    longestLe50EveryPage: boolean | null;
    nonSahelP95Le1_5: boolean | null;
    nonSahelP95Le1_5EveryRun: boolean | null;
    sahelMedianRatioLe10: boolean | null;
    sahelLongestLe30: boolean | null;
  };
}

export function summarizeFirefox(rows: readonly FirefoxPageResult[], runs: number): FirefoxSummary {
  const c = commonSummary(rows, runs);
  const { ok, sahel } = populations(rows);
  const longestMs = stats(ok.map((r) => r.longestMs));
  const sahelLongestMs = stats(sahel.map((r) => r.longestMs));
  return {
    ...c,
    longestMs,
    sahelLongestMs,
    longestSliceMs: stats(ok.map((r) => r.longestSliceMs)),
    targets: {
      medianRatioLe3: within(c.ratio.median, 3),
      p95RatioLe5: within(c.ratio.p95, 5),
      longestLe50EveryPage: within(longestMs.max, 50),
      nonSahelP95Le1_5: within(c.nonSahelRatio.p95, NON_SAHEL_TARGET),
      nonSahelP95Le1_5EveryRun: within(c.nonSahelSpread.max, NON_SAHEL_TARGET),
      sahelMedianRatioLe10: within(c.sahelRatio.median, SAHEL_RATIO_TARGET),
      sahelLongestLe30: within(sahelLongestMs.max, SAHEL_LONGEST_TARGET_MS),
    },
  };
}

/**
 * The page benchmark's command line (cli/bench.ts), parsed without side effects so it can be
 * tested: `parseBenchArgs` returns the options or the one-line error to print.
 */

export type BenchBrowser = 'chromium' | 'firefox';

export interface BenchOptions {
  smoke: boolean;
  /** Only the first N real pages (null: all). */
  pages: number | null;
  /** Loads of each page, baseline and ours each (medians reported; spread across runs). */
  repeat: number;
  /** Sahel articles transplanted into real pages measured too. */
  sahel: boolean;
  /** Where the report goes (null: docs/benchmarks.md, or artifacts/benchmarks-partial.md for a partial run). */
  out: string | null;
  browsers: BenchBrowser[];
  /** Single-page-site memory run: how many article swaps (0: skipped). */
  swaps: number;
  /** Idle → first note, cold and warm (loads of each). 0: skipped. */
  firstNoteRuns: number;
  /** Per-page figures (false: only the memory and first-note parts). */
  perPage: boolean;
  /** A partial run (smoke or --pages): the report does not replace docs/benchmarks.md. */
  partial: boolean;
  /**
   * Also load the instrumented build in a traced Chromium, once a page, to compare its own
   * figures with the trace's (how far Firefox's method can be trusted). Default: full runs only.
   */
  calibrate: boolean;
}

export const USAGE =
  'npm run bench [-- --smoke] [-- --pages N] [-- --repeat N] [-- --no-sahel] [-- --chromium-only | --firefox-only] ' +
  '[-- --swaps N | --no-memory] [-- --first-note N | --no-first-note] [-- --no-pages] [-- --calibrate | --no-calibrate] [-- --out FILE]';

const KNOWN_FLAGS = new Set(['--smoke', '--no-sahel', '--chromium-only', '--firefox-only', '--no-memory', '--no-first-note', '--no-pages', '--calibrate', '--no-calibrate']);
const KNOWN_OPTIONS = new Set(['--pages', '--repeat', '--out', '--swaps', '--first-note']);

function whole(name: string, raw: string | undefined, min: number, max: number): number | string {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < min || n > max) return `bench: ${name} expects a whole number from ${min} to ${max}, got "${raw ?? ''}"`;
  return n;
}

/** The options, or an error message. */
export function parseBenchArgs(args: readonly string[]): BenchOptions | { error: string } {
  const flags = new Set<string>();
  const values = new Map<string, string | undefined>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (KNOWN_FLAGS.has(a)) flags.add(a);
    else if (KNOWN_OPTIONS.has(a)) values.set(a, args[++i]);
    else return { error: `bench: unknown argument "${a}". Usage: ${USAGE}` };
  }
  const smoke = flags.has('--smoke');
  if (flags.has('--calibrate') && flags.has('--no-calibrate')) return { error: 'bench: --calibrate and --no-calibrate exclude each other' };
  if (flags.has('--chromium-only') && flags.has('--firefox-only')) return { error: 'bench: --chromium-only and --firefox-only exclude each other' };
  const browsers: BenchBrowser[] = flags.has('--chromium-only') ? ['chromium'] : flags.has('--firefox-only') ? ['firefox'] : ['chromium', 'firefox'];

  let repeat = smoke ? 1 : 3;
  if (values.has('--repeat')) {
    const r = whole('--repeat', values.get('--repeat'), 1, 20);
    if (typeof r === 'string') return { error: r };
    repeat = r;
  }
  let pages: number | null = null;
  if (values.has('--pages')) {
    const r = whole('--pages', values.get('--pages'), 1, 100_000);
    if (typeof r === 'string') return { error: r };
    pages = r;
  }
  let swaps = smoke ? 6 : 30;
  if (values.has('--swaps')) {
    const r = whole('--swaps', values.get('--swaps'), 2, 500);
    if (typeof r === 'string') return { error: r };
    swaps = r;
  }
  if (flags.has('--no-memory')) swaps = 0;
  let firstNoteRuns = smoke ? 1 : 3;
  if (values.has('--first-note')) {
    const r = whole('--first-note', values.get('--first-note'), 1, 20);
    if (typeof r === 'string') return { error: r };
    firstNoteRuns = r;
  }
  if (flags.has('--no-first-note')) firstNoteRuns = 0;
  if (values.has('--out') && !values.get('--out')) return { error: 'bench: --out expects a file name' };
  const partial = smoke || pages !== null || flags.has('--no-pages');
  return {
    smoke,
    pages,
    repeat,
    sahel: !flags.has('--no-sahel'),
    out: values.get('--out') ?? null,
    browsers,
    swaps,
    firstNoteRuns,
    perPage: !flags.has('--no-pages'),
    partial,
    calibrate: flags.has('--calibrate') || (!partial && !flags.has('--no-calibrate') && !flags.has('--firefox-only')),
  };
}

/** The run's one-line description, e.g. "full, 3 runs a page". */
export function describeMode(o: BenchOptions): string {
  const what = o.smoke ? 'smoke' : o.pages !== null ? `first ${o.pages} pages` : o.perPage ? 'full' : 'no per-page figures';
  return `${what}, ${o.repeat} run${o.repeat > 1 ? 's' : ''} a page`;
}

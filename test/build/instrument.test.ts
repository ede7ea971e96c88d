/**
 * The benchmark's instrumented build (src/page/instrument.ts, SAHEL_LENS_INSTRUMENT=1) times our
 * content script from inside and leaves the timings on a global of the content script's world.
 * A release build must hold none of it: no file of dist/ (or $SAHEL_LENS_DIST) names that global
 * or its format tag, and the content script's hooks are bare pass-throughs.
 *
 * Reads the built extension: `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TIMING_FORMAT, TIMING_GLOBAL } from '../../src/page/instrument.ts';
import { isInstrumented, jsFilesUnder } from '../../cli/lib/bench-build.ts';
import { DIST } from '../e2e/lib/paths.ts';

describe.each(['chrome', 'firefox'] as const)('release build holds no instrumentation (%s)', (target) => {
  const dist = join(DIST, target);
  const built = existsSync(join(dist, 'manifest.json'));

  it('has been built', () => {
    expect(built, `no build at ${dist}: run \`npm run build\` first`).toBe(true);
  });

  it.runIf(built)(`no file names ${TIMING_GLOBAL} or ${TIMING_FORMAT}`, () => {
    const files = jsFilesUnder(dist);
    expect(files.length).toBeGreaterThan(0);
    const holding = files.filter((f) => {
      const code = readFileSync(f, 'utf8');
      return code.includes(TIMING_GLOBAL) || code.includes(TIMING_FORMAT);
    });
    expect(holding.map((f) => relative(dist, f))).toEqual([]);
    expect(isInstrumented(dist)).toBe(false);
  });
});

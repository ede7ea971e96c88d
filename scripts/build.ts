/**
 * `npm run build`: validates the context pack, builds dist/chrome and dist/firefox from one
 * source tree, and prints the gzipped size of each entry. The always-on content script (what
 * runs on every matched page before anything is known about it) is measured with everything
 * it imports statically; lazy chunks are listed apart.
 */
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureEntries, type EntrySizes } from './entry-sizes.ts';

// Not test/e2e/lib/paths.ts: the source package (npm run package) holds what the build needs, no tests.
const ROOT = resolve(import.meta.dirname, '..');

// A release build whatever the shell says: NODE_ENV=test (set by test runners, inherited by the
// commands they start) would otherwise give a different bundle from the same sources.
process.env.NODE_ENV = 'production';

// The benchmark's instrumented build (src/page/instrument.ts) never goes where packages are made from.
if (process.env.SAHEL_LENS_INSTRUMENT === '1' && !process.env.SAHEL_LENS_DIST) {
  console.error('build: SAHEL_LENS_INSTRUMENT=1 builds the benchmark\'s instrumented extension; give it its own SAHEL_LENS_DIST (not dist/).');
  process.exit(2);
}

const targets = (process.argv.slice(2).filter((a) => a === 'chrome' || a === 'firefox') as ('chrome' | 'firefox')[]);
const wanted = targets.length ? targets : (['chrome', 'firefox'] as const);

execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/validate-pack.ts')], { stdio: 'inherit', cwd: ROOT });

const report: Record<string, EntrySizes> = {};
for (const target of wanted) {
  const t0 = Date.now();
  await build({ configFile: join(ROOT, 'vite.config.ts'), mode: target, logLevel: 'warn' });
  const sizes = measureEntries(join(process.env.SAHEL_LENS_DIST ?? join(ROOT, 'dist'), target));
  report[target] = sizes;
  console.log(`\n${target}: built ${process.env.SAHEL_LENS_DIST ?? 'dist'}/${target} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  for (const e of sizes.entries) {
    console.log(`  ${e.name.padEnd(34)} ${(e.gzip / 1024).toFixed(1).padStart(7)} KB gz  (${(e.raw / 1024).toFixed(1)} KB raw, ${e.files.length} file${e.files.length === 1 ? '' : 's'})`);
  }
}
if (!existsSync(join(ROOT, 'artifacts'))) mkdirSync(join(ROOT, 'artifacts'));
writeFileSync(join(ROOT, 'artifacts/build-sizes.json'), JSON.stringify(report, null, 2));

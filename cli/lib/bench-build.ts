/**
 * The instrumented build the benchmark measures Firefox with (src/page/instrument.ts): the same
 * sources built with SAHEL_LENS_INSTRUMENT=1 into a folder of its own (never dist/), both
 * browsers, rebuilt on every benchmark run so it always matches the sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TIMING_GLOBAL } from '../../src/page/instrument.ts';

/** Where the instrumented build goes, under the project's artifacts/ (not committed). */
export function instrumentedDist(root: string): string {
  return join(root, 'artifacts/bench-instrumented');
}

/** The JavaScript files of the always-on content script(s) named by a built manifest. */
export function contentScriptFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  return (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => join(dist, f));
}

/** True when a built extension folder holds the instrumentation (its global's name in the content script). */
export function isInstrumented(dist: string): boolean {
  return contentScriptFiles(dist).some((f) => existsSync(f) && readFileSync(f, 'utf8').includes(TIMING_GLOBAL));
}

/** Builds both browsers instrumented into `out` (…/chrome, …/firefox); throws with the build's output when it fails. */
export function buildInstrumented(root: string, out: string): { chrome: string; firefox: string; seconds: number } {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SAHEL_LENS_INSTRUMENT: '1', SAHEL_LENS_DIST: out },
  });
  if (r.status !== 0) throw new Error(`the instrumented build failed:\n${r.stdout}\n${r.stderr}`);
  const chrome = join(out, 'chrome');
  const firefox = join(out, 'firefox');
  for (const d of [chrome, firefox]) {
    if (!isInstrumented(d)) throw new Error(`the instrumented build in ${d} holds no ${TIMING_GLOBAL}: is SAHEL_LENS_INSTRUMENT read by vite.config.ts?`);
  }
  return { chrome, firefox, seconds: (Date.now() - t0) / 1000 };
}

/** Every .js file under a folder (for the release check). */
export function jsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...jsFilesUnder(p));
    else if (e.name.endsWith('.js')) out.push(p);
  }
  return out;
}

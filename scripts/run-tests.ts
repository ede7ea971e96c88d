/**
 * `npm test`: every check, in order, each step's outcome on one line, then a plain
 * "N passed, N failed, N passed only on retry" summary of the test cases run by vitest (unit,
 * e2e and the README's commands) and of the non-vitest steps. Exits non-zero if anything failed.
 * Each step runs the npm script a reader would type (`npm run typecheck`, `npm run build`…).
 *
 *   browsers → typecheck → lint → unit tests → build → package twice (same bytes) →
 *   web-ext lint on the Firefox zip → build checks + e2e (Chromium, Firefox) + the README's
 *   commands run as typed (test/readme)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowsers } from './ensure-browsers.ts';
import { ROOT } from '../test/e2e/lib/paths.ts';

mkdirSync(join(ROOT, 'artifacts'), { recursive: true });

interface Counts { passed: number; failed: number; skipped: number; retried: string[] }
interface StepResult extends Counts { name: string; ok: boolean; seconds: number }
const results: StepResult[] = [];

/** Cases of a vitest run, from its JSON report and the list of cases that passed only on retry. */
function vitestCounts(report: string, retriedFile: string): Counts {
  if (!existsSync(report)) return { passed: 0, failed: 0, skipped: 0, retried: [] };
  const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  const retried = existsSync(retriedFile) ? (JSON.parse(readFileSync(retriedFile, 'utf8')) as string[]) : [];
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests, retried };
}

/** Runs an npm script (with extra arguments after `--`); with `vitest`, reads its case counts. */
function step(name: string, script: string, extra: string[] = [], vitest?: string): boolean {
  const report = vitest ? join(ROOT, 'artifacts', `${vitest}-report.json`) : '';
  const retriedFile = vitest ? join(ROOT, 'artifacts', `${vitest}-retried.json`) : '';
  const passOn = [...extra, ...(vitest ? ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`, '--reporter=./test/reporters/retried.ts'] : [])];
  const args = ['run', script, ...(passOn.length ? ['--', ...passOn] : [])];
  if (vitest) {
    rmSync(report, { force: true });
    rmSync(retriedFile, { force: true });
  }
  console.log(`\n━━ ${name} ━━ npm ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, SAHEL_RETRIED_REPORT: retriedFile } });
  // A vitest run that ends without its report did not run as configured.
  const ok = r.status === 0 && (!vitest || existsSync(report));
  const counts = vitest ? vitestCounts(report, retriedFile) : { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, retried: [] };
  // A vitest run that failed to start reports no cases: count the step as one failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ name, ok, seconds: (Date.now() - t0) / 1000, ...counts });
  return ok;
}

ensureBrowsers();
step('typecheck', 'typecheck');
step('lint', 'lint');
step('unit tests', 'test:unit', [], 'unit');
const built = step('build', 'build');
if (built) {
  step('package twice, same bytes (rebuilt from the source zip)', 'package', ['--verify']);
  step('web-ext lint (firefox zip)', 'lint:package');
  step('build checks + end-to-end + README commands', 'test:e2e', [], 'e2e');
}

const line = (c: Counts) => `${c.passed} passed, ${c.failed} failed, ${c.retried.length} passed only on retry${c.skipped ? `, ${c.skipped} skipped` : ''}`;
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(46)} ${r.seconds.toFixed(1).padStart(6)} s  ${line(r)}`);
const retried = results.flatMap((r) => r.retried);
for (const name of retried) console.log(`retried: ${name}`);
console.log(line({
  passed: results.reduce((n, r) => n + r.passed, 0),
  failed: results.reduce((n, r) => n + r.failed, 0),
  skipped: results.reduce((n, r) => n + r.skipped, 0),
  retried,
}));
process.exit(results.every((r) => r.ok) && built ? 0 : 1);

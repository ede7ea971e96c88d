/**
 * `npm test`: every check, in order, each step's outcome on one line, then a plain
 * "N passed, N failed" summary of the test cases run by vitest (unit + e2e) and of the
 * non-vitest steps. Exits non-zero if anything failed.
 *
 *   browsers → typecheck → lint → unit tests → build → web-ext lint → build checks + e2e (Chromium, Firefox)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowsers } from './ensure-browsers.ts';
import { ROOT } from '../test/e2e/lib/paths.ts';

const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });

interface StepResult { name: string; ok: boolean; seconds: number; passed: number; failed: number; skipped: number }
const results: StepResult[] = [];

function vitestCounts(file: string): { passed: number; failed: number; skipped: number } {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function step(name: string, cmd: string, args: string[], report?: string): boolean {
  console.log(`\n━━ ${name} ━━ ${[cmd, ...args].join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  const counts = report ? vitestCounts(report) : { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  // A vitest run that failed to start reports no cases: count the step as one failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ name, ok, seconds: (Date.now() - t0) / 1000, ...counts });
  return ok;
}

ensureBrowsers();
const unitReport = join(ROOT, 'artifacts/unit-report.json');
const e2eReport = join(ROOT, 'artifacts/e2e-report.json');
step('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
step('lint', bin('eslint'), ['.', '--max-warnings=0']);
step('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`], unitReport);
const built = step('build', 'npm', ['run', '--silent', 'build']);
if (built) {
  step('web-ext lint (firefox)', bin('web-ext'), ['lint', '--source-dir', 'dist/firefox', '--self-hosted', '--no-config-discovery']);
  step('package twice, same bytes (rebuilt from the source zip)', 'npm', ['run', '--silent', 'package', '--', '--verify']);
  step('web-ext lint (firefox zip)', process.execPath, ['--import', 'tsx', 'scripts/lint-package.ts']);
  step('build checks + end-to-end (chromium, firefox)', bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eReport}`], e2eReport);
}

console.log('\n━━ summary ━━');
for (const r of results) {
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(46)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) && built ? 0 : 1);

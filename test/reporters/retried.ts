/**
 * A vitest reporter that lists the test cases that passed only after a retry, so `npm test`
 * can say so in its summary line instead of letting a retry hide them. Writes a JSON array of
 * full test names to the file named by `SAHEL_RETRIED_REPORT` (nothing without it).
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestCase } from 'vitest/node';

export default class RetriedReporter implements Reporter {
  private readonly retried: string[] = [];

  onTestCaseResult(test: TestCase): void {
    const d = test.diagnostic();
    if (test.result().state === 'passed' && d && d.retryCount > 0) this.retried.push(`${test.fullName} (${d.retryCount} retr${d.retryCount === 1 ? 'y' : 'ies'})`);
  }

  onTestRunEnd(): void {
    const out = process.env.SAHEL_RETRIED_REPORT;
    if (out) writeFileSync(out, `${JSON.stringify(this.retried, null, 1)}\n`);
  }
}

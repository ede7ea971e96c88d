import { defineConfig } from 'vitest/config';

// End-to-end tests in real browsers, checks on the built extension, and the README's commands
// run as a reader types them. They need `npm run build` first; `npm test` runs them in that order.
export default defineConfig({
  test: {
    include: ['test/build/**/*.test.ts', 'test/e2e/**/*.e2e.test.ts', 'test/readme/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Two cores: one browser at a time keeps timings honest and the machine responsive.
    maxWorkers: 1,
    // Real browsers on a shared 2-core machine: a case gets one more try, and `npm test` names
    // every case that passed only on retry in its summary (test/reporters/retried.ts).
    retry: 1,
  },
});

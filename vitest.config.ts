import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // A few property tests compare timings on a shared machine: one more try before failing.
    retry: 1,
  },
});

import { defineConfig } from 'vitest/config';

// The real-editor suite: one editor at a time (2 cores, and each scenario drives a whole VS Code), never retried.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['verbose', './test/e2e/support/summaryReporter.ts'],
  },
});

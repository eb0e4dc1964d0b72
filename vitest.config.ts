import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Shells load the Markdown reader (remark) at start or when needed; tests have it always.
    setupFiles: ['test/support/register-parsers.ts'],
    // Two workers on the 2-core CI machine: most of the slow files wait (spawned processes, the
    // throttle's spacing of writes, retries), so two of them share the cores well. Vitest's own
    // default there is one (cores − 1).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // In CI, also a machine-readable report: .ci/run prints its totals as the closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test/output/vitest.json' }]]
      : ['default'],
  },
});

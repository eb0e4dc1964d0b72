import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Shells load the Markdown reader (remark) at start or when needed; tests have it always.
    setupFiles: ['test/support/register-parsers.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // In CI, also a machine-readable report: .ci/run prints its totals as the closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test/output/vitest.json' }]]
      : ['default'],
  },
});

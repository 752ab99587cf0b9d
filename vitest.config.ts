import { defineConfig } from 'vitest/config';

// Forks, not threads: the Pact native core and servers bound to ports are
// happiest in separate processes, and contract files run one at a time.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'contracts/**/*.test.ts'],
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

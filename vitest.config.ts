import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**'],
    testTimeout: 60_000,
    // Two workers on the two cores CI has: the scenario walks run beside the rest.
    maxWorkers: 2,
  },
});

import { defineConfig } from 'vitest/config';

// End-to-end tests: the built game in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // A save or a store read can take seconds on a loaded two-core machine; polls wait for it.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});

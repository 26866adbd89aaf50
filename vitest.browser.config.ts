import { defineConfig } from 'vitest/config';

// Browser tests start Debian Chromium through playwright-core against the built app (dist/),
// served by scripts/serve.mjs on a free loopback port. One file at a time: 2-core machines.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

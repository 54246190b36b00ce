import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

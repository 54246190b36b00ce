import { defineConfig } from 'vitest/config';

// Browser tests: every scenario runs in Chromium and in Firefox ESR, one browser at a time on a
// 2-core machine. The project name (|chromium|, |firefox|) prefixes each test in the output.
// TC_BROWSER=chromium|firefox runs one engine only; the build checks need no browser.
const engines = ['chromium', 'firefox'].filter((e) => !process.env.TC_BROWSER || process.env.TC_BROWSER === e);
const BUILD = 'tests/e2e/build.e2e.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'build', include: [BUILD], sequence: { groupOrder: 0 } } },
      ...engines.map((engine, i) => ({
        extends: true as const,
        test: { name: engine, include: ['tests/e2e/**/*.e2e.test.ts'], exclude: [BUILD], env: { TC_BROWSER: engine }, sequence: { groupOrder: i + 1 } },
      })),
    ],
  },
});

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Two unit-test projects: Node tests with WXT's plugin (fakeBrowser, #imports), and DOM tests in
// happy-dom (WXT's plugin loads Vite inside the environment, which happy-dom's URL breaks).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: { name: 'node', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: ['tests/unit/**/*.dom.test.{ts,tsx}'], environment: 'node' },
      },
      {
        esbuild: { jsx: 'automatic' },
        test: { name: 'dom', include: ['tests/unit/**/*.dom.test.{ts,tsx}'], environment: 'happy-dom' },
      },
    ],
  },
});

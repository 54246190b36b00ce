// One Chromium with the test extension and one fixture server per test file.
import { afterAll, beforeAll } from 'vitest';
import { type Browser, type FixtureServer, launch, startServer } from './harness';

export function useBrowser(options: Parameters<typeof launch>[0] = {}): { browser: Browser; server: FixtureServer } {
  const env = {} as { browser: Browser; server: FixtureServer };
  beforeAll(async () => {
    env.server = await startServer();
    env.browser = await launch(options);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

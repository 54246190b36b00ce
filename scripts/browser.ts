// The system Chromium with the built extension, and a tiny server for the local pages in
// tests/fixtures. Shared by `npm run dev`, `npm run bench` and the browser tests' harness; nothing
// here is test code. Never downloads a browser.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The project folder: scripts and tests run from it (npm sets the working directory). */
export const ROOT = findRoot(process.cwd());

function findRoot(from: string): string {
  for (let dir = from; ; dir = resolve(dir, '..')) {
    if (existsSync(join(dir, 'wxt.config.ts'))) return dir;
    if (resolve(dir, '..') === dir) return from;
  }
}

/** The Chromium test build (`npm run build:test:chromium`); its content script also matches http://127.0.0.1/*. */
export const CHROMIUM_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-test');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
  for (const c of candidates) if (existsSync(c)) return c;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary. The tests never download a browser.');
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

/** Serves tests/fixtures (or another folder) on 127.0.0.1 at a random port (or `port`). */
export async function startServer(dir = FIXTURES_DIR, port = 0): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'demo.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  const bound = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface ChromiumOptions {
  extensionDir?: string;
  headless?: boolean;
  /** The browser's interface language, e.g. 'et'. */
  locale?: string;
  /** The colour scheme pages see (prefers-color-scheme), for every page of the browser. */
  colorScheme?: 'light' | 'dark';
  /** Extra command-line switches and environment. */
  args?: string[];
  env?: Record<string, string>;
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** Every URL the browser context requested (pages, workers, the extension), from the start. */
  requests: string[];
  close(): Promise<void>;
}

/** Chromium with the extension loaded in a fresh profile, once its service worker runs. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumWithExtension> {
  const dir = options.extensionDir ?? CHROMIUM_EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}. Run \`npm run build:test:chromium\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'tone-coach-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    locale: options.locale,
    colorScheme: options.colorScheme,
    // Chromium takes its interface language from --lang and, on Linux, from LANGUAGE.
    env: options.env || options.locale ? ({ ...process.env, ...(options.locale ? { LANGUAGE: options.locale } : {}), ...options.env } as Record<string, string>) : undefined,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS, ...(options.locale ? [`--lang=${options.locale}`] : []), ...(options.args ?? [])],
    // A window someone looks at (npm run dev) keeps its own size.
    viewport: options.headless === false ? null : { width: 1280, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return {
    context,
    extensionId: new URL(worker.url()).host,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// `npm run dev`: builds the extension (test variant, so it also runs on the local demo page), serves the
// demo compose page on 127.0.0.1, and opens Chromium with both. With no display it builds and says
// where everything is instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output/chrome-mv3-test');
const fixtures = join(root, 'tests/fixtures');

console.log('Building the extension…');
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'test'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css' };
const server = createServer((req, res) => {
  const name = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/+/, '') || 'demo.html';
  const file = join(fixtures, name);
  if (!file.startsWith(fixtures) || !existsSync(file)) return res.writeHead(404).end('not found');
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/plain' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(Number(process.env.PORT ?? 5174), '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/demo.html`;

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay || !chromium) {
  console.log(`
${!chromium ? 'No Chromium found (install it: sudo apt-get install chromium, or set CHROMIUM_PATH).' : 'No display available, so no browser window is opened.'}
The extension is built in:   ${extensionDir}
Load it by hand: chrome://extensions → Developer mode → Load unpacked → choose that folder.
The demo compose page:       ${url}   (served while this command runs: Ctrl+C to stop)
Or check a draft right here:  npx tone-coach check tests/unit/cli/draft.txt
`);
  if (process.env.CI || !process.stdin.isTTY) {
    server.close();
  }
} else {
  const { chromium: pw } = await import('playwright-core');
  const context = await pw.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tone-coach-dev-')), {
    executablePath: chromium,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Chromium is open with Tone Coach on ${url}. Close the window (or Ctrl+C) to stop.`);
  context.on('close', () => {
    server.close();
    process.exit(0);
  });
}

// `npm run dev`: builds the extension (test variant, so it also runs on the local demo page), serves the
// demo compose page on 127.0.0.1 and opens Chromium with both. With no display (or no Chromium) it
// builds and says where everything is instead.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { EXTENSION_DIR, findChromium, launch, startServer } from '../tests/e2e/harness';

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { stdio: 'inherit' });

const server = await startServer(undefined, Number(process.env.PORT ?? 5174));
const url = `${server.url}/demo.html`;
let chromium: string | undefined;
try {
  chromium = findChromium();
} catch (e) {
  console.log(`\n${(e as Error).message}`);
}
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (!hasDisplay || !chromium) {
  console.log(`
${chromium ? 'No display available, so no browser window is opened.' : ''}
The extension is built in:    ${EXTENSION_DIR}
Load it by hand:              chrome://extensions → Developer mode → Load unpacked → choose that folder.
The demo compose page:        ${url}${process.stdin.isTTY && !process.env.CI ? '   (served while this runs: Ctrl+C to stop)' : ''}
Or check a draft right here:  npx tone-coach check ${join('tests', 'unit', 'cli', 'draft.txt')}
`);
  if (!process.stdin.isTTY || process.env.CI) await server.close();
} else {
  const browser = await launch({ headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  console.log(`Chromium is open with Tone Coach on ${url}. Close the window (or Ctrl+C) to stop.`);
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
}

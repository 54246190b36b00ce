// `npm run dev`: builds the extension (test variant, so it also runs on the local demo page), serves the
// demo compose page on 127.0.0.1 and opens Chromium with both. With no display (or no Chromium) it
// says where everything is and keeps serving the demo page. Either way it runs until Ctrl+C.
//   --no-build   use the extension already built in .output/chrome-mv3-test
//   PORT=5174    the demo page's port
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_EXTENSION_DIR, findChromium, launchChromium, startServer, type ChromiumWithExtension } from './browser';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });

if (!values['no-build']) {
  console.log('Building the extension…');
  execFileSync('npm', ['run', '--silent', 'build:test:chromium'], { stdio: 'inherit' });
}

const port = Number(process.env.PORT ?? 5174);
const server = await startServer(undefined, port).catch((e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE' ? `Port ${port} is in use (another npm run dev?). Stop it, or choose a port: PORT=5175 npm run dev` : e.message);
  process.exit(1);
});
const url = `${server.url}/demo.html`;
let browser: ChromiumWithExtension | undefined;

async function stop(): Promise<never> {
  await browser?.close().catch(() => undefined);
  await server.close();
  console.log('Stopped.');
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

let chromium: string | undefined;
try {
  chromium = findChromium();
} catch (e) {
  console.log(`\n${(e as Error).message}`);
}
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (hasDisplay && chromium) {
  browser = await launchChromium({ headless: false });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  console.log(`Chromium is open with Tone Coach on ${url}. Close the window (or press Ctrl+C) to stop.`);
  browser.context.on('close', () => void stop());
} else {
  console.log(`
${chromium ? 'No display available, so no browser window is opened.' : ''}
The extension is built in:    ${CHROMIUM_EXTENSION_DIR}
Load it by hand:              chrome://extensions → Developer mode → Load unpacked → choose that folder.
The demo compose page:        ${url}   (served until you press Ctrl+C)
Or check a draft right here:  npx tone-coach check ${join('tests', 'unit', 'cli', 'draft.txt')}
`);
}

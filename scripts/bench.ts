// `npm run bench`: how fast the coach is, beside peer checkers run in the same process on the same
// texts, plus the size of the built scripts and, in headless Chromium with the built test extension,
// the time from the last keystroke to the underlines and the page's long tasks while typing.
// Writes nothing; docs/PERFORMANCE.md records a run with its date.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { analyze, clearCache } from '../src/engine';
import { PAUSE_MS } from '../src/content/compose';
import { CHROMIUM_EXTENSION_DIR, launchChromium, startServer } from './browser';
import { email } from './texts';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => unknown[];
const args = new Set(process.argv.slice(2));
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95) };
}

function time(fn: (i: number) => void, runs = RUNS): { median: number; p95: number } {
  for (let i = 0; i < 5; i++) fn(i + 1000); // warm up the JIT
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

async function engineTable() {
  const { text: alex } = await import('alex');
  const short = Array.from({ length: 40 }, (_, i) => email(150, i + 1));
  const long = Array.from({ length: 12 }, (_, i) => email(2000, i + 100));
  const cases: Array<[string, string[]]> = [
    ['150-word email', short],
    ['2,000-word draft', long],
  ];
  const rows: string[][] = [];
  for (const [name, texts] of cases) {
    // Cold: the sentence cache is cleared before every run, so nothing is reused between texts.
    const ours = time((i) => {
      clearCache();
      analyze({ body: texts[i % texts.length] });
    });
    const wg = time((i) => writeGood(texts[i % texts.length]));
    const ax = time((i) => alex(texts[i % texts.length]), name.startsWith('2') ? Math.min(RUNS, 20) : RUNS);
    rows.push([name, ms(ours.median), ms(ours.p95), ms(wg.median), ms(ax.median), `${(wg.median / ours.median).toFixed(2)}×`, `${(ax.median / ours.median).toFixed(2)}×`]);
  }
  // A one-word edit in a 2,000-word draft: only the edited sentence is checked again.
  const base = long[0];
  clearCache();
  analyze({ body: base });
  const words = ['Friday', 'Monday', 'today', 'tomorrow', 'Tuesday'];
  const at = base.indexOf('workshop') >= 0 ? base.indexOf('workshop') : Math.floor(base.length / 2);
  const edit = time((i) => analyze({ body: base.slice(0, at) + words[i % words.length] + base.slice(at + 8) }));
  const wgEdit = time((i) => writeGood(base.slice(0, at) + words[i % words.length] + base.slice(at + 8)));
  const axEdit = time((i) => alex(base.slice(0, at) + words[i % words.length] + base.slice(at + 8)), Math.min(RUNS, 20));
  rows.push(['one-word edit in 2,000 words', ms(edit.median), ms(edit.p95), ms(wgEdit.median), ms(axEdit.median), `${(wgEdit.median / edit.median).toFixed(2)}×`, `${(axEdit.median / edit.median).toFixed(2)}×`]);
  return table(['text', 'tone-coach median', 'tone-coach p95', 'write-good median', 'alex median', 'write-good ÷ ours', 'alex ÷ ours'], rows);
}

function sizesTable() {
  const dir = join(process.cwd(), '.output/chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const files: Array<[string, string]> = [['content script', 'content-scripts/content.js'], ['background', 'background.js']];
  const chunks = readdirSync(join(dir, 'chunks'));
  for (const page of ['sidepanel', 'popup', 'options']) {
    const f = chunks.find((c) => c.startsWith(`${page}-`) && c.endsWith('.js'));
    if (f) files.push([`${page} page`, `chunks/${f}`]);
  }
  const shared = chunks.filter((c) => !/^(sidepanel|popup|options)-/.test(c) && c.endsWith('.js'));
  for (const c of shared) files.push([`shared page chunk (${c.replace(/-[\w-]+\.js$/, '')})`, `chunks/${c}`]);
  const rows = files.map(([name, f]) => {
    const buf = readFileSync(join(dir, f));
    const gz = gzipSync(buf).length;
    const budget = name === 'content script' ? (gz < 80 * 1024 ? 'under 80 kB ✓' : 'OVER 80 kB ✗') : '';
    return [name, `${(statSync(join(dir, f)).size / 1024).toFixed(1)} kB`, `${(gz / 1024).toFixed(1)} kB`, budget];
  });
  return table(['script', 'raw', 'gzipped', 'budget'], rows);
}

async function browserTable() {
  if (!existsSync(join(CHROMIUM_EXTENSION_DIR, 'manifest.json'))) execFileSync('npm', ['run', '--silent', 'build:test:chromium'], { stdio: 'ignore' });
  const server = await startServer();
  const browser = await launchChromium();
  const rows: string[][] = [];
  try {
    for (const words of [300, 3000]) {
      const page = await browser.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __long: number[]; __lastKey: number };
        w.__long = [];
        // The moment of the last keystroke, on the page's own clock.
        document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${server.url}/gmail-new.html`);
      const body = email(words, words).split('\n\n').map((p) => `<div>${p.replace(/\n/g, '<br>')}</div><div><br></div>`).join('');
      await page.evaluate((html) => (document.querySelector('[g_editable="true"] div')!.outerHTML = html), body);
      await page.waitForFunction(() => !!document.querySelector('tone-coach-overlay')?.shadowRoot?.querySelector('.finding'), undefined, { timeout: 15_000 });
      await page.waitForTimeout(800);
      await page.evaluate(() => ((window as unknown as { __long: number[] }).__long = []));
      const samples: number[] = [];
      let missed = 0;
      for (let i = 0; i < 20; i++) {
        // Type a short phrase at the end of the first paragraph that raises a new underline, then time it.
        await page.evaluate(() => {
          const first = document.querySelector('[g_editable="true"] div')!;
          const r = document.createRange();
          r.selectNodeContents(first);
          r.collapse(false);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
        });
        const token = `ASAP${i}`;
        await page.keyboard.type(` Reply ${token.slice(0, 4)}`, { delay: 15 });
        const elapsed = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const typedAt = (window as unknown as { __lastKey: number }).__lastKey;
              const ed = document.querySelector('[g_editable="true"]')!;
              const target = ed.querySelector('div')!.textContent!.length;
              const giveUp = performance.now() + 5000;
              const check = () => {
                // Never hang the benchmark: a missing underline counts as a failed sample.
                if (performance.now() > giveUp) return resolve(Number.NaN);
                for (const o of document.querySelectorAll('tone-coach-overlay')) {
                  for (const el of o.shadowRoot!.querySelectorAll('[data-rule="clarity/vague-deadline"]')) {
                    if (Number(el.getAttribute('data-end')) >= target - 1 && Number(el.getAttribute('data-end')) <= target + 1) return resolve(performance.now() - typedAt);
                  }
                }
                requestAnimationFrame(check);
              };
              check();
            }),
        );
        if (Number.isNaN(elapsed)) missed++;
        else samples.push(elapsed);
        await page.waitForTimeout(50);
      }
      const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
      const s = stats(samples);
      const budget = words <= 300 ? 150 : 400;
      const after = s.median - PAUSE_MS;
      rows.push([`${words} words`, `${ms(s.median)}${missed ? ` (${missed} of 20 never drawn)` : ''}`, ms(after), `${after < budget && !missed ? '✓' : '✗'} < ${budget} ms`, String(long.length), long.length ? ms(Math.max(...long)) : '–']);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return table(['draft', 'keystroke → underline (median of 20)', `after the ${PAUSE_MS} ms typing pause`, 'budget', 'long tasks while typing', 'longest'], rows);
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

console.log(`# Tone Coach benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${RUNS} runs per cell)\n`);
console.log('## Engine beside peer checkers (same process, same texts)\n');
console.log(await engineTable());
console.log('\n## Built scripts (.output/chrome-mv3)\n');
console.log(sizesTable());
if (!args.has('--no-browser')) {
  console.log('\n## In the browser (headless Chromium, built test extension, Gmail fixture)\n');
  console.log(await browserTable());
}

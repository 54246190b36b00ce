// `npm run dev` without a display: it keeps serving the demo page until Ctrl+C, and it is built from
// project code only (no test harness in it).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run dev', () => {
  it('imports nothing from tests/', async () => {
    const { metafile } = await build({ entryPoints: [`${root}scripts/dev.ts`], bundle: true, write: false, metafile: true, packages: 'external', platform: 'node', format: 'esm', logLevel: 'silent' });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContain('scripts/browser.ts');
    expect(inputs.filter((p) => p.startsWith('tests/'))).toEqual([]);
  });

  it('without a display, serves the demo page until Ctrl+C', { timeout: 60_000 }, async () => {
    const { DISPLAY: _, WAYLAND_DISPLAY: __, ...env } = process.env;
    const dev = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/dev.ts', '--no-build'], { cwd: root, env: { ...env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    dev.stdout.on('data', (b) => (out += b));
    dev.stderr.on('data', (b) => (out += b));
    const exited = new Promise<number | null>((resolve) => dev.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        dev.stdout.on('data', () => {
          const m = /The demo compose page: +(http:\/\/127\.0\.0\.1:\d+\/demo\.html)/.exec(out);
          if (m) resolve(m[1]);
        });
        void exited.then((code) => reject(new Error(`dev exited (${code}) before serving:\n${out}`)));
      });
      // Still serving a while later, as a person opening the page would find it.
      await new Promise((r) => setTimeout(r, 1500));
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<html');
      expect(dev.exitCode).toBe(null);
      dev.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(out).toContain('Stopped.');
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      dev.kill('SIGKILL');
    }
  });
});

// The shipped builds: Chromium and Firefox both build, the normal build matches only the real mail
// hosts (the test build adds 127.0.0.1), `wxt zip` makes an uploadable zip, and the Firefox zip
// passes Mozilla's linter (`web-ext lint`) with no errors.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAIL_MATCHES } from '../../src/sites';

const root = resolve(import.meta.dirname, '../..');
const manifest = (dir: string) => JSON.parse(readFileSync(join(root, '.output', dir, 'manifest.json'), 'utf8'));
const wxt = (...args: string[]) => execFileSync('npx', ['wxt', ...args], { cwd: root, stdio: 'pipe' });

describe('builds', () => {
  it('the test build also matches the local fixture server', () => {
    const m = manifest('chrome-mv3-test');
    expect([...m.content_scripts[0].matches].sort()).toEqual([...MAIL_MATCHES, 'http://127.0.0.1/*'].sort());
  });

  it('the Chromium build matches only the real mail hosts and asks for no host up front', () => {
    wxt('build');
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect([...m.content_scripts[0].matches].sort()).toEqual([...MAIL_MATCHES].sort());
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.permissions).not.toContain('tabs');
  });

  it('the Firefox build has a sidebar and a gecko id', () => {
    wxt('build', '-b', 'firefox');
    const m = manifest('firefox-mv2');
    expect(m.sidebar_action.default_panel).toBe('sidepanel.html');
    expect(m.browser_specific_settings.gecko.id).toMatch(/@/);
    expect([...m.content_scripts[0].matches].sort()).toEqual([...MAIL_MATCHES].sort());
  });

  it('wxt zip makes an uploadable zip', () => {
    wxt('zip');
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const zip = join(root, '.output', `tone-coach-${version}-chrome.zip`);
    expect(existsSync(zip)).toBe(true);
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK');
    expect(statSync(zip).size).toBeGreaterThan(10_000);
  });

  it('npm run zip:firefox makes a zip that web-ext lint passes with no errors', () => {
    execFileSync('npm', ['run', '--silent', 'zip:firefox'], { cwd: root, stdio: 'pipe' });
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
    const zip = join(root, '.output', `tone-coach-${version}-firefox.zip`);
    // Lint exactly what would be uploaded: the zip's contents.
    const dir = mkdtempSync(join(tmpdir(), 'tone-coach-xpi-'));
    try {
      execFileSync('unzip', ['-q', zip, '-d', dir]);
      const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      });
      const report = JSON.parse(lint.stdout) as { errors: Array<{ code: string; message: string; file?: string }>; summary: { errors: number } };
      expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
      expect(report.summary.errors).toBe(0);
      // The listing says no data is collected.
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

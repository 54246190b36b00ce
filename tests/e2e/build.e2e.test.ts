// The shipped builds: Chromium and Firefox both build, the normal build matches only the real mail
// hosts (the test build adds 127.0.0.1), and `wxt zip` makes an uploadable zip.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
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
});

// "Use Tone Coach on this site": one host's permission at run time, then a registered content script.
// fakeBrowser has no permissions or scripting API, so those are recorded here.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { restoreSites, stopOnSite, useOnSite } from '../../src/platform/settings/custom-sites';
import { loadSettings, setSiteEnabled } from '../../src/platform/settings/store';

const registered = new Map<string, { matches: string[]; js: string[] }>();
let granted = true;

beforeEach(() => {
  fakeBrowser.reset();
  registered.clear();
  granted = true;
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.permissions = {
    request: vi.fn(async () => granted),
    remove: vi.fn(async () => true),
    contains: vi.fn(async () => granted),
  };
  b.scripting = {
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string; matches: string[]; js: string[] }>) => scripts.forEach((s) => registered.set(s.id, s))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => registered.get(id))),
    executeScript: vi.fn(async () => []),
  };
});

describe('custom sites', () => {
  it('asks for that one host, registers the content script there, and remembers the site', async () => {
    await setSiteEnabled('mail.example.org', false);
    expect(await useOnSite('mail.example.org', 12)).toBe(true);
    expect((fakeBrowser as unknown as { permissions: { request: ReturnType<typeof vi.fn> } }).permissions.request).toHaveBeenCalledWith({ origins: ['*://mail.example.org/*'] });
    expect([...registered.values()]).toEqual([expect.objectContaining({ matches: ['*://mail.example.org/*'], js: ['content-scripts/content.js'] })]);
    const { settings } = await loadSettings();
    expect(settings.extraSites).toEqual(['mail.example.org']);
    expect(settings.disabledSites).toEqual([]);
  });

  it('does nothing when the user says no', async () => {
    granted = false;
    expect(await useOnSite('mail.example.org')).toBe(false);
    expect(registered.size).toBe(0);
    expect((await loadSettings()).settings.extraSites).toEqual([]);
  });

  it('stopping removes the script, the permission and the site', async () => {
    await useOnSite('mail.example.org');
    await stopOnSite('mail.example.org');
    expect(registered.size).toBe(0);
    expect((await loadSettings()).settings.extraSites).toEqual([]);
  });

  it('re-registers remembered sites that still have their permission', async () => {
    await restoreSites(['a.example.org']);
    expect([...registered.keys()]).toEqual(['tone-coach-a.example.org']);
    registered.clear();
    granted = false;
    await restoreSites(['b.example.org']);
    expect(registered.size).toBe(0);
  });
});

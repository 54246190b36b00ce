// Settings: stored shape, migrations, corrupt data, the effective pack, and the per-site switch,
// against WXT's fakeBrowser storage.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, normalizeSettings, siteEnabled } from '../../src/platform/settings/schema';
import { effectivePack } from '../../src/platform/settings/effective';
import { MIGRATIONS, loadSettings, saveSettings, setSiteEnabled, settingsItem, onSettingsChanged } from '../../src/platform/settings/store';
import { analyze } from '../../src/engine';

beforeEach(() => fakeBrowser.reset());

describe('normalizeSettings', () => {
  it('defaults when nothing is stored', () => {
    expect(normalizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('falls back to defaults with a notice for %s', (_n, raw) => {
    const r = normalizeSettings(raw);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.notice).toMatch(/could not be read/);
  });

  it('falls back for a version it does not know (a newer extension wrote it)', () => {
    const r = normalizeSettings({ pack: 'strict' }, SETTINGS_VERSION + 5);
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.notice).toMatch(/newer version/);
  });

  it('keeps the valid parts of damaged settings and names what it replaced', () => {
    const r = normalizeSettings({ pack: 'loud', disabledSites: ['mail.google.com', 7], rules: { 'clarity/long-sentence': 'off', 'x/y': 'shout' }, ignoredPhrases: 'nope' });
    expect(r.settings.pack).toBe('standard');
    expect(r.settings.disabledSites).toEqual(['mail.google.com']);
    expect(r.settings.rules).toEqual({ 'clarity/long-sentence': 'off' });
    expect(r.settings.ignoredPhrases).toEqual([]);
    expect(r.notice).toBe('Some saved settings were not valid (pack, disabledSites, rules, ignoredPhrases); the defaults are in use for them.');
  });

  it('a field a later release added takes its default without a notice', () => {
    const r = normalizeSettings({ pack: 'strict', disabledSites: [], extraSites: [], rules: {}, ignoredPhrases: [] });
    expect(r).toEqual({ settings: { ...DEFAULT_SETTINGS, pack: 'strict' } });
  });

  it('never takes prototype keys as rule overrides', () => {
    const r = normalizeSettings({ rules: JSON.parse('{"__proto__": {"polluted": "off"}, "constructor": "off", "clarity/long-sentence": "error"}') });
    expect(Object.keys(r.settings.rules)).toEqual(['clarity/long-sentence']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('stored versions', () => {
  it('migrates version 1 (its version inside the value) to the current format once, keeping every setting', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, pack: 'strict', disabledSites: ['outlook.office.com'], extraSites: [], rules: { 'professionalism/emoji': 'off' }, ignoredPhrases: ['ASAP Ltd'], uiLanguage: 'et' } });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ pack: 'strict', disabledSites: ['outlook.office.com'], extraSites: [], rules: { 'professionalism/emoji': 'off' }, ignoredPhrases: ['ASAP Ltd'], uiLanguage: 'et' });
    expect(stored.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(await loadSettings()).toEqual({ settings: stored.settings });
  });

  it('every earlier version has a migration to the next', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `to version ${v}`).toBeTypeOf('function');
  });

  it('a damaged version 1 value survives the migration and is read as defaults with a notice', async () => {
    await fakeBrowser.storage.sync.set({ settings: '{{{' });
    await settingsItem.migrate();
    const r = await loadSettings();
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.notice).toMatch(/could not be read/);
  });

  it('settings written by a newer release are not guessed at', async () => {
    await fakeBrowser.storage.sync.set({ settings: { pack: 'strict', colourful: true }, settings$: { v: SETTINGS_VERSION + 1 } });
    const r = await loadSettings();
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.notice).toMatch(/newer version/);
  });
});

describe('storage', () => {
  it('saves to storage.sync and reads back', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, pack: 'strict' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, pack: 'strict' });
    expect((await loadSettings()).settings.pack).toBe('strict');
  });

  it('reads corrupt stored data as defaults with a notice, never a crash', async () => {
    await fakeBrowser.storage.sync.set({ settings: '{{{' });
    const r = await loadSettings();
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.notice).toBeTruthy();
  });

  it('the per-site switch turns a host off and on, and watchers hear it', async () => {
    let heard = 0;
    const watching = new AbortController();
    onSettingsChanged(() => heard++, watching.signal);
    await setSiteEnabled('mail.google.com', false);
    expect(siteEnabled((await loadSettings()).settings, 'mail.google.com')).toBe(false);
    await setSiteEnabled('mail.google.com', true);
    expect(siteEnabled((await loadSettings()).settings, 'mail.google.com')).toBe(true);
    expect(heard).toBeGreaterThanOrEqual(2);
    const before = heard;
    watching.abort();
    await setSiteEnabled('mail.google.com', false);
    expect(heard, 'no call after abort').toBe(before);
    expect(await settingsItem.getValue()).toMatchObject({ disabledSites: ['mail.google.com'] });
  });

  it('an administrator list switches a site off whatever the user chose', () => {
    expect(siteEnabled(DEFAULT_SETTINGS, 'outlook.office.com', ['outlook.office.com'])).toBe(false);
  });
});

describe('effectivePack', () => {
  const draft = 'Hi Tom,\n\nJust checking in on the contract 🙂\n\nBest,\nMia';

  it('applies the user’s per-rule overrides and never-flag phrases on top of the pack', () => {
    const { pack } = effectivePack({ ...DEFAULT_SETTINGS, rules: { 'professionalism/emoji': 'off', 'professionalism/undermining': 'error' }, ignoredPhrases: [] }, null);
    const rules = analyze({ body: draft }, pack).findings.map((f) => [f.rule, f.severity]);
    expect(rules).toContainEqual(['professionalism/undermining', 'error']);
    expect(rules.map((r) => r[0])).not.toContain('professionalism/emoji');
  });

  it('uses a valid custom pack, and reports an invalid one while keeping the built-in pack', () => {
    expect(effectivePack({ ...DEFAULT_SETTINGS, pack: 'custom' }, { name: 'Mine', extends: 'strict' }).pack.name).toBe('Mine');
    const bad = effectivePack({ ...DEFAULT_SETTINGS, pack: 'custom' }, { name: 'Bad', rules: { 'no/such': 'off' } });
    expect(bad.pack.name).toBe('standard');
    expect(bad.error).toMatch(/unknown rule id/);
  });

  it('an organisation’s pack wins over the user’s choice and overrides', () => {
    const { pack } = effectivePack({ ...DEFAULT_SETTINGS, pack: 'standard', rules: { 'professionalism/emoji': 'off' } }, null, { pack: { name: 'Org pack', extends: 'strict' } });
    expect(pack.name).toBe('Org pack');
    expect(analyze({ body: draft }, pack).findings.find((f) => f.rule === 'professionalism/emoji')?.severity).toBe('warning');
  });
});

// Settings: their shape, defaults, and migrations from every earlier stored version. Pure, so the
// same code is tested in Node and runs in the extension.
import type { Severity } from '../../core/types';
import { SEVERITIES } from '../../core/types';

export const SETTINGS_VERSION = 1;
export type PackChoice = 'standard' | 'strict' | 'custom';
export type UiLanguage = 'auto' | 'en' | 'et';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  pack: PackChoice;
  /** Hosts where the coach is switched off. */
  disabledSites: string[];
  /** Extra hosts the user turned the coach on for (with a runtime host permission). */
  extraSites: string[];
  /** Per-rule overrides on top of the pack: "off" or a severity. */
  rules: Record<string, 'off' | Severity>;
  /** Phrases never to flag. */
  ignoredPhrases: string[];
  uiLanguage: UiLanguage;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  pack: 'standard',
  disabledSites: [],
  extraSites: [],
  rules: {},
  ignoredPhrases: [],
  uiLanguage: 'auto',
};

/**
 * Migrations from each earlier stored version to the next: MIGRATIONS[n] turns version n into n + 1.
 * Version 1 is the first release, so there are none yet; the next change to Settings adds one here
 * (and a test in tests/unit/settings.test.ts that migrates a stored example of the old version).
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrate(raw: Record<string, unknown>, migrations = MIGRATIONS, target = SETTINGS_VERSION): Record<string, unknown> | undefined {
  let data = raw;
  let version = typeof data.version === 'number' ? data.version : 0;
  while (version < target) {
    const step = migrations[version];
    if (!step) return undefined;
    data = { ...step(data), version: version + 1 };
    version++;
  }
  return version === target ? data : undefined;
}

export interface Normalized {
  settings: Settings;
  /** Set when stored data was unusable and defaults (or parts of them) were used instead. */
  notice?: string;
}

const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

/** Turn whatever is stored into valid current settings. Never throws. */
export function normalizeSettings(raw: unknown): Normalized {
  if (raw === undefined || raw === null) return { settings: { ...DEFAULT_SETTINGS } };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: { ...DEFAULT_SETTINGS }, notice: 'Your saved settings could not be read, so the defaults are in use.' };
  const r = migrate(raw as Record<string, unknown>);
  if (!r) return { settings: { ...DEFAULT_SETTINGS }, notice: `Saved settings are from an unknown version (${String((raw as { version?: unknown }).version)}), so the defaults are in use.` };
  let notice: string | undefined;
  const pack = r.pack === 'standard' || r.pack === 'strict' || r.pack === 'custom' ? r.pack : ((notice = 'The saved rule pack was not valid; Standard is in use.'), 'standard');
  const rules: Settings['rules'] = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, level] of Object.entries(r.rules as Record<string, unknown>)) {
      if (level === 'off' || (SEVERITIES as readonly unknown[]).includes(level)) rules[id] = level as 'off' | Severity;
    }
  }
  const uiLanguage = r.uiLanguage === 'en' || r.uiLanguage === 'et' ? r.uiLanguage : 'auto';
  return {
    settings: { version: SETTINGS_VERSION, pack, disabledSites: strings(r.disabledSites), extraSites: strings(r.extraSites), rules, ignoredPhrases: strings(r.ignoredPhrases), uiLanguage },
    notice,
  };
}

/** Whether the coach runs on a host: the user's switch and an administrator's list both count. */
export function siteEnabled(settings: Settings, host: string, managedDisabled: readonly string[] = []): boolean {
  return !settings.disabledSites.includes(host) && !managedDisabled.includes(host);
}

// Settings: their shape, defaults, and migrations from every earlier stored version. Pure, so the
// same code is tested in Node and runs in the extension.
import type { Severity } from '../engine/types';
import { SEVERITIES } from '../engine/types';

export const SETTINGS_VERSION = 2;
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

/** Version 1 (first release): a boolean "strict" and a list of muted rule ids. */
export interface SettingsV1 {
  version: 1;
  strict: boolean;
  disabledSites: string[];
  mutedRules: string[];
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
  const r = raw as Record<string, unknown>;
  if (r.version === 1) return normalizeSettings(migrateV1(r as unknown as SettingsV1));
  if (r.version !== SETTINGS_VERSION) return { settings: { ...DEFAULT_SETTINGS }, notice: `Saved settings are from an unknown version (${String(r.version)}), so the defaults are in use.` };
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

export function migrateV1(v1: SettingsV1): Settings {
  const rules: Settings['rules'] = {};
  for (const id of strings(v1.mutedRules)) rules[id] = 'off';
  return { ...DEFAULT_SETTINGS, pack: v1.strict ? 'strict' : 'standard', disabledSites: strings(v1.disabledSites), rules };
}

/** Whether the coach runs on a host: the user's switch and an administrator's list both count. */
export function siteEnabled(settings: Settings, host: string, managedDisabled: readonly string[] = []): boolean {
  return !settings.disabledSites.includes(host) && !managedDisabled.includes(host);
}

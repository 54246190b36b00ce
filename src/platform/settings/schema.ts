// Settings: their shape (one valibot schema), defaults, and how stored data that is damaged or from
// another version is read. Pure, so the same code is tested in Node and runs in the extension; the
// storage item and its migrations are in store.ts.
import * as v from 'valibot';
import { t } from '../../i18n';

/** The stored format's version (WXT keeps it beside the value). Raise it with a migration in store.ts. */
export const SETTINGS_VERSION = 2;

const Level = v.picklist(['off', 'info', 'warning', 'error']);

/** Every field and what a valid value is. */
const FIELDS = {
  pack: v.picklist(['standard', 'strict', 'custom']),
  /** Hosts where the coach is switched off. */
  disabledSites: v.array(v.string()),
  /** Extra hosts the user turned the coach on for (with a runtime host permission). */
  extraSites: v.array(v.string()),
  /** Per-rule overrides on top of the pack: "off" or a severity. */
  rules: v.record(v.string(), Level),
  /** Phrases never to flag. */
  ignoredPhrases: v.array(v.string()),
  uiLanguage: v.picklist(['auto', 'en', 'et']),
};

export const SettingsSchema = v.object(FIELDS);
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type PackChoice = Settings['pack'];
export type UiLanguage = Settings['uiLanguage'];

export const DEFAULT_SETTINGS: Settings = {
  pack: 'standard',
  disabledSites: [],
  extraSites: [],
  rules: {},
  ignoredPhrases: [],
  uiLanguage: 'auto',
};

// Reading damaged data keeps what is valid: the good entries of a list or of the rule overrides, and the
// default for any other field that is wrong.
const goodStrings = v.pipe(
  v.array(v.unknown()),
  v.transform((list) => list.filter((x): x is string => typeof x === 'string')),
);
const goodLevels = v.pipe(
  v.record(v.string(), v.unknown()),
  v.transform((rules) => Object.fromEntries(Object.entries(rules).filter(([, level]) => v.is(Level, level))) as Settings['rules']),
);
const LenientSchema = v.object({
  pack: v.fallback(FIELDS.pack, DEFAULT_SETTINGS.pack),
  disabledSites: v.fallback(goodStrings, []),
  extraSites: v.fallback(goodStrings, []),
  rules: v.fallback(goodLevels, {}),
  ignoredPhrases: v.fallback(goodStrings, []),
  uiLanguage: v.fallback(FIELDS.uiLanguage, DEFAULT_SETTINGS.uiLanguage),
});

export interface Normalized {
  settings: Settings;
  /** Set when stored data was unusable and defaults (or parts of them) were used instead. */
  notice?: string;
}

/**
 * Turn whatever is stored into valid current settings, never throwing. `storedVersion` is the
 * version the data was written with: one from a newer extension is not guessed at.
 */
export function normalizeSettings(raw: unknown, storedVersion = SETTINGS_VERSION): Normalized {
  if (raw === undefined || raw === null) return { settings: { ...DEFAULT_SETTINGS } };
  if (storedVersion > SETTINGS_VERSION) return { settings: { ...DEFAULT_SETTINGS }, notice: t('settingsNewer', storedVersion) };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings: { ...DEFAULT_SETTINGS }, notice: t('settingsUnreadable') };
  // Fields a release added since the data was written take their defaults silently.
  const data = { ...DEFAULT_SETTINGS, ...raw };
  const strict = v.safeParse(SettingsSchema, data);
  if (strict.success) return { settings: strict.output };
  const fields = [...new Set(strict.issues.map((i) => String(i.path?.[0]?.key)))];
  return { settings: v.parse(LenientSchema, data), notice: t('settingsReplaced', fields.join(', ')) };
}

/** Whether the coach runs on a host: the user's switch and an administrator's list both count. */
export function siteEnabled(settings: Settings, host: string, managedDisabled: readonly string[] = []): boolean {
  return !settings.disabledSites.includes(host) && !managedDisabled.includes(host);
}

// Interface text. Every string the user sees comes from a catalogue; the language follows the
// browser unless the options page overrides it.
import { en, type MessageKey } from './en';
import { formatMessage } from './format';
import { et } from './et';

export type UiLocale = 'en' | 'et';
const catalogues: Record<UiLocale, Record<MessageKey, string>> = { en, et };
let current: UiLocale = 'en';

export function pickLocale(choice: 'auto' | UiLocale | undefined, browserLanguage: string): UiLocale {
  if (choice === 'en' || choice === 'et') return choice;
  return browserLanguage.toLowerCase().startsWith('et') ? 'et' : 'en';
}

export function setLocale(locale: UiLocale): void {
  current = locale;
}

/** The interface language now in use. */
export function currentLocale(): UiLocale {
  return current;
}

/** The text for a key; {0}, {1} … are the arguments, `{0, plural, one {…} other {…}}` picks the plural form. */
export function t(key: MessageKey, ...args: Array<string | number>): string {
  return textIn(current, key, ...args);
}

/** t() in a given language rather than the page's (a pack's errors, in the language of whoever asked; English when unknown). */
export function textIn(locale: string | undefined, key: MessageKey, ...args: Array<string | number>): string {
  const l: UiLocale = locale === 'et' ? 'et' : 'en';
  const s = catalogues[l][key] ?? en[key];
  return args.length ? formatMessage(s, Object.fromEntries(args.map((a, i) => [i, a])), l) : s;
}

export type { MessageKey };

/** A severity (or a rule switched off) in the interface language. */
export function severityWord(severity: 'off' | 'info' | 'warning' | 'error'): string {
  return t(severity === 'off' ? 'severityOff' : severity === 'error' ? 'severityError' : severity === 'warning' ? 'severityWarning' : 'severityInfo');
}

// The interface language: the options override, else the browser's. One function for every context
// (extension pages, content script, background), so they always agree.
import { browser } from 'wxt/browser';
import { pickLocale, setLocale, type UiLocale } from '../i18n';
import { loadSettings } from './settings/store';

export async function resolveLocale(): Promise<UiLocale> {
  const { settings } = await loadSettings();
  const lang = browser.i18n?.getUILanguage?.() ?? (typeof navigator === 'undefined' ? 'en' : navigator.language);
  return pickLocale(settings.uiLanguage, lang);
}

/** For extension pages and the content script: set the locale for t() and the page's lang. */
export async function initLocale(): Promise<UiLocale> {
  const locale = await resolveLocale();
  setLocale(locale);
  if (typeof document !== 'undefined' && document.documentElement && location.protocol.endsWith('-extension:')) document.documentElement.lang = locale;
  return locale;
}

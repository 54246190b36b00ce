// Pick the interface language for an extension page: the options override, else the browser's.
import { browser } from 'wxt/browser';
import { pickLocale, setLocale } from '../i18n';
import { loadSettings } from '../settings/store';

export async function initLocale(): Promise<void> {
  const { settings } = await loadSettings();
  const lang = browser.i18n?.getUILanguage?.() ?? navigator.language;
  const locale = pickLocale(settings.uiLanguage, lang);
  setLocale(locale);
  document.documentElement.lang = locale;
}

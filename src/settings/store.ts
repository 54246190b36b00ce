// Where settings live: small settings in storage.sync (they follow the user), a custom pack in
// storage.local (it can be large), and an administrator's policy in storage.managed.
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normalizeSettings, type Normalized, type Settings } from './schema';
import type { Managed } from './effective';


export const settingsItem = storage.defineItem<unknown>('sync:settings', { fallback: DEFAULT_SETTINGS });
export const customPackItem = storage.defineItem<unknown>('local:customPack', { fallback: null });

export async function loadSettings(): Promise<Normalized> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, notice: 'Your saved settings could not be read, so the defaults are in use.' };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change((await loadSettings()).settings);
  await saveSettings(next);
  return next;
}

export async function loadManaged(): Promise<Managed> {
  try {
    const area = browser.storage.managed;
    if (!area) return {};
    const data = (await area.get(['pack', 'disabledSites'])) as Managed & { pack?: unknown };
    let pack = data.pack;
    if (typeof pack === 'string') {
      try {
        pack = JSON.parse(pack);
      } catch {
        pack = undefined;
      }
    }
    return { pack, disabledSites: Array.isArray(data.disabledSites) ? data.disabledSites : undefined };
  } catch {
    // No policy is set (or the browser has no managed storage): nothing is managed.
    return {};
  }
}

export function onSettingsChanged(callback: () => void): () => void {
  const a = settingsItem.watch(callback);
  const b = customPackItem.watch(callback);
  return () => {
    a();
    b();
  };
}

/** The per-site switch. The content script on that site follows the change at once. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  await updateSettings((s) => ({ ...s, disabledSites: enabled ? s.disabledSites.filter((h) => h !== host) : [...new Set([...s.disabledSites, host])] }));
}

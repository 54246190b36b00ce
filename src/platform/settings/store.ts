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

/** Policy settings; with `waitMs`, gives up after that long and answers "nothing managed". */
export async function loadManaged(waitMs?: number): Promise<Managed> {
  if (waitMs !== undefined) return Promise.race([loadManaged(), new Promise<Managed>((ok) => setTimeout(() => ok({}), waitMs))]);
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

/** Calls back whenever the settings or the custom pack change, until `signal` aborts. */
export function onSettingsChanged(callback: () => void, signal?: AbortSignal): void {
  const offs = [settingsItem.watch(callback), customPackItem.watch(callback)];
  signal?.addEventListener('abort', () => offs.forEach((off) => off()), { once: true });
}

/** The per-site switch. The content script on that site follows the change at once. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  await updateSettings((s) => ({ ...s, disabledSites: enabled ? s.disabledSites.filter((h) => h !== host) : [...new Set([...s.disabledSites, host])] }));
}

/**
 * Policy settings, without ever waiting for them: the browser can take seconds to answer
 * storage.managed the first time (seen: 3 s in a fresh profile). Callers start with what is known
 * (nothing managed) and are called again when the policy arrives or changes.
 */
export function watchManaged(onChange: (managed: Managed) => void, signal?: AbortSignal): void {
  void loadManaged().then((m) => {
    if (!signal?.aborted && (m.pack !== undefined || m.disabledSites?.length)) onChange(m);
  });
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadManaged().then((m) => !signal?.aborted && onChange(m));
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

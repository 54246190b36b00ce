// Where settings live: small settings in storage.sync (they follow the user), a custom pack in
// storage.local (it can be large), and an administrator's policy in storage.managed.
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_VERSION, type Normalized, type Settings } from './schema';
import type { Managed } from './effective';
import { t } from '../../i18n';

/**
 * How each earlier stored format becomes the next: MIGRATIONS[n] turns version n - 1 into n. WXT runs
 * them once, when the extension first reads the item after an update. A migration must accept
 * anything (the data may be damaged); loadSettings validates what comes out.
 */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // Version 1 kept its version number inside the value; WXT keeps it beside the value now.
  2: (old) => {
    if (!old || typeof old !== 'object' || Array.isArray(old)) return old;
    const { version: _version, ...rest } = old as Record<string, unknown>;
    return rest;
  },
};

export const settingsItem = storage.defineItem<unknown, { v?: number }>('sync:settings', { fallback: DEFAULT_SETTINGS, version: SETTINGS_VERSION, migrations: MIGRATIONS });
export const customPackItem = storage.defineItem<unknown>('local:customPack', { fallback: null });

/** The settings in use: stored ones checked against the schema, defaults with a notice when unusable. */
export async function loadSettings(): Promise<Normalized> {
  try {
    const [value, meta] = await Promise.all([settingsItem.getValue(), settingsItem.getMeta()]);
    return normalizeSettings(value, typeof meta?.v === 'number' ? meta.v : SETTINGS_VERSION);
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, notice: t('settingsUnreadable') };
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

// What the options page reads and writes; a small interface so the page can be tested without a browser.
import { customPackItem, loadManaged, loadSettings, saveSettings } from '../../platform/settings/store';
import type { Managed } from '../../platform/settings/effective';
import type { Settings } from '../../platform/settings/schema';
import type { PackJson } from '../../engine/packs';

export interface OptionsStore {
  load(): Promise<{ settings: Settings; notice?: string; custom: PackJson | null; managed: Managed }>;
  save(settings: Settings): Promise<void>;
  saveCustomPack(pack: PackJson): Promise<void>;
  download(name: string, text: string): void;
}

export const browserOptionsStore: OptionsStore = {
  async load() {
    const [{ settings, notice }, custom, managed] = await Promise.all([loadSettings(), customPackItem.getValue(), loadManaged()]);
    return { settings, notice, custom: (custom as PackJson | null) ?? null, managed };
  },
  save: saveSettings,
  async saveCustomPack(pack) {
    await customPackItem.setValue(pack);
  },
  download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
};

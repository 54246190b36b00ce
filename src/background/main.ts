// The background worker: runs the engine for every tab (off the pages' main threads), keeps the
// effective rule pack in step with the settings, and opens the side panel.
import { browser } from 'wxt/browser';
import { analyze } from '../engine';
import type { ResolvedPack } from '../engine/packs';
import { listen, type BackgroundProtocol } from '../platform/messages';
import { effectivePack } from '../platform/settings/effective';
import { customPackItem, loadSettings, onSettingsChanged, watchManaged } from '../platform/settings/store';
import type { Managed } from '../platform/settings/effective';
import { restoreSites } from '../platform/settings/custom-sites';
import { openPanel } from '../platform/panel';
import { resolveLocale } from '../platform/locale';
import type { UiLocale } from '../i18n';

let pack: Promise<ResolvedPack> | undefined;
let managed: Managed = {};
let locale: Promise<UiLocale> | undefined;

async function computePack(): Promise<ResolvedPack> {
  const [{ settings }, custom] = await Promise.all([loadSettings(), customPackItem.getValue()]);
  return effectivePack(settings, custom, managed).pack;
}

function currentPack(): Promise<ResolvedPack> {
  pack ??= computePack();
  return pack;
}

export function startBackground(): void {
  onSettingsChanged(() => {
    pack = undefined;
    locale = undefined;
  });
  watchManaged((m) => {
    managed = m;
    pack = undefined;
  });
  void loadSettings().then(({ settings }) => restoreSites(settings.extraSites));

  // The toolbar button opens the popup; the side panel opens from there or from a card's "Open coach".
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

  listen<BackgroundProtocol>({
    // Messages in the interface language (a rule without that translation keeps its own).
    analyze: async ({ input }) => {
      const [p, l] = await Promise.all([currentPack(), (locale ??= resolveLocale())]);
      return analyze(input, p, { locale: l });
    },
    'open-panel': async (_msg, sender) => {
      await openPanel(sender.tab?.id, sender.tab?.windowId);
      return { ok: true };
    },
  });
}

// The background worker: runs the engine for every tab (off the pages' main threads), keeps the
// effective rule pack in step with the settings, and opens the side panel.
import { browser } from 'wxt/browser';
import { analyze } from '../engine';
import type { ResolvedPack } from '../engine/packs';
import type { ToBackground } from '../messages';
import { effectivePack } from '../settings/effective';
import { customPackItem, loadSettings, onSettingsChanged, watchManaged } from '../settings/store';
import type { Managed } from '../settings/effective';
import { restoreSites } from '../settings/custom-sites';
import { openPanel } from './panel';
import { resolveLocale } from '../ui/locale';
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

  browser.runtime.onMessage.addListener(((msg: ToBackground, sender: { tab?: { id?: number; windowId?: number } }, respond: (r: unknown) => void) => {
    if (msg?.type === 'analyze') {
      // Messages in the interface language (a rule without that translation keeps its own).
      Promise.all([currentPack(), (locale ??= resolveLocale())])
        .then(([p, l]) => respond(analyze(msg.input, p, { locale: l })))
        .catch((e) => respond({ error: String(e?.message ?? e) }));
      return true;
    }
    if (msg?.type === 'open-panel') {
      void openPanel(sender.tab?.id, sender.tab?.windowId).then(() => respond({ ok: true }));
      return true;
    }
    return false;
  }) as never);
}

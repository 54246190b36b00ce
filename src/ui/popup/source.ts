import { browser } from 'wxt/browser';
import { sendToTab, type PageState } from '../../platform/messages';
import { MAIL_HOSTS } from '../../sites';
import { loadManaged, loadSettings, setSiteEnabled, customPackItem } from '../../platform/settings/store';
import { useOnSite, stopOnSite } from '../../platform/settings/custom-sites';
import { openPanel } from '../../platform/panel';
import type { PopupSource } from './App';

/** The popup acts on the active tab, or on ?tabId=N (tests, and anyone opening it as a page). */
export function browserPopupSource(search: string): PopupSource {
  const bound = Number(new URLSearchParams(search).get('tabId')) || undefined;
  return {
    async current() {
      const tab = bound !== undefined ? await browser.tabs.get(bound) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      const tabId = tab?.id;
      let page: PageState | undefined;
      if (tabId !== undefined) page = await sendToTab(tabId, 'get-state', {}).catch(() => undefined);
      let host = page?.host;
      if (!host && tab?.url) {
        try {
          const u = new URL(tab.url);
          if (u.protocol === 'http:' || u.protocol === 'https:') host = u.hostname;
        } catch {
          host = undefined;
        }
      }
      // The popup must open at once; the content script enforces a policy it has not seen yet.
      const [{ settings }, managed] = await Promise.all([loadSettings(), loadManaged(400)]);
      return {
        tabId,
        host,
        page,
        known: !!host && MAIL_HOSTS.includes(host),
        extra: !!host && settings.extraSites.includes(host),
        managedOff: !!host && (managed.disabledSites ?? []).includes(host),
      };
    },
    async packName() {
      const [{ settings }, managed, custom] = await Promise.all([loadSettings(), loadManaged(400), customPackItem.getValue()]);
      const name = (p: unknown) => (p && typeof p === 'object' && typeof (p as { name?: unknown }).name === 'string' ? (p as { name: string }).name : undefined);
      return name(managed.pack) ?? (settings.pack === 'custom' ? (name(custom) ?? 'custom') : settings.pack);
    },
    setEnabled: setSiteEnabled,
    async pause(tabId, paused) {
      // The draft last written in, which may live in a subframe: its frame alone answers.
      const page = await sendToTab(tabId, 'get-state', {}).catch(() => undefined);
      await sendToTab(tabId, 'pause', { paused, composeId: page?.current });
    },
    copy: (text) => navigator.clipboard.writeText(text),
    async openPanel(tabId) {
      await openPanel(tabId);
      window.close();
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    useHere: useOnSite,
    removeHere: stopOnSite,
  };
}

// Opening the side panel: one way for the popup, the card's "Open coach" and the background.
import { browser } from 'wxt/browser';

/** Open the side panel for a tab (Chrome), the sidebar (Firefox), or the panel page in a tab as a last resort. */
export async function openPanel(tabId: number | undefined, windowId: number | undefined): Promise<void> {
  const b = browser as unknown as {
    sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void>; setOptions(o: object): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  try {
    if (b.sidePanel && tabId !== undefined) {
      await b.sidePanel.setOptions({ tabId, path: `sidepanel.html?tabId=${tabId}`, enabled: true });
      await b.sidePanel.open({ tabId, windowId });
      return;
    }
    if (b.sidebarAction) {
      await b.sidebarAction.open();
      return;
    }
  } catch {
    // Opening needs a user gesture the browser may not have passed on: fall back to a tab.
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html${tabId !== undefined ? `?tabId=${tabId}` : ''}` as '/sidepanel.html') });
}

// Opening the side panel: one way for the popup, the card's "Open coach" and the background.
import { browser } from 'wxt/browser';

interface PanelApis {
  /** Chrome's side panel: one per tab. */
  sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void>; setOptions(o: object): Promise<void> };
  /** Firefox's sidebar: one per window, with a panel page per tab. */
  sidebarAction?: { open(): Promise<void>; setPanel(o: { tabId?: number; panel: string }): Promise<void> };
}

/** A call that may throw instead of rejecting, as a promise. */
function attempt(call: () => Promise<void>): Promise<void> {
  try {
    return call();
  } catch (e) {
    return Promise.reject(e);
  }
}

const panelPath = (tabId: number | undefined) => `sidepanel.html${tabId !== undefined ? `?tabId=${tabId}` : ''}`;

/**
 * Open the side panel bound to a tab (Chrome), the sidebar showing that tab (Firefox), or the panel
 * page in a tab as a last resort. Call it straight from the click handler: both browsers open
 * panels only while handling the user's click, and lose the click at the handler's first await.
 */
export function openPanel(tabId: number | undefined, windowId?: number): Promise<void> {
  const b = browser as unknown as PanelApis;
  let opened: Promise<void>;
  if (b.sidebarAction) {
    // No await before open(): Firefox forgets the click at the first one.
    if (tabId !== undefined) void b.sidebarAction.setPanel({ tabId, panel: panelPath(tabId) }).catch(() => undefined);
    opened = attempt(() => b.sidebarAction!.open());
  } else if (b.sidePanel && tabId !== undefined) {
    // Chrome runs the calls in order: the tab has its panel page by the time open() runs.
    void b.sidePanel.setOptions({ tabId, path: panelPath(tabId), enabled: true }).catch(() => undefined);
    opened = attempt(() => b.sidePanel!.open({ tabId, windowId }));
  } else {
    opened = Promise.reject(new Error('no side panel'));
  }
  // The browser refused (no click it could see, e.g. a message from a page): open a tab instead.
  return opened.catch(async () => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/${panelPath(tabId)}` as '/sidepanel.html') });
  });
}

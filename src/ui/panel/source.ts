// Where the side panel gets its data: the content script of the mail tab it is bound to.
import { browser } from 'wxt/browser';
import type { ApplyResult, Broadcast, PageState, ToBackground, ToContent } from '../../messages';
import type { Edit } from '../../core/types';

export interface PanelSource {
  /** The tab the panel follows: ?tabId=N, or the active tab (then it follows tab switches). */
  tabId(): Promise<number | undefined>;
  getState(tabId: number): Promise<PageState | undefined>;
  /** Called with fresh state whenever the tab's drafts change; returns an unsubscribe. */
  subscribe(tabId: number | undefined, onState: (tabId: number, state: PageState) => void, onTab: () => void): () => void;
  apply(tabId: number, composeId: string, edits: Edit[], expected: string): Promise<ApplyResult>;
  ignore(tabId: number, composeId: string, key: string): Promise<void>;
  enableSite(host: string): Promise<void>;
  /** "Never for this rule": switches the rule off in the settings (undo there). */
  muteRule(ruleId: string): Promise<void>;
  copy(text: string): Promise<void>;
}

const send = <T,>(tabId: number, msg: ToContent) => browser.tabs.sendMessage(tabId, msg) as Promise<T>;

export function browserSource(search: string, enableSite: (host: string) => Promise<void>, muteRule: (ruleId: string) => Promise<void>): PanelSource {
  const bound = Number(new URLSearchParams(search).get('tabId')) || undefined;
  return {
    async tabId() {
      if (bound) return bound;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    async getState(tabId) {
      try {
        return await send<PageState>(tabId, { type: 'get-state' });
      } catch {
        // No content script answers: not a mail site (or not one the coach runs on).
        return undefined;
      }
    },
    subscribe(tabId, onState, onTab) {
      const onMessage = (msg: Broadcast, sender: { tab?: { id?: number } }) => {
        if (msg?.type === 'state-changed' && sender.tab?.id !== undefined && (tabId === undefined || sender.tab.id === tabId)) onState(sender.tab.id, msg.state);
      };
      browser.runtime.onMessage.addListener(onMessage as never);
      const onActivated = () => onTab();
      if (!bound) browser.tabs.onActivated.addListener(onActivated);
      return () => {
        browser.runtime.onMessage.removeListener(onMessage as never);
        if (!bound) browser.tabs.onActivated.removeListener(onActivated);
      };
    },
    apply: (tabId, composeId, edits, expected) => send<ApplyResult>(tabId, { type: 'apply', composeId, edits, expected }),
    async ignore(tabId, composeId, key) {
      await send(tabId, { type: 'ignore', composeId, key });
    },
    enableSite,
    muteRule,
    copy: (text) => navigator.clipboard.writeText(text),
  };
}

export function openPanelFor(): Promise<unknown> {
  return browser.runtime.sendMessage({ type: 'open-panel' } satisfies ToBackground);
}

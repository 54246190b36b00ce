// Where the side panel gets its data: the content script of the mail tab it is bound to.
import { browser } from 'wxt/browser';
import { listen, sendToTab, type ApplyResult, type BroadcastProtocol, type PageState } from '../../platform/messages';
import type { Edit } from '../../core/types';
import type { Audience } from '../../engine/audience';

export interface PanelSource {
  /** The tab the panel follows: ?tabId=N, or the active tab (then it follows tab switches). */
  tabId(): Promise<number | undefined>;
  getState(tabId: number): Promise<PageState | undefined>;
  /** Called with fresh state whenever the tab's drafts change; returns an unsubscribe. */
  subscribe(tabId: number | undefined, onState: (tabId: number, state: PageState) => void, onTab: () => void): () => void;
  apply(tabId: number, composeId: string, edits: Edit[], expected: string): Promise<ApplyResult>;
  ignore(tabId: number, composeId: string, key: string): Promise<void>;
  /** The audience for this email only (undefined: from the recipients again). */
  setAudience(tabId: number, composeId: string, audience: Audience | undefined): Promise<void>;
  enableSite(host: string): Promise<void>;
  /** "Never for this rule": switches the rule off in the settings (undo there). */
  muteRule(ruleId: string): Promise<void>;
  /** "Never flag this phrase": the finding's words join the never-flag list in the settings. */
  neverFlag?(phrase: string): Promise<void>;
  copy(text: string): Promise<void>;
}

export function browserSource(search: string, enableSite: (host: string) => Promise<void>, muteRule: (ruleId: string) => Promise<void>, neverFlag?: (phrase: string) => Promise<void>): PanelSource {
  const bound = Number(new URLSearchParams(search).get('tabId')) || undefined;
  return {
    async tabId() {
      if (bound) return bound;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    async getState(tabId) {
      try {
        return await sendToTab(tabId, 'get-state', {});
      } catch {
        // No content script answers: not a mail site (or not one the coach runs on).
        return undefined;
      }
    },
    subscribe(tabId, onState, onTab) {
      const stop = new AbortController();
      listen<BroadcastProtocol>(
        {
          'state-changed': ({ state }, sender) => {
            if (sender.tab?.id !== undefined && (tabId === undefined || sender.tab.id === tabId)) onState(sender.tab.id, state);
          },
        },
        stop.signal,
      );
      const onActivated = () => onTab();
      if (!bound) browser.tabs.onActivated.addListener(onActivated);
      return () => {
        stop.abort();
        if (!bound) browser.tabs.onActivated.removeListener(onActivated);
      };
    },
    apply: (tabId, composeId, edits, expected) => sendToTab(tabId, 'apply', { composeId, edits, expected }),
    async ignore(tabId, composeId, key) {
      await sendToTab(tabId, 'ignore', { composeId, key });
    },
    async setAudience(tabId, composeId, audience) {
      await sendToTab(tabId, 'set-audience', { composeId, audience });
    },
    enableSite,
    muteRule,
    neverFlag,
    copy: (text) => navigator.clipboard.writeText(text),
  };
}

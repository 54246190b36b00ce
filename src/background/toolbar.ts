// The toolbar button's badge: the number of warnings in the email being written in that tab,
// cleared when the tab has no compose (or the coach is off or paused there).
import { browser } from 'wxt/browser';
import { warningCount, type PageState } from '../platform/messages';
import { t } from '../i18n';

interface ActionApi {
  setBadgeText(o: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(o: { tabId?: number; color: string }): Promise<void>;
  setTitle(o: { tabId?: number; title: string }): Promise<void>;
}

// MV3 (Chrome) has `action`, Firefox's MV2 build `browserAction`: the same calls.
const action = (): ActionApi | undefined => (browser as unknown as { action?: ActionApi; browserAction?: ActionApi }).action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction;

/** The count for a tab's state: the focused compose's warnings (else the last one's), or nothing. */
export function badgeCount(state: PageState): number | undefined {
  const compose = state.composes.find((c) => c.focused) ?? state.composes.at(-1);
  if (!state.enabled || state.paused || !compose) return undefined;
  return warningCount(compose.report.findings, compose.ignored);
}

export async function showBadge(tabId: number | undefined, state: PageState): Promise<void> {
  const api = action();
  if (!api || tabId === undefined) return;
  const n = badgeCount(state);
  await api.setBadgeText({ tabId, text: n ? String(n) : '' });
  if (n) {
    await api.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' });
    await api.setTitle({ tabId, title: t('badgeTitle', n) });
  } else await api.setTitle({ tabId, title: t('appName') });
}

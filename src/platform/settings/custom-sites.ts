// Sites other than the known mail hosts: the user grants one host at a time at run time, and the
// content script is registered for it then, so the extension never asks for all sites up front.
import { browser } from 'wxt/browser';
import { updateSettings } from './store';

const scriptId = (host: string) => `tone-coach-${host}`;
const origin = (host: string) => `*://${host}/*`;

export async function useOnSite(host: string, tabId?: number): Promise<boolean> {
  // Must run in the click handler: the browser asks the user for this one host.
  const granted = await browser.permissions.request({ origins: [origin(host)] });
  if (!granted) return false;
  await register(host);
  await updateSettings((s) => ({ ...s, extraSites: [...new Set([...s.extraSites, host])], disabledSites: s.disabledSites.filter((h) => h !== host) }));
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/content.js'] }).catch(() => undefined);
  return true;
}

export async function stopOnSite(host: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [origin(host)] }).catch(() => undefined);
  await updateSettings((s) => ({ ...s, extraSites: s.extraSites.filter((h) => h !== host) }));
}

async function register(host: string): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [scriptId(host)] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([{ id: scriptId(host), matches: [origin(host)], js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true, allFrames: true, matchOriginAsFallback: true }]);
}

/** Re-register after an update or browser restart, for hosts that still have their permission. */
export async function restoreSites(hosts: readonly string[]): Promise<void> {
  for (const host of hosts) {
    if (await browser.permissions.contains({ origins: [origin(host)] })) await register(host).catch(() => undefined);
  }
}

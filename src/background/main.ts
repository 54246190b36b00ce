// The background worker: runs the engine for every tab (off the pages' main threads), keeps the
// effective rule pack in step with the settings, and opens the side panel.
import { browser } from 'wxt/browser';
import { analyzeAsync } from '../engine';
import type { ResolvedPack } from '../engine/packs';
import { COACH_COMMANDS, listen, sendToTab, type BackgroundProtocol, type BroadcastProtocol, type CoachCommand } from '../platform/messages';
import { ignoredIn, rememberIgnored } from '../platform/settings/ignored';
import { showBadge } from './toolbar';
import { effectivePackFor } from '../platform/settings/effective';
import { forNewContact, type Audience } from '../engine/audience';
import { audienceItem } from '../platform/settings/audience';
import { choiceFor, cleanAddresses, resolveAudience } from './audience';
import { addRecord } from '../platform/settings/records';
import { rememberContacts } from '../platform/settings/contacts';
import { customPackItem, loadSettings, onSettingsChanged, watchManaged } from '../platform/settings/store';
import type { Managed } from '../platform/settings/effective';
import { restoreSites } from '../platform/settings/custom-sites';
import { openPanel } from '../platform/panel';
import { resolveLocale } from '../platform/locale';
import type { UiLocale } from '../i18n';

/** Resolved packs by audience and new-contact flag; dropped whenever a setting changes. */
const packs = new Map<string, Promise<ResolvedPack>>();
let managed: Managed = {};
let locale: Promise<UiLocale> | undefined;

async function computePack(audience: Audience, newContact: boolean): Promise<ResolvedPack> {
  const [{ settings }, custom, choice] = await Promise.all([loadSettings(), customPackItem.getValue(), choiceFor(audience, managed)]);
  const pack = effectivePackFor(choice, settings, custom, managed).pack;
  return newContact ? forNewContact(pack) : pack;
}

/** The pack for an email; with no audience known, the one chosen in the settings. */
function currentPack(context?: { audience: Audience; newContact: boolean }): Promise<ResolvedPack> {
  const key = `${context?.audience ?? 'unknown'}|${context?.newContact ?? false}`;
  let p = packs.get(key);
  if (!p) packs.set(key, (p = computePack(context?.audience ?? 'unknown', context?.newContact ?? false)));
  return p;
}

export function startBackground(): void {
  onSettingsChanged(() => {
    packs.clear();
    locale = undefined;
  });
  audienceItem.watch(() => packs.clear());
  watchManaged((m) => {
    managed = m;
    packs.clear();
  });
  void loadSettings().then(({ settings }) => restoreSites(settings.extraSites));

  // The toolbar button opens the popup; the side panel opens from there or from a card's "Open coach".
  (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);

  listen<BackgroundProtocol>({
    // Messages in the interface language the asking page shows (a rule without that translation keeps
    // its own). The page says which: a worker's own browser.i18n.getUILanguage() can differ from the
    // page's (headless Chromium answers en-US in the worker, et in the page), and the card's message
    // must be in the same language as its buttons.
    analyze: async ({ input, audience, locale: asked }) => {
      const [p, l] = await Promise.all([currentPack(audience), asked ?? (locale ??= resolveLocale())]);
      return analyzeAsync(input, p, { locale: l });
    },
    audience: ({ recipients }) => resolveAudience(recipients, managed),
    // Starting the worker is the slow part of a cold check; the settings read and a first small check
    // (one that loads the libraries a check may need) happen here, while the user is still typing.
    warm: async () => {
      const [p, l] = await Promise.all([currentPack(), (locale ??= resolveLocale())]);
      await analyzeAsync({ body: 'Hi Sam,\n\nyou are always late.' }, p, { locale: l });
    },
    'open-panel': async (_msg, sender) => {
      await openPanel(sender.tab?.id, sender.tab?.windowId);
      return { ok: true };
    },
    // An editor inside an iframe (Outlook Web App's designMode body): its frame reports here, and the
    // tab's top frame, which alone answers the popup and the side panel, gets it.
    'frame-state': ({ state }, sender) => {
      if (sender.tab?.id !== undefined && sender.frameId) void sendToTab(sender.tab.id, 'frame-state', { frameId: sender.frameId, state }, { frameId: 0 }).catch(() => undefined);
    },
    'run-command': ({ command, tabId }) => runCommand(command, tabId),
    record: async ({ record, recipients }) => {
      await Promise.all([addRecord(record), rememberContacts(cleanAddresses(recipients))]);
      return { ok: true };
    },
    'ignored-get': ({ email }) => ignoredIn(email),
    'ignored-add': async ({ email, key }) => {
      await rememberIgnored(email, key);
      return { ok: true };
    },
  });
  listen<BroadcastProtocol>({ 'state-changed': ({ state }, sender) => showBadge(sender.tab?.id, state) });

  // The first-run page, once, when the extension is installed (not on updates).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // Keyboard shortcuts (manifest "commands"; the user can change them in the browser's shortcut settings).
  const commands = (browser as unknown as { commands?: { onCommand: { addListener(f: (command: string, tab?: { id?: number }) => void): void } } }).commands;
  commands?.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
}

/** One path for a keyboard command, whether the browser or an extension page delivers it. */
async function runCommand(command: string, tabId?: number): Promise<{ ok: boolean }> {
  const tab = tabId !== undefined ? await browser.tabs.get(tabId) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (!tab?.id) return { ok: false };
  if (command === 'open-coach') {
    await openPanel(tab.id, tab.windowId);
    return { ok: true };
  }
  if (!COACH_COMMANDS.includes(command)) return { ok: false };
  return sendToTab(tab.id, 'command', { command: command as CoachCommand }).catch(() => ({ ok: false }));
}

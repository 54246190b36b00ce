// The content script's core: finds compose editors as they come and go (mail sites are single-page
// apps), keeps one session per editor, follows the per-site switch, and answers the side panel.
import type { Report } from '../core/types';
import { browser } from 'wxt/browser';
import { broadcast, findingKey, listen, sendToBackground, type ApplyResult, type AudienceView, type ComposeState, type ContentProtocol, type PageState, type RecipientsInput, type Unreadable } from '../platform/messages';
import type { Audience } from '../engine/audience';
import { audienceItem } from '../platform/settings/audience';
import { loadSettings, onSettingsChanged, updateSettings, watchManaged } from '../platform/settings/store';
import type { Managed } from '../platform/settings/effective';
import { siteEnabled } from '../platform/settings/schema';
import { adapterFor } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { ComposeSession } from './compose';
import { pageReport } from './page-report';
import { initLocale } from '../platform/locale';
import { currentLocale } from '../i18n';
import { withPhrase } from '../platform/settings/never-flag';
import { makeRecord } from '../platform/records';

const hostOf = (origin: string) => {
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
};

/** The iframe element holding a same-origin subframe (null for the top frame or across origins). */
function frameElementOf(w: Window): Element | null {
  try {
    return w.frameElement;
  } catch {
    return null;
  }
}

const version = () => {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
};

export class Coach {
  private sessions = new Map<HTMLElement, ComposeSession>();
  private nextId = 1;
  private enabled = false;
  /** The compose the user last wrote in (its id; it may live in a subframe): "Pause for this email" applies to it. */
  private currentId: string | undefined;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private hoverFrame = 0;
  private pointer: { x: number; y: number } | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Aborted while the coach is switched off on this site; its listeners go with it. */
  private attached: AbortController | undefined;
  private managed: Managed = {};
  /** The page's host; an about:blank or srcdoc frame has none of its own and takes its origin's. */
  private readonly host = location.hostname || hostOf(self.origin);
  /**
   * The coach runs in every frame of a mail page (an editor can live in an iframe), but only the top
   * frame answers the popup and the side panel: subframes report to it through the background worker.
   */
  private readonly isTop = window === window.top;
  /** Compose ids are unique across the tab's frames, so a message about one reaches only its frame. */
  private readonly prefix = this.isTop ? 'compose' : `compose-${Math.random().toString(36).slice(2, 8)}`;
  /** The latest state of each subframe holding a compose (top frame only), by frame id. */
  private frames = new Map<number, PageState>();
  /** What the popup was last told about this frame's editors (sessions and the can't-read state). */
  private lastTold = '';

  /** `signal` aborts when the content script is invalidated (WXT's ctx.signal): everything is removed. */
  constructor(private readonly signal: AbortSignal) {}

  private get site(): SiteAdapter {
    return adapterFor(this.host, document, this.isTop ? null : frameElementOf(window));
  }

  async start(): Promise<void> {
    await initLocale().catch(() => undefined);
    const signal = this.signal;
    signal.addEventListener('abort', () => this.detach(), { once: true });
    listen<ContentProtocol>(
      {
        'get-state': () => this.state(),
        apply: ({ composeId, edits, expected }) => this.byId(composeId)?.apply(edits, expected) ?? { ok: false, error: 'That draft is no longer open.' },
        ignore: ({ composeId, key }) => {
          this.byId(composeId)?.ignore(key);
          return { ok: true };
        },
        pause: ({ paused, composeId }) => this.pause(paused, composeId),
        command: ({ command }) => this.target()?.command(command) ?? { ok: false },
        'set-audience': ({ composeId, audience }) => {
          this.byId(composeId)?.setAudience(audience);
          return { ok: true };
        },
        'frame-state': ({ frameId, state }) => this.frameState(frameId, state),
      },
      signal,
      // Only the frame that holds a compose answers about it; only the top frame answers for the page.
      (msg) => {
        if (msg.type === 'get-state' || msg.type === 'frame-state') return this.isTop;
        const id = 'composeId' in msg ? msg.composeId : undefined;
        if (id === undefined) return this.isTop;
        return !!this.byId(id) || (this.isTop && !this.inFrame(id));
      },
    );
    onSettingsChanged(() => void this.refreshSwitch(), signal);
    const offAudience = audienceItem.watch(() => this.sessions.forEach((s) => s.refreshAudience()));
    signal.addEventListener('abort', offAudience, { once: true });
    watchManaged((m) => {
      this.managed = m;
      void this.refreshSwitch();
    }, signal);
    await this.refreshSwitch();
  }

  state(): PageState {
    const own = [...this.sessions.values()].map((s) => s.state()).filter((s) => s !== undefined);
    const composes = [...own, ...[...this.frames.values()].flatMap((f) => f.composes)];
    const current = composes.find((c) => c.composeId === this.currentId) ? this.currentId : undefined;
    return {
      url: location.href,
      host: this.host,
      site: this.site.id,
      enabled: this.enabled,
      paused: (current ? composes.find((c) => c.composeId === current) : composes.at(-1))?.paused ?? false,
      composes,
      current,
      unreadable: this.enabled ? (this.unreadable(composes) ?? [...this.frames.values()].find((f) => f.unreadable)?.unreadable) : undefined,
    };
  }

  /**
   * A mail editor the coach recognises but cannot read: a compose that takes keystrokes while no text
   * can be read from it, or a page showing a compose (its markers) where no editor selector matches
   * and no frame reports one (a mail-client update, or a frame the coach cannot reach).
   */
  private unreadable(composes: ComposeState[]): Unreadable | undefined {
    const site = this.site;
    const blind = [...this.sessions.values()].find((s) => s.blind());
    if (blind) return { reason: 'no-text', report: pageReport(blind.editor, site, 'no-text', version()) };
    if (composes.length || this.sessions.size) return undefined;
    for (const hint of site.composeHints) {
      const el = document.querySelector(hint);
      if (!el) continue;
      const reason = site.editorFrameSelectors?.some((sel) => el.matches(sel)) ? 'frame' : 'no-match';
      return { reason, report: pageReport(el, site, reason, version()) };
    }
    return undefined;
  }

  private async refreshSwitch(): Promise<void> {
    // The interface language may have changed in the options: cards and messages follow it at once.
    await initLocale().catch(() => undefined);
    const { settings } = await loadSettings();
    const enabled = siteEnabled(settings, this.host, this.managed.disabledSites);
    if (enabled === this.enabled) {
      // The pack may have changed: check every draft again.
      for (const s of this.sessions.values()) s.schedule(0);
      return;
    }
    this.enabled = enabled;
    if (enabled) this.attach();
    else this.detach();
    this.changed();
  }

  private attach(): void {
    this.attached = new AbortController();
    const signal = AbortSignal.any([this.signal, this.attached.signal]);
    // Page changes may add or remove composes, or move one (a banner above it): rescan and re-measure.
    const observer = new MutationObserver(() => {
      this.scanSoon();
      this.layoutSoon();
    });
    // Attributes too: a mail client that re-renders may only flip the ones the selectors use.
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'role', 'g_editable', 'aria-multiline', 'id'] });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    // Turning designMode on changes no node: a click or focus in a frame's body is when it becomes an editor.
    document.addEventListener('focusin', () => this.scanSoon(), { signal });
    document.addEventListener('pointerdown', () => this.scanSoon(), { passive: true, signal });
    // A subframe that goes away (its compose closed) takes its composes with it.
    if (!this.isTop) window.addEventListener('pagehide', () => this.report({ ...this.state(), composes: [], unreadable: undefined }), { signal });
    const onScroll = () => this.layoutSoon();
    window.addEventListener('scroll', onScroll, { capture: true, passive: true, signal });
    window.addEventListener('resize', onScroll, { passive: true, signal });
    document.addEventListener('mousemove', (e) => this.pointerMoved(e), { passive: true, signal });
    document.addEventListener('selectionchange', () => this.caretMoved(), { signal });
    // Web fonts that finish loading move text: re-measure.
    document.fonts?.addEventListener?.('loadingdone', onScroll, { signal });
    this.scan();
  }

  private detach(): void {
    this.attached?.abort();
    this.attached = undefined;
    clearTimeout(this.scanTimer);
    this.scanTimer = undefined;
    for (const s of this.sessions.values()) s.destroy();
    this.sessions.clear();
  }

  private scanSoon(): void {
    // At most one pending scan: a page that never stops changing (Gmail) is still scanned.
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, 150);
  }

  /** The editors on this document: those the selectors match, or this frame's body when the site keeps its editor in a frame. */
  private editors(site: SiteAdapter): HTMLElement[] {
    const found = site.editorSelectors.flatMap((sel) => [...document.querySelectorAll<HTMLElement>(sel)]);
    const frame = this.isTop ? null : frameElementOf(window);
    if (frame && document.body && site.editorFrameSelectors?.some((sel) => frame.matches(sel))) found.push(document.body);
    // Nested matches (an editor inside another): keep the outermost.
    return [...new Set(found)].filter((el) => el.isContentEditable && !found.some((o) => o !== el && o.contains(el)));
  }

  /** Attach to new editors, drop sessions whose editor is gone or no longer matches (the page changed). */
  private scan(): void {
    if (!this.enabled) return;
    const site = this.site;
    const editors = new Set(this.editors(site));
    for (const [editor, s] of this.sessions) {
      if (!editor.isConnected || !editors.has(editor)) {
        // The compose closed (sent, or closed with text in it): keep a record with no text in it.
        if (!editor.isConnected) this.keepRecord(s);
        s.destroy();
        this.sessions.delete(editor);
      }
    }
    for (const el of editors) {
      if (this.sessions.has(el)) continue;
      const session = new ComposeSession(`${this.prefix}-${this.nextId++}`, el, site, {
        analyze: (input, audience) => this.analyze(input, audience),
        audience: (recipients) => this.audience(recipients),
        changed: () => {
          if (session.focused) this.currentId = session.id;
          this.changed();
        },
        openCoach: () => void sendToBackground('open-panel', {}).catch(() => undefined),
        ignoredIn: (email) => sendToBackground('ignored-get', { email }),
        rememberIgnored: (email, key) => void sendToBackground('ignored-add', { email, key }).catch(() => undefined),
        neverFlag: (phrase) => void updateSettings((s) => ({ ...s, ignoredPhrases: withPhrase(s.ignoredPhrases, phrase) })).catch(() => undefined),
        warm: () => this.warm(),
      });
      this.sessions.set(el, session);
    }
    // Markup that stopped (or started) matching changes what the popup says: tell it, once.
    const told = `${[...this.sessions.values()].map((x) => x.id).join()}|${this.unreadable(this.state().composes)?.reason ?? ''}`;
    if (told !== this.lastTold) {
      this.lastTold = told;
      this.changed();
    }
  }

  private lastWarm = -Infinity;

  /**
   * The browser stops an idle extension worker (after 30 s in Chrome), and starting it again is most
   * of a cold check. A wake-up message at the first keystroke of a burst starts it while the user is
   * still typing; at most one a second, and a running worker answers it at once.
   */
  private warm(): void {
    const now = performance.now();
    if (now - this.lastWarm < 1000) return;
    this.lastWarm = now;
    void sendToBackground('warm', {}).catch(() => undefined);
  }

  private async analyze(input: { body: string; subject: string; incoming: string }, audience?: { audience: Audience; newContact: boolean }): Promise<Report> {
    const report = await sendToBackground('analyze', { input, audience, locale: currentLocale() });
    if (!report) throw new Error('The coach did not answer.');
    return report;
  }

  private async audience(recipients: RecipientsInput): Promise<AudienceView> {
    return sendToBackground('audience', { recipients });
  }

  private changed(): void {
    if (this.isTop) broadcast('state-changed', { state: this.state() });
    else this.report(this.state());
  }

  /** A subframe's state, for the top frame (relayed by the background worker). */
  private report(state: PageState): void {
    sendToBackground('frame-state', { state }).catch(() => undefined);
  }

  /** Top frame: a subframe's composes join this page's state. */
  private frameState(frameId: number, state: PageState): ApplyResult {
    if (state.composes.length || state.unreadable) this.frames.set(frameId, state);
    else this.frames.delete(frameId);
    const focused = state.composes.find((c) => c.focused);
    if (focused) this.currentId = focused.composeId;
    this.changed();
    return { ok: true };
  }

  /** Whether a compose lives in a subframe (then that frame answers about it). */
  private inFrame(id: string): boolean {
    return [...this.frames.values()].some((f) => f.composes.some((c) => c.composeId === id));
  }

  private keepRecord(s: ComposeSession): void {
    if (!s.report || !s.analysed.trim() || s.paused) return;
    const record = makeRecord(s.report, { at: Date.now(), site: s.site.id, audience: s.audience?.audience, newContact: s.audience?.newContact, ignored: s.ignoredKeys() }, findingKey);
    void sendToBackground('record', { record, recipients: s.recipients() }).catch(() => undefined);
  }

  /** The compose a command or "Pause" acts on: the one last written in (the only one, usually). */
  private target(): ComposeSession | undefined {
    return [...this.sessions.values()].find((s) => s.focused) ?? (this.currentId ? this.byId(this.currentId) : undefined) ?? [...this.sessions.values()].at(-1);
  }

  /** "Pause for this email": the compose last written in (the only one, usually). A new email starts coached. */
  private pause(paused: boolean, composeId?: string): ApplyResult {
    const id = composeId ?? this.currentId;
    const target = (id ? this.byId(id) : undefined) ?? (composeId ? undefined : [...this.sessions.values()].at(-1));
    target?.setPaused(paused);
    this.changed();
    return { ok: true };
  }

  private byId(id: string): ComposeSession | undefined {
    return [...this.sessions.values()].find((s) => s.id === id);
  }

  private layoutSoon(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      for (const s of this.sessions.values()) s.layout();
    });
  }

  /**
   * Firefox sends mousemove whenever layout changes under a resting pointer (an underline drawn, a
   * card shown); only a pointer that really moved is hovering, or a card the caret opened would close.
   */
  private pointerMoved(e: MouseEvent): void {
    if (this.pointer && this.pointer.x === e.clientX && this.pointer.y === e.clientY) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    this.hoverSoon(e.clientX, e.clientY);
  }

  private hoverSoon(x: number, y: number): void {
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      for (const s of this.sessions.values()) {
        if (s.card.contains(x, y)) {
          clearTimeout(this.hideTimer);
          return;
        }
        const f = s.findingAt(x, y);
        if (f) {
          clearTimeout(this.hideTimer);
          for (const other of this.sessions.values()) if (other !== s) other.showCard(undefined);
          // The same card the caret opened stays the caret's (the pointer leaving does not close it).
          if (!s.card.visible || s.card.finding !== f) s.showCard(f);
          return;
        }
      }
      // Leaving an underline closes its card after a moment, so the pointer can reach the card.
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => {
        for (const s of this.sessions.values()) if (s.cardBy === 'pointer' && !s.card.el.matches(':focus-within')) s.showCard(undefined);
      }, 400);
    });
  }

  private caretMoved(): void {
    for (const s of this.sessions.values()) {
      if (!s.focused) continue;
      const f = s.findingAtCaret();
      if (f) s.showCard(f, 'caret');
      else if (s.card.visible && !s.card.el.matches(':focus-within')) s.showCard(undefined);
    }
  }
}

// The content script's core: finds compose editors as they come and go (mail sites are single-page
// apps), keeps one session per editor, follows the per-site switch, and answers the side panel.
import type { Report } from '../core/types';
import { broadcast, listen, sendToBackground, type ApplyResult, type AudienceView, type ContentProtocol, type PageState, type RecipientsInput } from '../platform/messages';
import type { Audience } from '../engine/audience';
import { audienceItem } from '../platform/settings/audience';
import { loadSettings, onSettingsChanged, watchManaged } from '../platform/settings/store';
import type { Managed } from '../platform/settings/effective';
import { siteEnabled } from '../platform/settings/schema';
import { SITES, generic } from '../sites';
import type { SiteAdapter } from '../sites/types';
import { ComposeSession } from './compose';
import { initLocale } from '../platform/locale';

export class Coach {
  private sessions = new Map<HTMLElement, ComposeSession>();
  private nextId = 1;
  private enabled = false;
  /** The compose the user last wrote in: "Pause for this email" applies to it. */
  private current: ComposeSession | undefined;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private hoverFrame = 0;
  private pointer: { x: number; y: number } | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Aborted while the coach is switched off on this site; its listeners go with it. */
  private attached: AbortController | undefined;
  private managed: Managed = {};
  private readonly host = location.hostname;
  private readonly adapters: SiteAdapter[];

  /** `signal` aborts when the content script is invalidated (WXT's ctx.signal): everything is removed. */
  constructor(private readonly signal: AbortSignal) {
    const own = SITES.find((s) => s.hosts.includes(this.host));
    // Known mail hosts use their own adapter; other pages (test fixtures, sites the user adds) try each.
    this.adapters = own ? [own] : [...SITES, generic];
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
        pause: ({ paused }) => this.pause(paused),
        'set-audience': ({ composeId, audience }) => {
          this.byId(composeId)?.setAudience(audience);
          return { ok: true };
        },
      },
      signal,
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
    return {
      url: location.href,
      host: this.host,
      site: this.adapters.length === 1 ? this.adapters[0].id : 'other',
      enabled: this.enabled,
      paused: this.current?.paused ?? false,
      composes: [...this.sessions.values()].map((s) => s.state()).filter((s) => s !== undefined),
    };
  }

  private async refreshSwitch(): Promise<void> {
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
    observer.observe(document.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
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
    for (const s of this.sessions.values()) s.destroy();
    this.sessions.clear();
  }

  private scanSoon(): void {
    clearTimeout(this.scanTimer);
    this.scanTimer = setTimeout(() => this.scan(), 150);
  }

  /** Attach to new editors, drop sessions whose editor is gone. */
  private scan(): void {
    if (!this.enabled) return;
    for (const [editor, s] of this.sessions) {
      if (!editor.isConnected || !editor.isContentEditable) {
        s.destroy();
        this.sessions.delete(editor);
        if (this.current === s) this.current = undefined;
        this.changed();
      }
    }
    // The fallback adapter is for pages no mail adapter recognises: it would also take a mail site's
    // recipient fields (contenteditable wells) for editors.
    const mailPage = this.adapters.some((a) => a !== generic && a.editorSelectors.some((sel) => document.querySelector(sel)));
    for (const adapter of this.adapters) {
      if (adapter === generic && mailPage) continue;
      for (const sel of adapter.editorSelectors) {
        for (const el of document.querySelectorAll<HTMLElement>(sel)) {
          if (this.sessions.has(el) || !el.isContentEditable || [...this.sessions.keys()].some((k) => k.contains(el) || el.contains(k))) continue;
          const session = new ComposeSession(`compose-${this.nextId++}`, el, adapter, {
            analyze: (input, audience) => this.analyze(input, audience),
            audience: (recipients) => this.audience(recipients),
            changed: () => {
              if (session.focused) this.current = session;
              this.changed();
            },
            openCoach: () => void sendToBackground('open-panel', {}).catch(() => undefined),
          });
          this.sessions.set(el, session);
        }
      }
    }
  }

  private async analyze(input: { body: string; subject: string; incoming: string }, audience?: { audience: Audience; newContact: boolean }): Promise<Report> {
    const report = await sendToBackground('analyze', { input, audience });
    if (!report) throw new Error('The coach did not answer.');
    return report;
  }

  private async audience(recipients: RecipientsInput): Promise<AudienceView> {
    return sendToBackground('audience', { recipients });
  }

  private changed(): void {
    broadcast('state-changed', { state: this.state() });
  }

  /** "Pause for this email": the compose last written in (the only one, usually). A new email starts coached. */
  private pause(paused: boolean): ApplyResult {
    const target = this.current ?? [...this.sessions.values()].at(-1);
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

// One compose window: reads its draft after a pause in typing, asks the background worker for a
// report (analysis runs off the page's main thread), and draws the hints in an overlay.
import type { Edit, Finding, Report, Suggestion } from '../core/types';
import { findingKey, warningCount, type ApplyResult, type AudienceView, type CoachCommand, type ComposeState, type RecipientsInput } from '../platform/messages';
import type { Audience } from '../engine/audience';
import type { SiteAdapter } from '../sites/types';
import { applyEdits, groupUndo } from './apply';
import { Card } from './card';
import { htmlToText } from './incoming';
import { Overlay } from './overlay';
import { buildTextMap, rangeFor, type TextMap } from './text-map';
import { t } from '../i18n';

export interface SessionHost {
  analyze(input: { body: string; subject: string; incoming: string }, audience?: { audience: Audience; newContact: boolean }): Promise<Report>;
  /** Map recipients to an audience (in the background worker, where the user's rules are). */
  audience(input: RecipientsInput): Promise<AudienceView>;
  changed(): void;
  openCoach(): void;
  /** Ignored findings of one email, kept while the browser runs (a reload keeps them). */
  ignoredIn(email: string): Promise<string[]>;
  rememberIgnored(email: string, key: string): void;
  neverFlag(phrase: string): void;
  /** Typing or focus: wake the background worker if it may have been stopped. */
  warm(): void;
}

/** Quiet time after the last keystroke before a draft is checked. */
export const PAUSE_MS = 120;

export class ComposeSession {
  readonly overlay: Overlay;
  readonly card: Card;
  map: TextMap = { text: '', segments: [] };
  report: Report | undefined;
  /** The text the current report was made from. */
  analysed = '';
  focused = false;
  paused = false;
  error: string | undefined;
  /** Who the email is for; undefined until the recipients were read. */
  audience: AudienceView | undefined;
  /** The audience the user chose for this email in the panel. */
  private audienceOverride: Audience | undefined;
  /** The recipients and override the current audience was worked out from. */
  private audienceKey: string | undefined;
  private recipientObserver: MutationObserver | undefined;
  private ignored = new Set<string>();
  /** The finding a keyboard command moved to: the caret at its edge still counts as inside it. */
  private pinned: Finding | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;
  private dirty = false;
  private observer: MutationObserver;
  private resize: ResizeObserver;
  /** Aborted when the session ends: removes its listeners. */
  private readonly alive = new AbortController();
  /** What opened the card that is showing. */
  cardBy: 'pointer' | 'caret' | undefined;
  /** Where the caret was when focus moved into the card (Alt+ArrowDown). */
  private caret: Range | undefined;
  /** Characters typed since text was last read from the editor: several with no text means the coach is blind here. */
  private inputsWithoutText = 0;

  constructor(
    readonly id: string,
    readonly editor: HTMLElement,
    readonly site: SiteAdapter,
    private host: SessionHost,
  ) {
    this.overlay = new Overlay(id);
    this.card = new Card(this.overlay.shadow, {
      apply: (f, s) => void this.applySuggestion(f, s),
      ignore: (f) => {
        const fromCard = this.card.el.matches(':focus-within');
        this.ignore(findingKey(f));
        if (fromCard) this.returnFocus();
      },
      openCoach: () => host.openCoach(),
      neverFlag: (f) => {
        this.card.hide();
        host.neverFlag(f.text);
      },
      dismiss: () => this.returnFocus(),
    });
    this.overlay.indicator.addEventListener('click', () => host.openCoach());
    // Ignores made before a reload of this email come back.
    void host.ignoredIn(this.email()).then((keys) => {
      if (!keys.length) return;
      keys.forEach((k) => this.ignored.add(k));
      this.draw();
      host.changed();
    }, () => undefined);
    const signal = this.alive.signal;
    editor.addEventListener(
      'input',
      (e) => {
        // Only typed characters count: deleting the whole draft leaves no text, and that is no blindness.
        if ((e as InputEvent).inputType?.startsWith('insert') && (e as InputEvent).data) this.inputsWithoutText++;
        // Typing means this is the draft being written, even where no focus event came (a background window).
        if (!this.focused) this.setFocus(true);
        host.warm();
        this.schedule();
      },
      { signal },
    );
    // A frame's body in designMode (Outlook Web App) gets focus as a window, not as an element.
    const focusTarget: EventTarget = this.isFrameBody ? (editor.ownerDocument.defaultView ?? editor) : editor;
    focusTarget.addEventListener(this.isFrameBody ? 'focus' : 'focusin', () => this.setFocus(true), { signal });
    focusTarget.addEventListener(this.isFrameBody ? 'blur' : 'focusout', () => this.setFocus(false), { signal });
    editor.addEventListener('keydown', (e) => this.onKey(e), { signal });
    // One Ctrl+Z undoes a whole apply (several edits are several editor steps); before the page sees it.
    editor.addEventListener('keydown', (e) => groupUndo(editor, e), { signal, capture: true });
    editor.addEventListener('beforeinput', (e) => groupUndo(editor, e), { signal, capture: true });
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(editor, { childList: true, subtree: true, characterData: true });
    this.resize = new ResizeObserver(() => this.layout());
    this.resize.observe(editor);
    this.focused = editor.ownerDocument.hasFocus() && (editor.ownerDocument.activeElement === editor || editor.contains(editor.ownerDocument.activeElement));
    this.watchRecipients();
    this.schedule(0);
  }

  schedule(delay = PAUSE_MS): void {
    this.dirty = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  /** Read the draft and check it now. */
  async run(): Promise<void> {
    if (this.paused) return;
    this.dirty = false;
    const map = this.read();
    if (map.text.trim()) this.inputsWithoutText = 0;
    const id = ++this.request;
    try {
      const audience = await this.currentAudience();
      const report = await this.host.analyze({ body: map.text, subject: this.subject(), incoming: this.incoming() }, audience && { audience: audience.audience, newContact: audience.newContact });
      // A newer keystroke or check supersedes this one: drop it rather than draw stale underlines.
      if (id !== this.request || this.dirty) return;
      this.map = map;
      this.analysed = map.text;
      this.report = report;
      this.pinned = undefined;
      this.error = undefined;
      this.draw();
      this.followCard();
    } catch (e) {
      if (id !== this.request) return;
      this.error = (e as Error).message || String(e);
    }
    this.host.changed();
  }

  /** The editor is a frame's whole body (designMode): the compose around it is in the parent page. */
  get isFrameBody(): boolean {
    return this.editor === this.editor.ownerDocument.body && this.editor.ownerDocument.defaultView !== this.editor.ownerDocument.defaultView?.top;
  }

  /** The user types here, yet no text can be read: the popup says the coach can't read this editor. */
  blind(): boolean {
    return this.inputsWithoutText >= 3 && !this.read().text.trim();
  }

  read(): TextMap {
    const quoteStart = this.quoteStart();
    const excluded = [...this.site.quoteSelectors, ...this.site.signatureSelectors, ...(this.site.ghostSelectors ?? [])].join(',');
    return buildTextMap(this.editor, (node) => {
      if (node.nodeType === 1 && excluded && (node as Element).matches(excluded)) return true;
      // Outlook: everything from the reply marker onwards is the quoted thread.
      return !!quoteStart && (node === quoteStart || !!(quoteStart.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) && !quoteStart.contains(node));
    });
  }

  visibleFindings(): Finding[] {
    return (this.report?.findings ?? []).filter((f) => !this.ignored.has(findingKey(f)));
  }

  draw(): void {
    if (!this.report || this.paused) {
      this.overlay.clear();
      return;
    }
    this.overlay.render(this.visibleFindings(), this.map, this.editor);
    this.drawIndicator();
  }

  layout(): void {
    if (!this.report || this.paused) return;
    this.overlay.layout(this.map, this.editor);
    this.drawIndicator();
  }

  ignoredKeys(): string[] {
    return [...this.ignored];
  }

  /** Warnings not ignored: what the indicator and the toolbar badge count. */
  warnings(): number {
    return warningCount(this.report?.findings ?? [], [...this.ignored]);
  }

  private drawIndicator(): void {
    const n = this.warnings();
    this.overlay.showIndicator(n, n ? t('indicatorLabel', n) : t('indicatorClean'), this.editor);
  }

  /** This email across page reloads: the site's draft id when it has one, else the page address. */
  email(): string {
    const compose = this.compose();
    return (compose && this.site.readDraftId?.(compose)) || `${location.origin}${location.pathname}${location.search}${location.hash}`;
  }

  /** The keyboard commands: move to the next or previous finding (caret and card), or apply the first suggestion. */
  command(command: CoachCommand): ApplyResult {
    const findings = this.visibleFindings();
    if (!findings.length || this.map.text !== this.analysed) return { ok: false };
    const current = this.card.visible ? this.card.finding : this.findingAtCaret();
    if (command === 'apply-first') {
      const f = current ?? findings[0];
      const s = f.suggestions[0];
      if (!s) return { ok: false };
      void this.applySuggestion(f, s);
      return { ok: true };
    }
    const i = current ? findings.indexOf(current) : -1;
    const next = command === 'next-finding' ? findings[(i + 1) % findings.length] : findings[(i - 1 + findings.length) % findings.length];
    this.pinned = next;
    this.moveCaretInto(next);
    this.showCard(next, 'caret');
    return { ok: true };
  }

  /** The caret just inside a finding, and the finding scrolled into view. */
  private moveCaretInto(f: Finding): void {
    const range = rangeFor(this.map, f.start, Math.min(f.end, f.start + 1));
    if (!range) return;
    this.editor.focus();
    range.collapse(false);
    const sel = this.editor.ownerDocument.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    (range.startContainer.parentElement ?? this.editor).scrollIntoView({ block: 'nearest' });
  }

  state(): ComposeState | undefined {
    if (!this.report) return undefined;
    return { composeId: this.id, focused: this.focused, text: this.analysed, subject: this.subject(), report: this.report, ignored: [...this.ignored], audience: this.audience, paused: this.paused };
  }

  /** The user's choice of audience for this email (undefined: from the recipients again). */
  setAudience(audience: Audience | undefined): void {
    this.audienceOverride = audience;
    this.refreshAudience();
  }

  /** Work the audience out again at the next check (recipients or the user's rules changed). */
  refreshAudience(): void {
    this.audienceKey = undefined;
    this.schedule(0);
  }

  /** Recipients' addresses as the page shows them, To and Cc. */
  recipients(): string[] {
    const compose = this.compose();
    return compose && this.site.readRecipients ? this.site.readRecipients(compose) : [];
  }

  private async currentAudience(): Promise<AudienceView | undefined> {
    const addresses = this.recipients();
    const key = `${addresses.join(',')}|${this.audienceOverride ?? ''}`;
    if (key !== this.audienceKey) {
      // Without an audience the draft is still checked, with the pack chosen in the settings.
      this.audience = await this.host.audience({ addresses, ownAddress: this.site.readOwnAddress?.(document), override: this.audienceOverride }).catch(() => undefined);
      this.audienceKey = key;
    }
    return this.audience;
  }

  /** Chips added or removed outside the editor: check again with the new audience. */
  private watchRecipients(): void {
    const compose = this.compose();
    if (!compose || !this.site.readRecipients) return;
    this.recipientObserver = new MutationObserver((records) => {
      if (records.every((r) => this.editor.contains(r.target))) return;
      const key = `${this.recipients().join(',')}|${this.audienceOverride ?? ''}`;
      if (this.audienceKey !== undefined && key !== this.audienceKey) this.schedule(0);
    });
    this.recipientObserver.observe(compose, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-hovercard-id', 'aria-label', 'value'] });
  }

  ignore(key: string): void {
    this.ignored.add(key);
    this.host.rememberIgnored(this.email(), key);
    this.card.hide();
    this.draw();
    this.host.changed();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    this.card.hide();
    if (paused) this.overlay.clear();
    else this.schedule(0);
    this.host.changed();
  }

  async applySuggestion(f: Finding, s: Suggestion): Promise<ApplyResult> {
    return this.apply(s.edits, this.analysed);
  }

  /** Apply edits made against `expected` (the analysed text). Refuses, and re-checks, when the draft moved on. */
  async apply(edits: Edit[], expected: string): Promise<ApplyResult> {
    this.card.hide();
    const result = expected !== this.analysed ? { ok: false, error: t('applyRefused') } : applyEdits(this.editor, edits, expected, () => this.read());
    if (!result.ok) {
      this.error = result.error;
      this.overlay.toast(result.error ?? t('applyRefused'), this.editor);
    }
    this.schedule(0);
    return result;
  }

  /** The finding under a point (hover) or around the caret (keyboard). */
  findingAt(x: number, y: number): Finding | undefined {
    return this.overlay.findingAt(x, y);
  }

  findingAtCaret(): Finding | undefined {
    const sel = this.editor.ownerDocument.getSelection();
    if (!sel || !sel.isCollapsed || !sel.anchorNode || !this.editor.contains(sel.anchorNode) || this.map.text !== this.analysed) return undefined;
    const seg = this.map.segments.find((s) => s.node === sel.anchorNode);
    if (!seg) return undefined;
    const at = seg.start + sel.anchorOffset;
    if (this.pinned && at >= this.pinned.start && at <= this.pinned.end && this.visibleFindings().includes(this.pinned)) return this.pinned;
    // The narrowest finding around the caret: the word, not the sentence that contains it.
    return this.visibleFindings()
      .filter((f) => f.end - f.start < 160 && at > f.start && at < f.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  }

  /**
   * Open the card for a finding (or close it). A card the caret opened is announced to screen readers
   * and stays while the caret is in the finding, wherever the pointer rests.
   */
  showCard(f: Finding | undefined, by: 'pointer' | 'caret' = 'pointer'): void {
    this.overlay.setActive(f);
    this.cardBy = f ? by : undefined;
    if (!f) return this.card.hide();
    this.overlay.matchScheme(this.editor);
    this.card.show(f, this.analysed, this.overlay.rectOf(f), by === 'caret');
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.request++;
    this.observer.disconnect();
    this.recipientObserver?.disconnect();
    this.resize.disconnect();
    this.alive.abort();
    this.overlay.destroy();
  }

  private onKey(e: KeyboardEvent): void {
    // Alt+ArrowDown moves focus into the open card; Escape there returns here.
    if (e.altKey && e.key === 'ArrowDown' && this.card.visible) {
      e.preventDefault();
      const sel = this.editor.ownerDocument.getSelection();
      this.caret = sel?.rangeCount ? sel.getRangeAt(0).cloneRange() : undefined;
      this.card.focusFirst();
    } else if (e.key === 'Escape' && this.card.visible) {
      this.showCard(undefined);
    }
  }

  /**
   * A card left open while a newer check came in shows that check's finding: its rewrites are made
   * against the text now analysed (the earlier one's were refused as "the draft changed"). A finding
   * the new check no longer has closes its card, handing focus back to the editor if the card had it.
   */
  private followCard(): void {
    const open = this.card.visible ? this.card.finding : undefined;
    if (!open) return;
    const key = findingKey(open);
    const next = this.visibleFindings().find((f) => findingKey(f) === key);
    if (next) {
      this.card.refresh(next, this.analysed);
      this.overlay.setActive(next);
      return;
    }
    const hadFocus = this.card.el.matches(':focus-within');
    this.showCard(undefined);
    if (hadFocus) this.returnFocus();
  }

  /** Back to the editor with the caret where it was before the card took focus. */
  private returnFocus(): void {
    this.editor.focus();
    const sel = this.editor.ownerDocument.getSelection();
    if (this.caret && this.editor.contains(this.caret.startContainer) && sel) {
      sel.removeAllRanges();
      sel.addRange(this.caret);
    }
    this.caret = undefined;
  }

  private setFocus(focused: boolean): void {
    if (this.focused === focused) return;
    this.focused = focused;
    if (focused) this.host.warm();
    this.host.changed();
  }

  /** Where the editor sits in the page: the iframe element for a frame's body, else the editor itself. */
  private anchor(): Element {
    if (!this.isFrameBody) return this.editor;
    try {
      return this.editor.ownerDocument.defaultView?.frameElement ?? this.editor;
    } catch {
      return this.editor;
    }
  }

  private compose(): Element | null {
    const anchor = this.anchor();
    for (const sel of this.site.composeSelectors) {
      const c = anchor.closest(sel);
      if (c) return c;
    }
    return null;
  }

  private subject(): string {
    const c = this.compose() ?? this.anchor().ownerDocument;
    for (const sel of this.site.subjectSelectors) {
      const el = c.querySelector<HTMLInputElement>(sel);
      if (el) return (el.value ?? el.textContent ?? '').trim();
    }
    return '';
  }

  private quoteStart(): Element | null {
    for (const sel of this.site.quoteStartSelectors ?? []) {
      const el = this.editor.querySelector(sel);
      if (el) return el;
    }
    return null;
  }

  private incoming(): string {
    const parts: string[] = [];
    const start = this.quoteStart();
    if (start) {
      for (let n: Node | null = start; n; n = n.nextSibling) parts.push(n.nodeType === 1 ? (n as Element).outerHTML : (n.textContent ?? ''));
    } else if (this.site.quoteSelectors.length) {
      // Every quoted piece, in order: an interleaved reply has several, with the user's lines between.
      const quotes = [...this.editor.querySelectorAll(this.site.quoteSelectors.join(','))];
      for (const q of quotes) if (!quotes.some((o) => o !== q && o.contains(q))) parts.push(q.outerHTML);
    }
    if (!parts.length) {
      // A reply under an open conversation: the last message shown above the compose.
      const page = this.anchor().ownerDocument;
      const messages = this.site.threadMessageSelectors.flatMap((s) => [...page.querySelectorAll(s)]).filter((m) => !m.contains(this.anchor()));
      const last = messages[messages.length - 1];
      if (last) parts.push(last.outerHTML);
    }
    return htmlToText(parts.join('\n'));
  }
}

// The small card that opens on an underline (hover, or the caret entering it): message,
// explanation, suggestions with Apply, then Ignore and Open coach. Lives in the overlay's shadow root;
// its words come from the same presenter as the side panel's (src/ui/finding.ts), its colours from
// the overlay's scheme (src/ui/tokens.ts).
import type { Finding, Suggestion } from '../core/types';
import { t } from '../i18n';
import { presentFinding, type FindingView, type Part } from '../ui/finding';
import { canNeverFlag } from '../platform/settings/never-flag';

export interface CardActions {
  apply(f: Finding, s: Suggestion): void;
  ignore(f: Finding): void;
  openCoach(): void;
  /** "Never flag this phrase": adds the finding's text to the settings' never-flag list. */
  neverFlag(f: Finding): void;
  /** Escape: focus goes back where it came from (the editor, caret where it was). */
  dismiss(): void;
}

const STYLE = `
.card { position: fixed; z-index: 2147483647; pointer-events: auto; max-width: 340px; min-width: 220px; box-sizing: border-box;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); border: 1px solid var(--line);
  border-left: 4px solid var(--c, var(--line)); border-radius: 8px; box-shadow: 0 6px 24px var(--shadow); padding: 10px 12px; }
.card[hidden] { display: none; }
.msg { font-weight: 600; margin: 0 0 4px; }
.why { color: var(--muted); margin: 0 0 8px; }
.cat { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin-bottom: 2px; }
ul { list-style: none; margin: 0 0 8px; padding: 0; }
li { display: flex; align-items: center; gap: 8px; justify-content: space-between; padding: 3px 0; }
.preview { font-family: ui-monospace, monospace; font-size: 12px; background: var(--ins); padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
.preview mark { background: var(--mark); color: inherit; }
.row { display: flex; gap: 6px; flex-wrap: wrap; }
button { font: inherit; min-height: 26px; border: 1px solid var(--line); background: var(--card); border-radius: 6px; padding: 2px 10px; cursor: pointer; color: inherit; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); }
button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.hint { font-size: 12px; color: var(--muted); margin: 0 0 6px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export class Card {
  readonly el: HTMLDivElement;
  finding: Finding | undefined;
  /** A polite live region: says that a card opened when the caret (not the pointer) opened it. */
  private readonly announcer: HTMLDivElement;

  constructor(shadow: ShadowRoot, private actions: CardActions) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.el = document.createElement('div');
    this.el.className = 'card';
    this.el.hidden = true;
    this.el.setAttribute('role', 'dialog');
    this.el.setAttribute('aria-label', t('cardLabel'));
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        this.hide();
        this.actions.dismiss();
      }
    });
    this.announcer = el('div', 'sr-only') as HTMLDivElement;
    this.announcer.setAttribute('role', 'status');
    this.announcer.setAttribute('aria-live', 'polite');
    this.announcer.dataset.announcer = '';
    shadow.append(style, this.el, this.announcer);
  }

  get visible(): boolean {
    return !this.el.hidden;
  }

  /** `draft` is the analysed text (what a deletion removes); `announce` when the caret opened it. */
  show(f: Finding, draft: string, anchor: DOMRect | undefined, announce = false): void {
    if (this.finding === f && this.visible) return;
    const view = this.fill(f, draft);
    this.el.hidden = false;
    this.place(anchor);
    if (announce) this.announcer.textContent = t('cardOpened', view.message);
  }

  /**
   * The finding the card shows, from a newer check of the draft (its rewrites are made against that
   * text): the same place, not announced again, and the focus kept on the same button.
   */
  refresh(f: Finding, draft: string): void {
    const buttons = () => [...this.el.querySelectorAll('button')];
    const focused = buttons().indexOf((this.el.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
    this.fill(f, draft);
    if (focused >= 0) buttons()[focused]?.focus();
  }

  private fill(f: Finding, draft: string): FindingView {
    this.finding = f;
    const view = presentFinding(f, draft);
    const list = document.createElement('ul');
    for (const s of view.suggestions) {
      const li = document.createElement('li');
      const preview = el('span', 'preview');
      preview.append(...s.parts.map(partNode));
      preview.title = s.label;
      const apply = button(t('cardApply'), 'apply', () => this.actions.apply(f, s.suggestion));
      apply.className = 'primary';
      apply.setAttribute('aria-label', s.applyLabel);
      li.append(preview, apply);
      list.append(li);
    }
    const row = el('div', 'row');
    row.append(button(t('cardIgnore'), 'ignore', () => this.actions.ignore(f)));
    if (canNeverFlag(f.text)) row.append(button(t('cardNeverFlag'), 'never-flag', () => this.actions.neverFlag(f)));
    row.append(button(t('cardOpenCoach'), 'open-coach', () => this.actions.openCoach()));
    this.el.replaceChildren(
      el('div', 'cat', view.heading),
      el('p', 'msg', view.message),
      el('p', 'why', view.explanation),
      ...(view.suggestions.length ? [list] : []),
      ...(view.needsInput ? [el('p', 'hint', t('cardNeedsInput'))] : []),
      row,
    );
    this.el.dataset.rule = f.rule;
    this.el.dataset.category = f.category;
    this.el.dataset.start = String(f.start);
    this.el.dataset.end = String(f.end);
    this.el.style.setProperty('--c', `var(--${f.category})`);
    return view;
  }

  hide(): void {
    this.el.hidden = true;
    this.finding = undefined;
    this.announcer.textContent = '';
  }

  focusFirst(): void {
    this.el.querySelector<HTMLButtonElement>('button')?.focus();
  }

  contains(x: number, y: number): boolean {
    if (!this.visible) return false;
    const r = this.el.getBoundingClientRect();
    return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 8 && y <= r.bottom + 4;
  }

  private place(anchor: DOMRect | undefined): void {
    const a = anchor ?? new DOMRect(20, 20, 0, 0);
    const { width, height } = this.el.getBoundingClientRect();
    const below = a.bottom + 6 + height < window.innerHeight;
    const top = below ? a.bottom + 6 : Math.max(4, a.top - height - 6);
    const left = Math.min(Math.max(4, a.left), Math.max(4, window.innerWidth - width - 8));
    this.el.style.top = `${top}px`;
    this.el.style.left = `${left}px`;
  }
}

function partNode(p: Part): Node {
  return p.kind === 'text' ? document.createTextNode(p.text) : el(p.kind === 'placeholder' ? 'mark' : 'em', '', p.text);
}

function button(text: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', '', text) as HTMLButtonElement;
  b.type = 'button';
  b.dataset.action = action;
  b.addEventListener('click', onClick);
  return b;
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

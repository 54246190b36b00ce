// The small card that opens on an underline (hover, or the caret entering it): message,
// explanation, suggestions with Apply, then Ignore and Open coach. Lives in the overlay's shadow root.
import type { Finding, Suggestion } from '../core/types';
import { severityWord, t } from '../i18n';

export interface CardActions {
  apply(f: Finding, s: Suggestion): void;
  ignore(f: Finding): void;
  openCoach(): void;
  /** Focus goes back to the editor (Escape). */
  dismiss(): void;
}

const STYLE = `
.card { position: fixed; z-index: 2147483647; pointer-events: auto; max-width: 340px; min-width: 220px; box-sizing: border-box;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff; border: 1px solid #d0d0d7;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; }
.card[hidden] { display: none; }
.msg { font-weight: 600; margin: 0 0 4px; }
.why { color: #4a4a55; margin: 0 0 8px; }
.cat { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #6a6a75; margin-bottom: 2px; }
ul { list-style: none; margin: 0 0 8px; padding: 0; }
li { display: flex; align-items: center; gap: 8px; justify-content: space-between; padding: 3px 0; }
.preview { font-family: ui-monospace, monospace; font-size: 12px; background: #eef6ee; padding: 1px 4px; border-radius: 4px; overflow-wrap: anywhere; }
.row { display: flex; gap: 6px; flex-wrap: wrap; }
button { font: inherit; border: 1px solid #b9b9c3; background: #f6f6f8; border-radius: 6px; padding: 2px 10px; cursor: pointer; color: inherit; }
button.primary { background: #1f6fd1; border-color: #1f6fd1; color: #fff; }
button:focus-visible { outline: 2px solid #1f6fd1; outline-offset: 1px; }
.hint { font-size: 12px; color: #6a6a75; margin: 0 0 6px; }
@media (prefers-color-scheme: dark) {
  .card { background: #26262b; color: #f1f1f4; border-color: #44444c; }
  .why, .cat, .hint { color: #b9b9c6; }
  .preview { background: #21402a; }
  button { background: #34343b; border-color: #55555f; }
}
`;

export class Card {
  readonly el: HTMLDivElement;
  finding: Finding | undefined;

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
    shadow.append(style, this.el);
  }

  get visible(): boolean {
    return !this.el.hidden;
  }

  show(f: Finding, anchor: DOMRect | undefined): void {
    if (this.finding === f && this.visible) return;
    this.finding = f;
    const cat = { empathy: t('categoryEmpathy'), clarity: t('categoryClarity'), professionalism: t('categoryProfessionalism') }[f.category];
    const head = el('div', 'cat', `${cat} · ${severityWord(f.severity)}`);
    const msg = el('p', 'msg', f.message);
    const why = el('p', 'why', f.explanation);
    const list = document.createElement('ul');
    for (const s of f.suggestions) {
      const li = document.createElement('li');
      const preview = el('span', 'preview', s.edits.map((e) => e.text || '∅').join(' … '));
      preview.title = s.label;
      const apply = el('button', 'primary', t('cardApply')) as HTMLButtonElement;
      apply.dataset.action = 'apply';
      apply.setAttribute('aria-label', `${t('cardApply')}: ${s.label}`);
      apply.addEventListener('click', () => this.actions.apply(f, s));
      li.append(preview, apply);
      list.append(li);
    }
    const needsInput = f.suggestions.some((s) => !s.safe);
    const ignore = el('button', '', t('cardIgnore')) as HTMLButtonElement;
    ignore.dataset.action = 'ignore';
    ignore.addEventListener('click', () => this.actions.ignore(f));
    const open = el('button', '', t('cardOpenCoach')) as HTMLButtonElement;
    open.dataset.action = 'open-coach';
    open.addEventListener('click', () => this.actions.openCoach());
    const row = el('div', 'row');
    row.append(ignore, open);
    this.el.replaceChildren(head, msg, why, ...(f.suggestions.length ? [list] : []), ...(needsInput ? [el('p', 'hint', t('cardNeedsInput'))] : []), row);
    this.el.dataset.rule = f.rule;
    this.el.hidden = false;
    this.place(anchor);
  }

  hide(): void {
    this.el.hidden = true;
    this.finding = undefined;
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

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

// Underlines drawn over the page, never inside the editor: a <tone-coach-overlay> element with an open
// shadow root, one box per finding (data-rule, data-category, data-start, data-end: a public contract
// other test suites rely on), positioned from Range.getClientRects().
import type { Finding } from '../core/types';
import { backgroundBehind, schemeFor } from '../ui/contrast';
import { attributeSchemeCss } from '../ui/tokens';
import { rangeFor, type TextMap } from './text-map';

export interface Placed {
  finding: Finding;
  rects: DOMRect[];
}

// Colours follow the page behind the editor (data-scheme on the host), not the system setting: a dark
// mail theme on a light system still needs the dark underline colours.
const STYLE = `
:host { all: initial; }
${attributeSchemeCss((s) => (s === 'light' ? ':host' : ':host([data-scheme="dark"])'))}
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; overflow: hidden; }
.finding { position: fixed; pointer-events: none; }
.line { position: absolute; height: 0; border-bottom: 2px solid var(--c); }
.finding[data-category="empathy"] { --c: var(--empathy); }
.finding[data-category="clarity"] { --c: var(--clarity); }
.finding[data-category="professionalism"] { --c: var(--professionalism); }
.finding[data-category="clarity"] .line { border-bottom-style: dashed; }
.finding[data-category="professionalism"] .line { border-bottom-style: dotted; border-bottom-width: 3px; }
/* Severity changes the weight, never the colour: every underline keeps its full contrast. */
.finding[data-severity="info"] .line { border-bottom-width: 1px; }
.finding[data-severity="info"][data-category="professionalism"] .line { border-bottom-width: 2px; }
.finding.block .line { border-bottom: none; border-left: 3px solid var(--c); height: auto; }
.finding.active .line { background: color-mix(in srgb, var(--c) 14%, transparent); }
.indicator { position: fixed; z-index: 2147483646; pointer-events: auto; min-width: 24px; height: 24px; padding: 0 7px; box-sizing: border-box;
  border-radius: 12px; border: 1px solid var(--line); background: var(--bg); color: var(--fg); font: 600 12px/22px system-ui, sans-serif;
  box-shadow: 0 1px 4px var(--shadow); cursor: pointer; opacity: .9; }
.indicator:hover, .indicator:focus-visible { opacity: 1; outline: 2px solid var(--accent); outline-offset: 1px; }
.indicator[data-count="0"] { color: var(--muted); }
.indicator[hidden] { display: none; }
.toast { position: fixed; z-index: 2147483647; max-width: 320px; padding: 6px 10px; border-radius: 6px; background: var(--fg); color: var(--bg);
  font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px var(--shadow); pointer-events: none; }
`;

/** How long one rendering slice may run before yielding, so the page never gets a long task. */
const SLICE_MS = 8;

export class Overlay {
  readonly host: HTMLElement;
  private layer: HTMLDivElement;
  private placed: Placed[] = [];
  private renderToken = 0;
  /** The small count at the compose's edge; opens the side panel. Outside the aria-hidden layer. */
  readonly indicator: HTMLButtonElement;

  constructor(readonly composeId: string) {
    this.host = document.createElement('tone-coach-overlay');
    this.host.setAttribute('data-compose', composeId);
    const root = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    this.layer = document.createElement('div');
    this.layer.className = 'layer';
    this.layer.setAttribute('aria-hidden', 'true');
    this.indicator = document.createElement('button');
    this.indicator.type = 'button';
    this.indicator.className = 'indicator';
    this.indicator.hidden = true;
    this.indicator.dataset.indicator = '';
    root.append(style, this.layer, this.indicator);
    document.documentElement.append(this.host);
  }

  get shadow(): ShadowRoot {
    return this.host.shadowRoot!;
  }

  /** Draw the findings; work is sliced so a long draft never blocks the page. */
  render(findings: readonly Finding[], map: TextMap, editor: HTMLElement): void {
    const token = ++this.renderToken;
    this.matchScheme(editor);
    const next: Placed[] = [];
    const boxes: HTMLElement[] = [];
    let i = 0;
    const clip = visibleRect(editor);
    const step = () => {
      if (token !== this.renderToken) return;
      const until = performance.now() + SLICE_MS;
      while (i < findings.length && performance.now() < until) {
        const f = findings[i++];
        const range = rangeFor(map, f.start, f.end);
        const rects = range ? [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5) : [];
        next.push({ finding: f, rects });
        boxes.push(this.box(f, rects, clip));
      }
      if (i < findings.length) {
        setTimeout(step, 0);
        return;
      }
      this.placed = next;
      this.layer.replaceChildren(...boxes);
    };
    step();
  }

  /** Light or dark colours, whichever stand out on the page behind the editor (the mail site's theme). */
  matchScheme(editor: HTMLElement): void {
    const scheme = schemeFor(backgroundBehind(editor));
    // Only on a change: restyling the overlay makes Chrome send a mousemove under a resting pointer.
    if (this.host.dataset.scheme !== scheme) this.host.dataset.scheme = scheme;
  }

  /** Re-measure after scroll, resize or layout changes. */
  layout(map: TextMap, editor: HTMLElement): void {
    if (!this.placed.length) return;
    this.render(
      this.placed.map((p) => p.finding),
      map,
      editor,
    );
  }

  clear(): void {
    this.renderToken++;
    this.placed = [];
    this.layer.replaceChildren();
    this.indicator.hidden = true;
  }

  /** Show the count at the editor's bottom-right corner (inside its visible box, never inside its DOM). */
  showIndicator(count: number, label: string, editor: HTMLElement): void {
    const clip = visibleRect(editor);
    this.indicator.textContent = count ? String(count) : '✓';
    this.indicator.dataset.count = String(count);
    this.indicator.setAttribute('aria-label', label);
    this.indicator.title = label;
    this.indicator.hidden = clip.width < 40 || clip.height < 30;
    this.indicator.style.left = `${clip.right - 8 - Math.max(24, this.indicator.offsetWidth)}px`;
    this.indicator.style.top = `${clip.bottom - 8 - 24}px`;
  }

  /** The finding under a point; where findings overlap (a sentence and a word in it), the narrowest. */
  findingAt(x: number, y: number): Finding | undefined {
    let best: Finding | undefined;
    for (const p of this.placed) {
      const hit = p.rects.some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 3);
      if (hit && (!best || p.finding.end - p.finding.start < best.end - best.start)) best = p.finding;
    }
    return best;
  }

  rectOf(f: Finding): DOMRect | undefined {
    return this.placed.find((p) => p.finding === f)?.rects[0];
  }

  setActive(f: Finding | undefined): void {
    for (const el of this.layer.children) el.classList.toggle('active', !!f && el.getAttribute('data-start') === String(f.start) && el.getAttribute('data-rule') === f.rule);
  }

  /** A short message near the editor (a refused rewrite), gone after a few seconds. */
  toast(message: string, editor: HTMLElement): void {
    const clip = visibleRect(editor);
    const el = document.createElement('div');
    el.className = 'toast';
    el.setAttribute('role', 'alert');
    el.textContent = message;
    el.style.left = `${clip.left + 8}px`;
    el.style.top = `${Math.max(4, clip.top + 8)}px`;
    this.shadow.append(el);
    setTimeout(() => el.remove(), 3500);
  }

  destroy(): void {
    this.renderToken++;
    this.host.remove();
  }

  private box(f: Finding, rects: DOMRect[], clip: DOMRect): HTMLElement {
    const el = document.createElement('div');
    el.className = 'finding';
    el.dataset.rule = f.rule;
    el.dataset.category = f.category;
    el.dataset.severity = f.severity;
    el.dataset.start = String(f.start);
    el.dataset.end = String(f.end);
    const visible = rects.filter((r) => r.bottom > clip.top && r.top < clip.bottom && r.right > clip.left && r.left < clip.right);
    if (!visible.length) {
      el.hidden = true;
      return el;
    }
    // Long spans (a whole paragraph) get a bar in the margin instead of many underlines.
    const block = visible.length > 2 || f.end - f.start > 160;
    const left = Math.min(...visible.map((r) => r.left));
    const top = Math.min(...visible.map((r) => r.top));
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
    if (block) {
      el.classList.add('block');
      const bottom = Math.max(...visible.map((r) => r.bottom));
      const line = document.createElement('div');
      line.className = 'line';
      line.style.left = `${Math.max(clip.left, left) - left - 6}px`;
      line.style.top = '0px';
      line.style.height = `${bottom - top}px`;
      el.append(line);
      return el;
    }
    for (const r of visible) {
      const line = document.createElement('div');
      line.className = 'line';
      line.style.left = `${r.left - left}px`;
      line.style.top = `${r.bottom - top - 2}px`;
      line.style.width = `${Math.min(r.right, clip.right) - r.left}px`;
      el.append(line);
    }
    return el;
  }
}

/** The part of an element the user can see: its box clipped by every scrolling ancestor and the viewport. */
export function visibleRect(el: Element): DOMRect {
  let { left, top, right, bottom } = el.getBoundingClientRect();
  for (let p = el.parentElement; p; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (/(auto|scroll|hidden|clip)/.test(style.overflow + style.overflowY + style.overflowX)) {
      const r = p.getBoundingClientRect();
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
  }
  right = Math.min(right, window.innerWidth);
  bottom = Math.min(bottom, window.innerHeight);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

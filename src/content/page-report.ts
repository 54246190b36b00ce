// "Copy page report": what the page looks like around an editor the coach recognises but cannot read,
// for a bug report. Structure only: tag names, ids, classes, roles and the editing attributes. Never
// text, values, labels, titles, links or any other attribute, so none of the email's words leave with it.
import type { SiteAdapter } from '../sites/types';

export type UnreadableReason = 'no-match' | 'no-text' | 'frame';

/** Attributes that describe structure, not content (aria-label is left out: it can hold a subject or a name). */
const KEPT = ['id', 'class', 'role', 'contenteditable', 'aria-multiline', 'g_editable', 'name', 'type', 'tabindex'];
const MAX_NODES = 80;
const MAX_DEPTH = 4;
const ANCESTORS = 6;

/** One element as a CSS-like token: div#id.class[role=textbox]. Values are trimmed so nothing long slips in. */
export function describe(el: Element): string {
  let s = el.tagName.toLowerCase();
  for (const name of KEPT) {
    const v = el.getAttribute(name);
    if (v === null) continue;
    const clean = v.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (name === 'id') s += `#${clean}`;
    else if (name === 'class') s += clean ? `.${clean.split(' ').join('.')}` : '';
    else s += `[${name}${clean ? `=${clean}` : ''}]`;
  }
  if (el.tagName === 'BODY' && el.ownerDocument.designMode === 'on') s += '[designMode]';
  if (el.tagName === 'IFRAME') s += (el as HTMLIFrameElement).contentDocument ? '[same-origin]' : '[unreachable]';
  if (el.shadowRoot) s += '[shadow-root]';
  return s;
}

export function pageReport(target: Element, site: SiteAdapter, reason: UnreadableReason, version = ''): string {
  const lines = [`Tone Coach page report${version ? ` (${version})` : ''}`, `site: ${site.id}`, `reason: ${reason}`, `frame: ${window === window.top ? 'top' : 'subframe'}`, 'ancestors:'];
  const chain: Element[] = [];
  for (let el = target.parentElement; el && chain.length < ANCESTORS; el = el.parentElement) chain.unshift(el);
  chain.forEach((el, i) => lines.push(`${'  '.repeat(i + 1)}${describe(el)}`));
  lines.push('around the editor:');
  // The smallest compose container around the target, or its grandparent: where the editor should be.
  const root = site.composeSelectors.map((s) => target.closest(s)).find(Boolean) ?? target.parentElement?.parentElement ?? target;
  let count = 0;
  const walk = (el: Element, depth: number) => {
    if (count >= MAX_NODES) return;
    count++;
    lines.push(`${'  '.repeat(depth + 1)}${describe(el)}${el === target ? '  <- recognised' : ''}`);
    if (depth >= MAX_DEPTH) {
      if (el.childElementCount) lines.push(`${'  '.repeat(depth + 2)}… ${el.childElementCount} more`);
      return;
    }
    for (const c of el.children) walk(c, depth + 1);
  };
  walk(root, 0);
  if (count >= MAX_NODES) lines.push('  … (cut)');
  return lines.join('\n');
}

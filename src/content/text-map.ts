// The editor's plain text with a map back to DOM positions. Blocks and <br> become line breaks,
// &nbsp; becomes a space, images and excluded regions (quote, signature) are skipped.
export interface Segment {
  node: Text;
  /** Offset of this text node's first character in the plain text. */
  start: number;
  length: number;
}

export interface TextMap {
  text: string;
  segments: Segment[];
}

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TABLE', 'TR', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);
const SKIP = new Set(['IMG', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'VIDEO', 'AUDIO', 'CANVAS', 'IFRAME', 'OBJECT', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);

export function buildTextMap(root: Element, isExcluded: (node: Node) => boolean = () => false): TextMap {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  // Line breaks are added lazily so a block at the very start or end adds no blank line.
  let pendingBreaks = 0;
  const flush = () => {
    if (pendingBreaks && length > 0) {
      parts.push('\n'.repeat(pendingBreaks));
      length += pendingBreaks;
    }
    pendingBreaks = 0;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      if (isExcluded(node)) return;
      const data = (node as Text).data;
      if (!data) return;
      flush();
      segments.push({ node: node as Text, start: length, length: data.length });
      parts.push(data.replace(/[\u00a0\u200b]/g, ' '));
      length += data.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || isExcluded(el)) return;
    if (el.tagName === 'BR') {
      pendingBreaks++;
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block && length > 0) pendingBreaks = Math.max(pendingBreaks, 1);
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && length > 0) pendingBreaks = Math.max(pendingBreaks, 1);
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c);
  return { text: parts.join(''), segments };
}

/** The DOM position of a plain-text offset. `preferEnd` picks the earlier node at a boundary (for range ends). */
export function domPosition(map: TextMap, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segs[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.start + s.length) lo = mid + 1;
    else {
      // At a boundary shared by two nodes: a range start belongs to the next node, a range end to this one.
      if (!preferEnd && offset === s.start + s.length && segs[mid + 1]?.start === offset) return { node: segs[mid + 1].node, offset: 0 };
      return { node: s.node, offset: offset - s.start };
    }
  }
  // Between segments (at a line break): snap to the next segment's start or the previous one's end.
  const next = segs[lo];
  if (next && !preferEnd) return { node: next.node, offset: 0 };
  const prev = segs[lo - 1] ?? segs[0];
  return prev ? { node: prev.node, offset: prev.length } : null;
}

export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = domPosition(map, start, false);
  const b = domPosition(map, end, end > start);
  if (!a || !b) return null;
  const r = document.createRange();
  try {
    r.setStart(a.node, a.offset);
    r.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return r;
}

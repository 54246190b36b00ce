// Grapheme clusters: what a reader sees as one character ("🙏🏽", "👩‍💻", "🇪🇪", "1️⃣", "é").
// A span or an edit that ends inside one leaves an orphan modifier behind, so every offset the
// engine hands out is snapped to a cluster boundary here (Intl.Segmenter, the platform's own rules).

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Clusters are short; looking this far around an offset finds its boundaries without segmenting the draft.
const WINDOW = 32;

/** The start of the cluster that contains `at`, or `at` itself when it is already a boundary. */
export function clusterStart(text: string, at: number): number {
  if (at <= 0 || at >= text.length || !needsSegmenting(text, at)) return at;
  const from = Math.max(0, at - WINDOW);
  let start = from;
  for (const s of segmenter.segment(text.slice(from, Math.min(text.length, at + WINDOW)))) {
    if (from + s.index > at) break;
    start = from + s.index;
  }
  return start;
}

/** The end of the cluster that contains the character before `at`, or `at` when it is a boundary. */
export function clusterEnd(text: string, at: number): number {
  if (at <= 0 || at >= text.length || !needsSegmenting(text, at)) return at;
  const start = clusterStart(text, at);
  if (start === at) return at;
  const seg = segmenter.segment(text.slice(start, Math.min(text.length, start + WINDOW)))[Symbol.iterator]().next().value;
  return start + (seg ? seg.segment.length : 0);
}

/** Widen [start, end) to whole clusters. */
export function snapToClusters(text: string, start: number, end: number): [number, number] {
  const s = clusterStart(text, start);
  return [s, Math.max(s, clusterEnd(text, end))];
}

// Plain letters, digits, spaces and punctuation on both sides can never be inside one cluster.
function needsSegmenting(text: string, at: number): boolean {
  const simple = /[\x20-\x7e\n\t]/;
  return !(simple.test(text[at - 1]) && simple.test(text[at]));
}

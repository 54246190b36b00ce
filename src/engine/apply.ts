// Applying edits: the one place that turns edits into text, used by `fix`, the side panel and tests.
import type { Edit } from '../core/types';

/** Apply non-overlapping edits to text. Throws if they overlap or fall outside the text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i];
    if (e.start < 0 || e.end > text.length || e.start > e.end) throw new Error(`Edit ${e.start}-${e.end} is outside the text.`);
    if (i > 0 && sorted[i - 1].end > e.start) throw new Error(`Edits ${sorted[i - 1].start}-${sorted[i - 1].end} and ${e.start}-${e.end} overlap.`);
  }
  // One pass over the text: slicing the whole text once per edit is quadratic in a long draft.
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

// "Rewrite all" as a readable diff: the draft cut into kept, deleted and inserted pieces, straight
// from the edits (no text diffing needed: we know exactly what changes).
import type { Edit } from '../../core/types';

export type Piece = { kind: 'same' | 'del' | 'ins'; text: string };

export function diffPieces(text: string, edits: readonly Edit[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start > at) out.push({ kind: 'same', text: text.slice(at, e.start) });
    if (e.end > e.start) out.push({ kind: 'del', text: text.slice(e.start, e.end) });
    if (e.text) out.push({ kind: 'ins', text: e.text });
    at = Math.max(at, e.end);
  }
  if (at < text.length) out.push({ kind: 'same', text: text.slice(at) });
  return out;
}


import type { DocumentContext, Hit } from '../../types';

const JOINED = /\?[^?\n]*\?|\b(?:and|or)\s+(?:can|could|would|will|do|does|did|is|are|when|where|what|how|why|who|should)\b[^.!?]*\?$/i;
const QUESTION_WORD = /^(?:can|could|would|will|do|does|did|is|are|when|where|what|how|why|who|should|have|has)\b/i;

export function check(d: DocumentContext): Hit[] {
  const hits: Hit[] = [];
  for (const s of d.sentences) {
    if (s.text.endsWith('?') && QUESTION_WORD.test(s.text) && JOINED.test(s.text)) {
      hits.push({ start: s.start, end: s.end, message: { id: 'joined' } });
    }
  }
  return hits;
}

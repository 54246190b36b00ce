import type { SentenceContext, Hit } from '../../types';

const JOINED = /\?[^?\n]*\?|\b(?:and|or)\s+(?:can|could|would|will|do|does|did|is|are|when|where|what|how|why|who|should)\b[^.!?]*\?$/i;
const QUESTION_WORD = /^(?:can|could|would|will|do|does|did|is|are|when|where|what|how|why|who|should|have|has)\b/i;

export function check({ text }: SentenceContext): Hit[] {
  return text.endsWith('?') && QUESTION_WORD.test(text) && JOINED.test(text) ? [{ start: 0, end: text.length, message: { id: 'joined' } }] : [];
}

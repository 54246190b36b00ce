import type { SentenceContext, Hit } from '../../types';

const JOINED = /\b(?:ja|või|ning)\s+(?:kas|millal|kus|kuidas|miks|kes|mis|mida|kui palju)\b/i;

export function check({ text }: SentenceContext): Hit[] {
  if (!text.endsWith('?') || !/^(?:kas|millal|kus|kuidas|miks|kes|mis|mida)\b/i.test(text)) return [];
  return JOINED.test(text) ? [{ start: 0, end: text.length }] : [];
}

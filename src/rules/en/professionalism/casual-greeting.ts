import type { DocumentContext, Hit } from '../../types';

const CASUAL = /^(hey(?: there| guys| you)?|hiya|heya|yo|sup|what'?s up|howdy|hi guys|hey hey)(?![\p{L}])/iu;

export function check(d: DocumentContext): Hit[] {
  const m = d.greeting && CASUAL.exec(d.greeting.text);
  if (!m || !d.greeting) return [];
  const start = d.greeting.start;
  return [{ start, end: start + m[0].length, suggestions: [{ label: { id: 'use', params: { replacement: 'Hello' } }, edits: [{ start, end: start + m[0].length, text: 'Hello' }] }] }];
}

import type { DocumentContext, Hit } from '../../types';

const CASUAL = /^(tsau(?:ki)?|tšau(?:ki)?|čau|pakaa?|hei-hei|kallistan|kalli|musi|cya|head aega)(?![\p{L}])/iu;

export function check(d: DocumentContext): Hit[] {
  const last = d.sentences[d.sentences.length - 1];
  const line = d.signOff ?? (last && last.text.length < 30 ? last : undefined);
  const m = line && CASUAL.exec(line.text);
  if (!m || !line || line.start === d.greeting?.start) return [];
  return [{ start: line.start, end: line.start + m[0].length, suggestions: [{ label: { id: 'use', params: { replacement: 'Lugupidamisega' } }, edits: [{ start: line.start, end: line.start + m[0].length, text: 'Lugupidamisega' }] }] }];
}

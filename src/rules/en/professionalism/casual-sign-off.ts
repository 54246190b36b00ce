import type { DocumentContext, Hit } from '../../types';

const CASUAL = /^(later|laters|ttyl|xoxo|xx|peace|cya|see ya|bye+|thx|l8r|toodles)(?![\p{L}])/iu;

export function check(d: DocumentContext): Hit[] {
  const m = d.signOff && CASUAL.exec(d.signOff.text);
  if (!m || !d.signOff) return [];
  const { start } = d.signOff;
  return [{ start, end: start + m[0].length, suggestions: [{ label: { id: 'use', params: { replacement: 'Best regards' } }, edits: [{ start, end: start + m[0].length, text: 'Best regards' }] }] }];
}

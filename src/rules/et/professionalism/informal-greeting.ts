import type { DocumentContext, Hit } from '../../types';

const CASUAL = /^(tsau(?:ki)?|tšau(?:ki)?|čau|hei+|heihei|ou|jou|hellou|privet|hommikust)(?![\p{L}])/iu;

export function check(d: DocumentContext): Hit[] {
  const m = d.greeting && CASUAL.exec(d.greeting.text);
  if (!m || !d.greeting) return [];
  const start = d.greeting.start;
  return [
    {
      start,
      end: start + m[0].length,
      suggestions: [{ label: { id: 'use', params: { replacement: 'Tere' } }, edits: [{ start, end: start + m[0].length, text: 'Tere' }] }],
    },
  ];
}

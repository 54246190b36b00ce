import type { DocumentContext, Hit } from '../../types';

export function check(d: DocumentContext): Hit[] {
  if (d.signOff || d.stats.words < Number(d.options.minWords)) return [];
  // A one-sentence reply ("Thanks, will do.") reads fine without it; a letter does not.
  if (d.stats.sentences < 2) return [];
  const last = d.sentences[d.sentences.length - 1];
  if (!last) return [];
  return [
    {
      start: last.start,
      end: last.end,
      suggestions: [{ label: { id: 'add' }, edits: [{ start: last.end, end: last.end, text: '\n\nBest regards,\n[[your name]]' }] }],
    },
  ];
}

import type { DocumentContext, Hit } from '../../types';

export function check(d: DocumentContext): Hit[] {
  if (d.greeting || d.stats.words < Number(d.options.minWords)) return [];
  // A one-sentence reply ("Thanks, will do.") reads fine without it; a letter does not.
  if (d.stats.sentences < 2) return [];
  const first = d.sentences[0];
  if (!first) return [];
  return [
    {
      start: first.start,
      end: first.end,
      suggestions: [{ label: { id: 'add' }, edits: [{ start: first.start, end: first.start, text: 'Hello [[name]],\n\n' }] }],
    },
  ];
}

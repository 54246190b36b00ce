import type { DocumentContext, Hit } from '../../types';
import { lexicon } from '../../lexicon';

const ASK = lexicon('ask');

export function check(d: DocumentContext): Hit[] {
  if (d.stats.words < Number(d.options.minWords)) return [];
  const body = d.sentences.filter((s) => s.start !== d.greeting?.start && s.start < d.signatureStart && s.start !== d.signOff?.start);
  if (body.length < 4) return [];
  const asks = body.filter((s) => s.text.endsWith('?') || ASK.test(s.text));
  if (asks.length !== 1) return [];
  const ask = asks[0];
  const index = body.indexOf(ask);
  if (index < body.length - 2 || index === 0) return [];
  // Move the ask to the top: delete it where it is and insert it before the first sentence.
  const first = body[0];
  let delStart = ask.start;
  while (delStart > 0 && d.body[delStart - 1] === ' ') delStart--;
  return [
    {
      start: ask.start,
      end: ask.end,
      suggestions: [
        {
          label: { id: 'move' },
          edits: [
            { start: first.start, end: first.start, text: `${ask.text} ` },
            { start: delStart, end: ask.end, text: '' },
          ],
        },
      ],
    },
  ];
}

import type { DocumentRule } from '../../types';
import { ASK } from '../lexicon';

export default {
  id: 'clarity/buried-ask',
  category: 'clarity',
  severity: 'info',
  options: { minWords: 100 },
  strict: { severity: 'warning', options: { minWords: 80 } },
  languages: ['en'],
  scope: 'document',
  message: 'The request is buried at the end of a long email.',
  explanation:
    'Busy readers skim the first lines. When the only request sits in the last paragraph of a long email it is easily missed; put what you need first and the background after it.',
  i18n: {
    et: {
      message: 'Palve on pika kirja lõppu peidetud.',
      explanation:
        'Kiired lugejad loevad esimesi ridu. Kui ainus palve on pika kirja viimases lõigus, jääb see kergesti märkamata; pane see, mida vajad, algusesse ja taust selle järele.',
    },
  },
  check(d) {
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
            label: 'Move the request to the top',
            edits: [
              { start: first.start, end: first.start, text: `${ask.text} ` },
              { start: delStart, end: ask.end, text: '' },
            ],
          },
        ],
      },
    ];
  },
  examples: {
    fire: [
      'Hi Dana,\n\nLast week we met the venue manager and walked through both rooms. The small room holds twenty people and has a projector, good light and a quiet corridor. The large room holds sixty people but has no projector, so we would rent one from the hotel. The caterer can serve either room and needs the final number of guests ten days ahead. Parking is free after six in the evening, and the hotel offers a discount on rooms for speakers who stay overnight. The contract allows changes until the end of the month without a fee. Could you choose the room by Friday?\n\nBest,\nMia',
    ],
    pass: [
      'Hi Dana,\n\nCould you choose the room by Friday? Last week we met the venue manager and walked through both rooms. The small room holds twenty people and has a projector, good light and a quiet corridor. The large room holds sixty people but has no projector, so we would rent one from the hotel. The caterer can serve either room and needs the final number of guests ten days ahead. Parking is free after six in the evening, and the hotel offers a discount on rooms for speakers who stay overnight.\n\nBest,\nMia',
    ],
  },
} satisfies DocumentRule;

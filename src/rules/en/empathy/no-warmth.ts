import type { DocumentRule } from '../../types';
import { wordRe } from '../../rule';
import { insertBeforeSignOff } from '../../placement';

const WARM = wordRe(
  'thanks?|thank you|appreciate\\w*|grateful|glad|happy|pleased|delighted|hope|please|welcome|great|wonderful|enjoy\\w*|kind|lovely|sorry|congrat\\w*|good (?:morning|afternoon|evening|luck)|take care|warm\\w*',
);

export default {
  id: 'empathy/no-warmth',
  category: 'empathy',
  severity: 'info',
  options: { minWords: 60 },
  strict: { options: { minWords: 35 } },
  languages: ['en'],
  scope: 'document',
  message: 'Nothing in this email sounds warm.',
  explanation:
    'A longer email with no "thank you", "please" or kind word reads as cold, even when every fact is right. Genuine care and appreciation in a sentence or two is what turns a transaction into a relationship.',
  i18n: {
    et: {
      message: 'Selles kirjas pole midagi sooja.',
      explanation:
        'Pikem kiri, milles pole ühtki „thank you“, „please“ ega lahket sõna, mõjub külmalt, isegi kui kõik faktid on õiged. Siiras hoolivus ja tänu ühes-kahes lauses muudavad tehingu suhteks.',
    },
  },
  check(d) {
    if (d.stats.words < Number(d.options.minWords) || WARM.test(d.body)) return [];
    const last = d.sentences[d.sentences.length - 1];
    if (!last) return [];
    return [
      {
        start: last.start,
        end: last.end,
        suggestions: [{ label: 'Close with appreciation', edits: [insertBeforeSignOff(d, 'Thank you for your time.')] }],
      },
    ];
  },
  examples: {
    fire: [
      'The report is attached. The numbers for March are lower than in February. The main reason is the delayed shipment from the supplier. The second reason is the price change in the middle of the month. The shipment arrives on 4 April. The new prices apply from 1 May. I will update the forecast after that date. The board sees the forecast at the quarterly meeting.',
    ],
    pass: [
      'Thank you for the figures. The report is attached. The numbers for March are lower than in February. The main reason is the delayed shipment from the supplier. The second reason is the price change. The shipment arrives on 4 April. The new prices apply from 1 May. I will update the forecast after that.',
      'The report is attached.',
    ],
  },
} satisfies DocumentRule;

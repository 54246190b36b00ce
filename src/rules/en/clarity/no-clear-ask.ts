import type { DocumentRule } from '../../types';
import { ASK } from '../lexicon';
import { wordRe } from '../../rule';
import { insertBeforeSignOff } from '../../placement';

const INFO_ONLY = wordRe('fyi|for your information|no action (?:is )?needed|no need to reply|just so you know|heads up|for your records|confirm(?:ing|ed)?|attached|here is|here are|update|i will|i\'ll|we will|thank you|thanks');

export default {
  id: 'clarity/no-clear-ask',
  category: 'clarity',
  severity: 'info',
  options: { minWords: 45 },
  strict: { options: { minWords: 30 } },
  languages: ['en'],
  scope: 'document',
  message: 'It is not clear what you need from the reader.',
  explanation:
    'A client email that needs something should say exactly what, by when and from whom. Without a clear ask the reader has to guess, and the email gets parked. State the request in one sentence, ideally as a question.',
  i18n: {
    et: {
      message: 'Pole selge, mida lugejalt ootad.',
      explanation:
        'Kliendikiri, mis midagi vajab, peab ütlema täpselt, mida, mis ajaks ja kellelt. Ilma selge palveta peab lugeja oletama ja kiri jääb ootele. Sõnasta palve ühe lausega, soovitatavalt küsimusena.',
    },
  },
  check(d) {
    if (d.stats.words < Number(d.options.minWords) || d.stats.questions > 0) return [];
    if (ASK.test(d.body) || INFO_ONLY.test(d.body)) return [];
    const last = d.sentences[d.sentences.length - 1];
    if (!last) return [];
    return [
      {
        start: last.start,
        end: last.end,
        suggestions: [{ label: 'Add a clear request', edits: [insertBeforeSignOff(d, 'Could you [[what you need]] by [[date]]?')] }],
      },
    ];
  },
  examples: {
    fire: [
      'Hi Dana,\n\nThe venue has two rooms free in June. The small room holds twenty people and has a projector. The large room holds sixty people but has no projector. The caterer can serve either room. The price difference between the rooms is about three hundred euros for a full day.\n\nBest,\nMia',
    ],
    pass: [
      'Hi Dana,\n\nThe venue has two rooms free in June. The small room holds twenty people and has a projector. The large room holds sixty people but has no projector. The caterer can serve either room. Which room would you prefer?\n\nBest,\nMia',
      'Hi Dana, the room is booked.',
    ],
  },
} satisfies DocumentRule;

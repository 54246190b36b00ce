import type { DocumentRule } from '../../types';
import { BAD_NEWS } from '../lexicon';

const BARE = /^(?:noted|ok(?:ay)?|k|fine|got it|understood|received|sure|right|acknowledged|whatever|thanks|thx)[.!]*$/i;

export default {
  id: 'empathy/cold-reply',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  scope: 'document',
  message: 'A one-word reply to bad news can feel cold.',
  explanation:
    'When someone shares a problem or bad news, "Noted." sounds like you do not care. Add one human sentence and say what happens next; showing care and offering support when it is needed builds trust.',
  i18n: {
    et: {
      message: 'Üheksõnaline vastus halvale uudisele võib tunduda külm.',
      explanation:
        'Kui keegi jagab probleemi või halba uudist, kõlab „Noted.“ nii, nagu see ei läheks Sulle korda. Lisa üks inimlik lause ja ütle, mis edasi saab; hoolivus ja tugi õigel hetkel loovad usaldust.',
    },
  },
  check(d) {
    if (!d.incoming || !BAD_NEWS.test(d.incoming)) return [];
    const content = d.sentences.filter((s) => s !== d.greeting && s.start !== d.greeting?.start);
    if (content.length !== 1 || !BARE.test(content[0].text.trim())) return [];
    const s = content[0];
    return [
      {
        start: s.start,
        end: s.end,
        suggestions: [
          {
            label: 'Show you care and say what happens next',
            edits: [{ start: s.start, end: s.end, text: `Thank you for letting me know, and I am sorry to hear it. [[what you will do next]]` }],
          },
        ],
      },
    ];
  },
  examples: {
    fire: [{ incoming: 'Unfortunately the venue cancelled our booking for Friday.', body: 'Noted.' }, { incoming: 'Bad news: we lost the contract.', body: 'Hi Tom,\n\nOk.\n\nMia' }],
    pass: [
      { incoming: 'Unfortunately the venue cancelled our booking for Friday.', body: 'Noted, thank you. I will find a new venue by Wednesday.' },
      { incoming: 'The meeting is at 3 pm.', body: 'Noted.' },
    ],
  },
} satisfies DocumentRule;

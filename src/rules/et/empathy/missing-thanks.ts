import type { DocumentRule } from '../../rule';
import { insertAfterGreeting } from '../../placement';
import { EFFORT } from '../../en/lexicon';
import { ET_EFFORT, ET_THANKS } from '../lexicon';

export default {
  id: 'empathy/et-missing-thanks',
  category: 'empathy',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  scope: 'document',
  message: 'Nad tegid Teie heaks midagi; see vastus ei täna neid.',
  explanation:
    'Pingutuse märkamine, olgu see kui väike tahes, näitab, et tööd nähakse, ja hoiab motivatsiooni. Lühike ja konkreetne tänu on lihtsaim viis töösuhet tugevdada.',
  i18n: {
    en: {
      message: 'They did something for you; this reply does not thank them.',
      explanation: 'Acknowledging effort tells people their work is seen and keeps them motivated. A short, specific thank-you is the cheapest way to strengthen a working relationship.',
    },
  },
  check(d) {
    if (!d.incoming || !(ET_EFFORT.test(d.incoming) || EFFORT.test(d.incoming)) || ET_THANKS.test(d.body)) return [];
    const first = d.sentences.find((s) => !d.greeting || s.start > d.greeting.start);
    if (!first) return [];
    return [{ start: first.start, end: first.end, suggestions: [{ label: 'Täna kõigepealt', edits: [insertAfterGreeting(d, 'Tänan Teid tehtud töö eest!')] }] }];
  },
  examples: {
    fire: [{ incoming: 'Tere! Saatsin uuendatud ajakava ja broneerisin ruumid.', body: 'Tere, Mari!\n\nTeisipäevane kohtumine tuleb viia kella kahele.\n\nLugupidamisega\nMart' }],
    pass: [
      { incoming: 'Tere! Saatsin uuendatud ajakava ja broneerisin ruumid.', body: 'Tere, Mari!\n\nAitäh! Teisipäevane kohtumine tuleb viia kella kahele.\n\nLugupidamisega\nMart' },
      { incoming: 'Millal kohtumine toimub?', body: 'Tere, Mari!\n\nKohtumine toimub teisipäeval kell kaks.\n\nLugupidamisega\nMart' },
    ],
  },
} satisfies DocumentRule;

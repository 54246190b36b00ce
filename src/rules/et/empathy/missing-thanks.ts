import { replyRule } from '../../rule';
import { EFFORT } from '../../en/lexicon';
import { ET_EFFORT, ET_THANKS } from '../lexicon';

export default replyRule({
  id: 'empathy/et-missing-thanks',
  category: 'empathy',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  message: 'Nad tegid Sinu heaks midagi; see vastus ei täna neid.',
  explanation:
    'Pingutuse märkamine, olgu see kui väike tahes, näitab, et tööd nähakse, ja hoiab motivatsiooni. Lühike ja konkreetne tänu on lihtsaim viis töösuhet tugevdada.',
  i18n: {
    en: {
      message: 'They did something for you; this reply does not thank them.',
      explanation: 'Acknowledging effort tells people their work is seen and keeps them motivated. A short, specific thank-you is the cheapest way to strengthen a working relationship.',
    },
  },
  when: [ET_EFFORT, EFFORT],
  answeredBy: ET_THANKS,
  insert: 'Tänan Teid tehtud töö eest!',
  label: 'Täna kõigepealt',
  examples: {
    fire: [{ incoming: 'Tere! Saatsin uuendatud ajakava ja broneerisin ruumid.', body: 'Tere, Mari!\n\nTeisipäevane kohtumine tuleb viia kella kahele.\n\nLugupidamisega\nMart' }],
    pass: [
      { incoming: 'Tere! Saatsin uuendatud ajakava ja broneerisin ruumid.', body: 'Tere, Mari!\n\nAitäh! Teisipäevane kohtumine tuleb viia kella kahele.\n\nLugupidamisega\nMart' },
      { incoming: 'Millal kohtumine toimub?', body: 'Tere, Mari!\n\nKohtumine toimub teisipäeval kell kaks.\n\nLugupidamisega\nMart' },
    ],
  },
});

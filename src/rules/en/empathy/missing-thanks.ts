import { replyRule } from '../../rule';
import { EFFORT, THANKS } from '../lexicon';

export default replyRule({
  id: 'empathy/missing-thanks',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  message: 'They did something for you; this reply does not thank them.',
  explanation:
    'Acknowledging effort, however small, tells people their work is seen and keeps them motivated. A short, specific thank-you is the cheapest way to strengthen a working relationship.',
  i18n: {
    et: {
      message: 'Nad tegid midagi Sinu heaks; see vastus ei täna neid.',
      explanation:
        'Pingutuse märkamine, olgu see kui väike tahes, näitab, et tööd nähakse, ja hoiab motivatsiooni. Lühike ja konkreetne tänu on lihtsaim viis töösuhet tugevdada.',
    },
  },
  when: [EFFORT],
  answeredBy: THANKS,
  insert: 'Thank you for your work on this.',
  label: 'Thank them first',
  examples: {
    fire: [{ incoming: 'Hi, I have attached the updated schedule and booked the rooms.', body: 'Hi Sam,\n\nThe Tuesday slot needs to move to 2 pm.\n\nBest,\nMia' }],
    pass: [
      { incoming: 'Hi, I have attached the updated schedule and booked the rooms.', body: 'Hi Sam,\n\nThanks for sorting this out. The Tuesday slot needs to move to 2 pm.\n\nBest,\nMia' },
      { incoming: 'When is the meeting?', body: 'Hi Sam,\n\nThe meeting is on Tuesday at 2 pm.\n\nBest,\nMia' },
    ],
  },
});

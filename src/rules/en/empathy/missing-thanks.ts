import type { DocumentRule } from '../../rule';
import { EFFORT, THANKS } from '../lexicon';
import { insertAfterGreeting } from '../../placement';

export default {
  id: 'empathy/missing-thanks',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  scope: 'document',
  message: 'They did something for you; this reply does not thank them.',
  explanation:
    'Acknowledging effort, however small, tells people their work is seen and keeps them motivated. A short, specific thank-you is the cheapest way to strengthen a working relationship.',
  check(d) {
    if (!d.incoming || !EFFORT.test(d.incoming) || THANKS.test(d.body)) return [];
    const first = d.sentences.find((s) => !d.greeting || s.start > d.greeting.start);
    if (!first) return [];
    return [
      {
        start: first.start,
        end: first.end,
        suggestions: [{ label: 'Thank them first', edits: [insertAfterGreeting(d, 'Thank you for your work on this.')] }],
      },
    ];
  },
  examples: {
    fire: [{ incoming: 'Hi, I have attached the updated schedule and booked the rooms.', body: 'Hi Sam,\n\nThe Tuesday slot needs to move to 2 pm.\n\nBest,\nMia' }],
    pass: [
      { incoming: 'Hi, I have attached the updated schedule and booked the rooms.', body: 'Hi Sam,\n\nThanks for sorting this out. The Tuesday slot needs to move to 2 pm.\n\nBest,\nMia' },
      { incoming: 'When is the meeting?', body: 'Hi Sam,\n\nThe meeting is on Tuesday at 2 pm.\n\nBest,\nMia' },
    ],
  },
} satisfies DocumentRule;

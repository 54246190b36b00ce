import type { DocumentRule } from '../../rule';
import { ACKNOWLEDGES, UPSET } from '../lexicon';
import { insertAfterGreeting } from '../../placement';

export default {
  id: 'empathy/unacknowledged-feelings',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  scope: 'document',
  message: 'They sound upset, and this reply does not acknowledge it.',
  explanation:
    'A client who is frustrated, worried or grieving first needs to feel heard. One sentence that names their feeling ("I understand how frustrating this delay is") before the facts keeps the relationship intact; validating feelings is the core of empathetic support.',
  check(d) {
    if (!d.incoming || !UPSET.test(d.incoming) || ACKNOWLEDGES.test(d.body)) return [];
    const first = d.sentences.find((s) => s !== d.greeting && s.start !== d.greeting?.start) ?? d.sentences[0];
    if (!first) return [];
    return [
      {
        start: first.start,
        end: first.end,
        suggestions: [
          {
            label: 'Acknowledge how they feel first',
            edits: [insertAfterGreeting(d, 'I understand how frustrating this is, and I am sorry for the trouble.')],
          },
        ],
      },
    ];
  },
  examples: {
    fire: [
      { incoming: 'This is the third time the invoice is wrong. I am really frustrated.', body: 'Hi Anna,\n\nThe corrected invoice is attached.\n\nBest regards,\nMia' },
      { incoming: 'My father passed away on Sunday, so I will miss the meeting.', body: 'Hello Tom,\n\nI moved the meeting to Thursday.\n\nBest,\nMia' },
    ],
    pass: [
      { incoming: 'This is the third time the invoice is wrong. I am really frustrated.', body: 'Hi Anna,\n\nI am sorry about the repeated errors. The corrected invoice is attached.\n\nBest regards,\nMia' },
      { incoming: 'Could you send the invoice?', body: 'Hi Anna,\n\nThe invoice is attached.\n\nBest regards,\nMia' },
      'Hi Anna,\n\nThe invoice is attached.\n\nBest regards,\nMia',
    ],
  },
} satisfies DocumentRule;

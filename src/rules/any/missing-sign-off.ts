import type { DocumentRule } from '../types';

export default {
  id: 'professionalism/missing-sign-off',
  category: 'professionalism',
  severity: 'info',
  options: { minWords: 25 },
  strict: { severity: 'warning', options: { minWords: 10 } },
  languages: 'any',
  scope: 'document',
  message: 'The email ends without a sign-off.',
  explanation: 'A closing line ("Best regards,") and your name end the email politely and tell the reader who to answer. Without it the message feels cut off.',
  i18n: {
    et: {
      message: 'Kiri lõpeb ilma lõputervituseta.',
      explanation:
        'Lõputervitus („Lugupidamisega“, „Parimate soovidega“) ja nimi lõpetavad kirja viisakalt ja ütlevad lugejale, kellele vastata. Ilma selleta tundub kiri poolikuna.',
    },
  },
  check(d) {
    if (d.signOff || d.stats.words < Number(d.options.minWords)) return [];
    // A one-sentence reply ("Thanks, will do.") reads fine without it; a letter does not.
    if (d.stats.sentences < 2) return [];
    const last = d.sentences[d.sentences.length - 1];
    if (!last) return [];
    return [
      {
        start: last.start,
        end: last.end,
        suggestions: [{ label: 'Add a sign-off', edits: [{ start: last.end, end: last.end, text: '\n\nBest regards,\n[[your name]]' }] }],
      },
    ];
  },
  examples: {
    fire: ['Hi Tom,\n\nThe meeting moved to Thursday at 2 pm, and the room is now 4B on the fourth floor. Please bring the signed contract and the budget.'],
    pass: ['Hi Tom,\n\nThe meeting moved to Thursday at 2 pm, and the room is now 4B on the fourth floor. Please bring the signed contract and the budget.\n\nKind regards,\nMia'],
  },
} satisfies DocumentRule;

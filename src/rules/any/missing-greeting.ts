import type { DocumentRule } from '../types';

export default {
  id: 'professionalism/missing-greeting',
  category: 'professionalism',
  severity: 'info',
  options: { minWords: 12 },
  strict: { severity: 'warning', options: { minWords: 6 } },
  languages: 'any',
  scope: 'document',
  message: 'The email starts without a greeting.',
  explanation:
    'Opening with the reader\'s name ("Hello Anna,") is the written handshake. Without it, even a friendly email starts cold.',
  i18n: {
    et: {
      message: 'Kiri algab ilma pöördumiseta.',
      explanation:
        'Pöördumine nimepidi („Tere, Mari!“, „Lugupeetud härra Tamm“) on kirjalik käepigistus. Ilma selleta algab ka sõbralik kiri külmalt.',
    },
  },
  check(d) {
    if (d.greeting || d.stats.words < Number(d.options.minWords)) return [];
    // A one-sentence reply ("Thanks, will do.") reads fine without it; a letter does not.
    if (d.stats.sentences < 2) return [];
    const first = d.sentences[0];
    if (!first) return [];
    return [
      {
        start: first.start,
        end: first.end,
        suggestions: [{ label: 'Add a greeting', edits: [{ start: first.start, end: first.start, text: 'Hello [[name]],\n\n' }] }],
      },
    ];
  },
  examples: {
    fire: ['The meeting moved to Thursday at 2 pm, and the room is now 4B on the fourth floor.\n\nBest,\nMia'],
    pass: ['Hi Tom,\n\nThe meeting moved to Thursday at 2 pm, and the room is now 4B on the fourth floor.\n\nBest,\nMia', 'Tere, Mari!\n\nKohtumine on neljapäeval kell 14 ja ruum on nüüd 4B neljandal korrusel.', 'Sounds good.'],
  },
} satisfies DocumentRule;

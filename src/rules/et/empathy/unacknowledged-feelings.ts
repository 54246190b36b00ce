import type { DocumentRule } from '../../rule';
import { insertAfterGreeting } from '../../placement';
import { UPSET } from '../../en/lexicon';
import { ET_ACKNOWLEDGES, ET_UPSET } from '../lexicon';

export default {
  id: 'empathy/et-unacknowledged-feelings',
  category: 'empathy',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  scope: 'document',
  message: 'Klient on pahane või mures, aga vastus ei tunnista seda.',
  explanation:
    'Rahulolematu, mures või leinav klient tahab kõigepealt tunda, et teda on kuulda võetud. Üks lause, mis tema tunnet nimetab („Mõistan, kui häiriv see viivitus on“), enne fakte hoiab suhte terve. Eriti oluline on jääda rahulikuks kliendiga, kes ei ole rahul.',
  i18n: {
    en: {
      message: 'The client is upset or worried, and this reply does not acknowledge it.',
      explanation: 'An unhappy, worried or grieving client first needs to feel heard. One sentence that names their feeling, before the facts, keeps the relationship intact.',
    },
  },
  check(d) {
    if (!d.incoming || !(ET_UPSET.test(d.incoming) || UPSET.test(d.incoming)) || ET_ACKNOWLEDGES.test(d.body)) return [];
    const first = d.sentences.find((s) => !d.greeting || s.start > d.greeting.start);
    if (!first) return [];
    return [{ start: first.start, end: first.end, suggestions: [{ label: 'Tunnista kõigepealt tema tunnet', edits: [insertAfterGreeting(d, 'Mõistan Teie pettumust ja vabandan tekkinud ebamugavuste pärast.')] }] }];
  },
  examples: {
    fire: [{ incoming: 'Arve on juba kolmandat korda vale. Olen väga pettunud.', body: 'Tere, Mari!\n\nParandatud arve on lisatud.\n\nLugupidamisega\nMart' }],
    pass: [
      { incoming: 'Arve on juba kolmandat korda vale. Olen väga pettunud.', body: 'Tere, Mari!\n\nVabandan korduvate vigade pärast. Parandatud arve on lisatud.\n\nLugupidamisega\nMart' },
      { incoming: 'Palun saatke arve.', body: 'Tere, Mari!\n\nArve on lisatud.\n\nLugupidamisega\nMart' },
    ],
  },
} satisfies DocumentRule;

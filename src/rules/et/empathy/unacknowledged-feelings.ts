import { replyRule } from '../../rule';
import { UPSET } from '../../en/lexicon';
import { ET_ACKNOWLEDGES, ET_UPSET } from '../lexicon';

export default replyRule({
  id: 'empathy/et-unacknowledged-feelings',
  category: 'empathy',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  message: 'Klient on pahane või mures, aga vastus ei tunnista seda.',
  explanation:
    'Rahulolematu, mures või leinav klient tahab kõigepealt tunda, et teda on kuulda võetud. Üks lause, mis tema tunnet nimetab („Mõistan, kui häiriv see viivitus on“), enne fakte hoiab suhte terve. Eriti oluline on jääda rahulikuks kliendiga, kes ei ole rahul.',
  i18n: {
    en: {
      message: 'The client is upset or worried, and this reply does not acknowledge it.',
      explanation: 'An unhappy, worried or grieving client first needs to feel heard. One sentence that names their feeling, before the facts, keeps the relationship intact.',
    },
  },
  when: [ET_UPSET, UPSET],
  answeredBy: ET_ACKNOWLEDGES,
  insert: 'Mõistan Teie pettumust ja vabandan tekkinud ebamugavuste pärast.',
  label: 'Tunnista kõigepealt tema tunnet',
  examples: {
    fire: [{ incoming: 'Arve on juba kolmandat korda vale. Olen väga pettunud.', body: 'Tere, Mari!\n\nParandatud arve on lisatud.\n\nLugupidamisega\nMart' }],
    pass: [
      { incoming: 'Arve on juba kolmandat korda vale. Olen väga pettunud.', body: 'Tere, Mari!\n\nVabandan korduvate vigade pärast. Parandatud arve on lisatud.\n\nLugupidamisega\nMart' },
      { incoming: 'Palun saatke arve.', body: 'Tere, Mari!\n\nArve on lisatud.\n\nLugupidamisega\nMart' },
    ],
  },
});

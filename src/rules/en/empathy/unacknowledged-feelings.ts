import { replyRule } from '../../rule';
import { ACKNOWLEDGES, UPSET } from '../lexicon';

export default replyRule({
  id: 'empathy/unacknowledged-feelings',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  message: 'They sound upset, and this reply does not acknowledge it.',
  explanation:
    'A client who is frustrated, worried or grieving first needs to feel heard. One sentence that names their feeling ("I understand how frustrating this delay is") before the facts keeps the relationship intact; validating feelings is the core of empathetic support.',
  i18n: {
    et: {
      message: 'Nad on pahased või mures, aga see vastus ei tunnista seda.',
      explanation:
        'Pahane, mures või leinav klient tahab kõigepealt tunda, et teda on kuulda võetud. Üks lause, mis tema tunnet nimetab („Mõistan, kui häiriv see viivitus on“), enne fakte hoiab suhte terve; tunnete kinnitamine on empaatilise toe tuum.',
    },
  },
  when: [UPSET],
  answeredBy: ACKNOWLEDGES,
  insert: 'I understand how frustrating this is, and I am sorry for the trouble.',
  label: 'Acknowledge how they feel first',
  examples: {
    fire: [
      { incoming: 'This is the third time the invoice is wrong. I am really frustrated.', body: 'Hi Anna,\n\nThe corrected invoice is attached.\n\nBest regards,\nMia' },
      { incoming: 'My father passed away on Sunday, so I will miss the meeting.', body: 'Hello Tom,\n\nI moved the meeting to Thursday.\n\nBest,\nMia' },
      { incoming: 'This is the third time the invoice is wrong. I am really frustrated.', body: 'Hi Anna, the corrected invoice is attached.' },
    ],
    pass: [
      { incoming: 'This is the third time the invoice is wrong. I am really frustrated.', body: 'Hi Anna,\n\nI am sorry about the repeated errors. The corrected invoice is attached.\n\nBest regards,\nMia' },
      { incoming: 'Could you send the invoice?', body: 'Hi Anna,\n\nThe invoice is attached.\n\nBest regards,\nMia' },
      'Hi Anna,\n\nThe invoice is attached.\n\nBest regards,\nMia',
    ],
  },
});

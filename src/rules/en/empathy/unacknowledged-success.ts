import { replyRule } from '../../rule';
import { CONGRATULATES, GOOD_NEWS } from '../lexicon';

export default replyRule({
  id: 'empathy/unacknowledged-success',
  category: 'empathy',
  severity: 'info',
  languages: ['en'],
  message: 'They shared good news; celebrate it before moving on.',
  explanation:
    'Recognising achievements, however small, strengthens the bond and motivates people. Skipping straight to business after someone shares a win feels cold; one line of congratulations costs nothing.',
  i18n: {
    et: {
      message: 'Nad jagasid head uudist; tähista seda enne edasiminekut.',
      explanation:
        'Saavutuste märkamine, olgu need kui väikesed tahes, tugevdab sidet ja motiveerib. Kui keegi jagab võitu ja vastus läheb otse asja juurde, tundub see külm; üks õnnitlusrida ei maksa midagi.',
    },
  },
  when: [GOOD_NEWS],
  answeredBy: CONGRATULATES,
  insert: 'Congratulations, that is great news!',
  label: 'Congratulate them',
  examples: {
    fire: [{ incoming: 'We signed the contract with Acme yesterday!', body: 'Hi Lee,\n\nPlease send me the signed copy.\n\nBest,\nMia' }],
    pass: [
      { incoming: 'We signed the contract with Acme yesterday!', body: 'Hi Lee,\n\nCongratulations! Please send me the signed copy.\n\nBest,\nMia' },
      { incoming: 'Here is the agenda.', body: 'Hi Lee,\n\nPlease send me the signed copy.\n\nBest,\nMia' },
    ],
  },
});

import { phraseRule } from '../../rule';

const FORMS: Array<[string, string]> = [
  ["don['’]t", 'do not'], ["doesn['’]t", 'does not'], ["didn['’]t", 'did not'], ["can['’]t", 'cannot'], ["won['’]t", 'will not'],
  ["isn['’]t", 'is not'], ["aren['’]t", 'are not'], ["wasn['’]t", 'was not'], ["weren['’]t", 'were not'], ["haven['’]t", 'have not'],
  ["hasn['’]t", 'has not'], ["couldn['’]t", 'could not'], ["wouldn['’]t", 'would not'], ["shouldn['’]t", 'should not'],
  ["i['’]m", 'I am'], ["i['’]ll", 'I will'], ["i['’]ve", 'I have'], ["we['’]re", 'we are'], ["we['’]ll", 'we will'],
  ["you['’]re", 'you are'], ["you['’]ll", 'you will'], ["it['’]s", 'it is'], ["that['’]s", 'that is'], ["let['’]s", 'let us'],
];

export default phraseRule({
  id: 'professionalism/contraction',
  category: 'professionalism',
  severity: 'info',
  standardOff: true,
  languages: ['en'],
  message: '“{text}” is informal for a formal email.',
  explanation: 'Contractions are friendly, and fine with most clients. In a formal first email or a complaint reply, full forms ("do not", "I am") read as more careful.',
  i18n: {
    et: {
      message: 'See lühivorm on ametlikus kirjas mitteametlik.',
      explanation:
        'Lühivormid on sõbralikud ja enamiku klientidega sobivad. Ametlikus esimeses kirjas või kaebusele vastates mõjuvad täisvormid („do not“, „I am“) hoolikamalt.',
    },
  },
  phrases: FORMS.map(([re, replace]) => ({ re, replace })),
  examples: {
    fire: ["I don't have the file.", "It's ready for you."],
    pass: ['I do not have the file.', 'The client’s file is ready.'],
  },
});

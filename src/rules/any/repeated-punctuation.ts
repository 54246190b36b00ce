import { phraseRule } from '../rule';

export default phraseRule({
  id: 'professionalism/repeated-punctuation',
  category: 'professionalism',
  severity: 'warning',
  languages: 'any',
  noBoundaries: true,
  message: '“{text}” sounds agitated.',
  explanation: 'Stacked punctuation ("!!!", "??", "?!") reads as shouting or exasperation. One mark says the same thing calmly.',
  i18n: {
    et: {
      message: 'Korduvad kirjavahemärgid mõjuvad ärritunult.',
      explanation:
        'Mitu hüüu- või küsimärki järjest („!!!”, „??”, „?!”) loetakse karjumise või kannatamatusena. Üks märk ütleb sama rahulikult.',
    },
  },
  phrases: [
    { re: '!{2,}', replace: '!', label: 'Use one “!”' },
    { re: '\\?{2,}', replace: '?', label: 'Use one “?”' },
    { re: '(?:\\?+!+|!+\\?+)[?!]*', replace: '?', label: 'Use one “?”' },
  ],
  examples: {
    fire: ['Where is the file??', 'We won!!!', 'Really?!'],
    pass: ['We won!', 'Where is the file?', 'Wait...'],
  },
});

import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'professionalism/non-commitment',
  category: 'professionalism',
  severity: 'warning',
  languages: ['en'],
  message: '“{text}” promises nothing; the reader cannot rely on it.',
  explanation:
    'Being reliable means making real commitments and keeping them. "I\'ll try to maybe" leaves the client guessing; commit to what you can do and when, or say clearly what you cannot.',
  i18n: {
    et: {
      message: 'See ei luba midagi; lugeja ei saa sellele loota.',
      explanation:
        'Usaldusväärsus tähendab päris lubadusi ja nende pidamist. „I\'ll try to maybe“ jätab kliendi oletama; luba, mida suudad ja millal, või ütle selgelt, mida ei suuda.',
    },
  },
  phrases: [
    { re: 'i[\'’]ll try (?:to|and) maybe|i will try (?:to|and) maybe|i[\'’]ll maybe|i will maybe', replace: 'I will' },
    { re: 'i[\'’]ll try (?:to|and)|i will try (?:to|and)|i[\'’]ll do my best to|i will do my best to', replace: 'I will', safe: false },
    { re: 'i might be able to|i may be able to|maybe i can|hopefully i can|i[\'’]ll see if i can|i will see if i can', replace: 'I will', safe: false },
    { re: 'if i (?:have|get) (?:the )?time', replace: 'by [[date]]' },
    { re: 'no promises', replace: '', safe: false },
  ],
  examples: {
    fire: ["I'll try to maybe send it tomorrow.", 'I might be able to finish the deck.', 'I will look at it if I have time.'],
    pass: ['I will send it tomorrow at 10.', 'I cannot finish the deck this week; Tom can by Friday.'],
  },
});

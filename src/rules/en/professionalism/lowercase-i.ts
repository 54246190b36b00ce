import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'professionalism/lowercase-i',
  category: 'professionalism',
  severity: 'info',
  languages: ['en'],
  caseSensitive: true,
  message: 'Write “I” as a capital.',
  explanation: 'A lower-case "i" looks like a chat message typed on a phone. Small signs of care add up to a professional impression.',
  i18n: {
    et: {
      message: 'Kirjuta „I“ suure tähega.',
      explanation:
        'Väike „i“ näeb välja nagu telefonis trükitud vestlussõnum. Väikesed hoolivuse märgid annavad kokku professionaalse mulje.',
    },
  },
  phrases: [
    { re: 'i', replace: 'I', label: 'Use “I”' },
    { re: "i['’](?:m|ll|ve|d)", replace: 'I', label: 'Use “I”' },
  ],
  skip: (s, start, end) => /^[.)]/.test(s.slice(end)) || /[.(-]$/.test(s.slice(0, start)),
  examples: {
    fire: ['i will send it today.', 'Yes, i think so.', "i'm on it."],
    pass: ['I will send it today.', 'Item (i) is done.', 'See the i.e. note.'],
  },
});

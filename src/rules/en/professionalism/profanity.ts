import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'professionalism/profanity',
  category: 'professionalism',
  severity: 'error',
  languages: ['en'],
  message: '“{text}” is not appropriate in a client email.',
  explanation: 'Swearing in writing is permanent and easy to forward. Even mild words cost credibility; say how serious the problem is in plain words.',
  i18n: {
    et: {
      message: 'See ei sobi kliendikirja.',
      explanation:
        'Kirjas vandumine jääb püsima ja seda on lihtne edasi saata. Isegi leebed sõnad maksavad usaldusväärsuse; ütle probleemi tõsidus tavaliste sõnadega.',
    },
  },
  phrases: [
    { re: 'damn(?:ed|it)?|goddamn', replace: '' },
    { re: 'hell(?! of)', message: '“{text}” is not appropriate in a client email.' },
    { re: 'crap(?:py)?', replace: 'poor', safe: false },
    { re: 'shit(?:ty)?|bullshit', replace: 'poor', safe: false },
    { re: 'fuck\\w*|f\\*+k\\w*|wtf|ffs|stfu', replace: '' },
    { re: 'bloody', replace: '' },
    { re: 'pissed(?: off)?', replace: 'upset' },
    { re: 'sucks', replace: 'is disappointing' },
    { re: 'screwed', replace: 'in trouble', safe: false },
    { re: 'ass(?:hole)?|bastard|bitch', message: '“{text}” is not appropriate in a client email.' },
  ],
  skip: (s, start, end) => s.slice(start, end).toLowerCase() === 'hell' && /^\s*o\b/i.test(s.slice(end)),
  examples: {
    fire: ['The damn printer broke again.', 'This is crap.', 'WTF happened to the file?', 'I am pissed off about the delay.'],
    pass: ['The printer broke again.', 'Hello Anna.', 'Please assess the risk.', 'We had a great quarter.'],
  },
});

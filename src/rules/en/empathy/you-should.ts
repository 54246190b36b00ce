import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'empathy/you-should',
  category: 'empathy',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  message: '“{text}” sounds like an order or a lecture.',
  explanation:
    '"You should have" looks backwards and assigns fault; "you need to" commands. Ask for what you need next, and frame feedback as a plan for improvement rather than a verdict on the past.',
  i18n: {
    et: {
      message: 'See kõlab käsu või moraalilugemisena.',
      explanation:
        '„You should have“ vaatab tagasi ja otsib süüdlast; „you need to“ käsib. Küsi, mida vajad edaspidi, ja sõnasta tagasiside parendusplaanina, mitte otsusena minevikule.',
    },
  },
  phrases: [
    { re: 'you should have', message: '“{text}” looks backwards; say what would help next time.' },
    { re: 'you need to|you must|you have to', replace: 'could you please', safe: false },
    { re: 'you ought to', replace: 'it would help to', safe: false },
  ],
  skip: (s, start) => /\b(?:if|when|whether|unless)\s+$/i.test(s.slice(0, start)),
  examples: {
    fire: ['You should have told me earlier.', 'You need to sign the contract today.', 'You must reply by noon.'],
    pass: ['Could you sign the contract today?', 'It would help to hear about changes earlier.', 'If you need to reschedule, just say.'],
  },
});

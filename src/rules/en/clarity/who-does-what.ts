import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'clarity/who-does-what',
  category: 'clarity',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  message: '“{text}” leaves open who will do it.',
  explanation:
    'When a task belongs to "someone", it belongs to no one. Clearly define who does what, so tasks and responsibilities are not lost between you and the client.',
  i18n: {
    et: {
      message: 'See jätab lahtiseks, kes selle ära teeb.',
      explanation:
        'Kui ülesanne kuulub „kellelegi“, ei kuulu see kellelegi. Määra selgelt, kes mida teeb, et ülesanded ja vastutus ei kaoks Sinu ja kliendi vahele ära.',
    },
  },
  phrases: [
    { re: 'some(?:one|body) (?:should|needs? to|will|could|has to|must)', replace: '[[name]] will' },
    { re: 'it would be (?:good|nice|great) if some(?:one|body)', replace: '[[name]] will' },
    { re: 'we should probably|we might want to|someone will get back', replace: '[[name]] will' },
    { re: 'it needs to be done|this needs to be handled|needs to be taken care of', replace: '[[name]] will handle this', safe: false },
  ],
  examples: {
    fire: ['Someone should update the client list.', 'It would be good if someone booked the flights.', 'This needs to be handled before Monday.'],
    pass: ['Maria will update the client list by Monday.', 'I will book the flights today.'],
  },
});

import { phraseRule } from '../../rule';

export default phraseRule({
  id: 'empathy/harsh-words',
  category: 'empathy',
  severity: 'warning',
  languages: ['en'],
  message: '“{text}” is harsh; the reader will feel attacked.',
  explanation:
    'Strong negative words raise the temperature of a conversation. Stay calm and factual: describe the gap between what was expected and what happened, then the fix. Positivity is contagious; so is hostility.',
  i18n: {
    et: {
      message: 'See sõna on karm; lugeja tunneb end rünnatuna.',
      explanation:
        'Tugevad negatiivsed sõnad tõstavad vestluse temperatuuri. Jää rahulikuks ja faktipõhiseks: kirjelda erinevust oodatu ja juhtunu vahel ning siis lahendust. Positiivsus nakkab, vaenulikkus samuti.',
    },
  },
  phrases: [
    { re: 'unacceptable', replace: 'not what we agreed', safe: false },
    { re: 'ridiculous|absurd|insane|crazy', replace: 'surprising', safe: false },
    { re: 'terrible|awful|horrible|atrocious|appalling', replace: 'disappointing', safe: false },
    { re: 'pathetic|stupid|idiotic|dumb|useless|worthless|incompetent', replace: 'not working', safe: false },
    { re: 'a (?:complete|total) (?:disaster|mess|failure)', replace: 'a serious problem', safe: false },
    { re: 'i (?:am|[\'’]m) (?:so |very |really )?disappointed in you', replace: 'I expected a different result', safe: false },
    { re: 'this is a joke|what a joke|waste of (?:my )?time', replace: 'this is not working for us', safe: false },
  ],
  examples: {
    fire: ['This delay is unacceptable.', 'The draft is terrible.', 'That process is ridiculous.'],
    pass: ['This delay is a problem for the launch.', 'The draft needs two more changes.'],
  },
});

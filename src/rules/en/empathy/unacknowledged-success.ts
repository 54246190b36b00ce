import type { DocumentRule } from '../../rule';
import { CONGRATULATES, GOOD_NEWS } from '../lexicon';
import { insertAfterGreeting } from '../../placement';

export default {
  id: 'empathy/unacknowledged-success',
  category: 'empathy',
  severity: 'info',
  languages: ['en'],
  scope: 'document',
  message: 'They shared good news; celebrate it before moving on.',
  explanation:
    'Recognising achievements, however small, strengthens the bond and motivates people. Skipping straight to business after someone shares a win feels cold; one line of congratulations costs nothing.',
  check(d) {
    if (!d.incoming || !GOOD_NEWS.test(d.incoming) || CONGRATULATES.test(d.body)) return [];
    const first = d.sentences.find((s) => !d.greeting || s.start > d.greeting.start);
    if (!first) return [];
    return [{ start: first.start, end: first.end, suggestions: [{ label: 'Congratulate them', edits: [insertAfterGreeting(d, 'Congratulations, that is great news!')] }] }];
  },
  examples: {
    fire: [{ incoming: 'We signed the contract with Acme yesterday!', body: 'Hi Lee,\n\nPlease send me the signed copy.\n\nBest,\nMia' }],
    pass: [
      { incoming: 'We signed the contract with Acme yesterday!', body: 'Hi Lee,\n\nCongratulations! Please send me the signed copy.\n\nBest,\nMia' },
      { incoming: 'Here is the agenda.', body: 'Hi Lee,\n\nPlease send me the signed copy.\n\nBest,\nMia' },
    ],
  },
} satisfies DocumentRule;

import type { DocumentRule } from '../../types';

const CASUAL = /^(hey(?: there| guys| you)?|hiya|heya|yo|sup|what'?s up|howdy|hi guys|hey hey)(?![\p{L}])/iu;

export default {
  id: 'professionalism/casual-greeting',
  category: 'professionalism',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  scope: 'document',
  message: '“{text}” is very casual for a client.',
  explanation: 'A greeting sets the register of the whole email. "Hello" or "Hi" with the name is friendly and still professional; "Hey" or "Yo" can read as careless to a client.',
  i18n: {
    et: {
      message: 'See tervitus on kliendile väga vaba.',
      explanation:
        'Tervitus seab kogu kirja tooni. „Hello“ või „Hi“ koos nimega on sõbralik ja samas professionaalne; „Hey“ või „Yo“ võib kliendile mõjuda hoolimatuna.',
    },
  },
  check(d) {
    const m = d.greeting && CASUAL.exec(d.greeting.text);
    if (!m || !d.greeting) return [];
    const start = d.greeting.start;
    return [{ start, end: start + m[0].length, message: `“${m[0]}” is very casual for a client.`, suggestions: [{ label: 'Use “Hello”', edits: [{ start, end: start + m[0].length, text: 'Hello' }] }] }];
  },
  examples: {
    fire: ['Hey Tom,\n\nThe files are ready.\n\nBest,\nMia', 'Yo,\n\nThe files are ready.'],
    pass: ['Hello Tom,\n\nThe files are ready.\n\nBest,\nMia', 'Hi Tom,\n\nThe files are ready.'],
  },
} satisfies DocumentRule;

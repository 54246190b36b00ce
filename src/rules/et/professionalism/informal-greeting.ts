import type { DocumentRule } from '../../types';

const CASUAL = /^(tsau(?:ki)?|tšau(?:ki)?|čau|hei+|heihei|ou|jou|hellou|privet|hommikust)(?![\p{L}])/iu;

export default {
  id: 'professionalism/et-informal-greeting',
  category: 'professionalism',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  scope: 'document',
  message: 'See tervitus on kliendile liiga vaba.',
  explanation:
    'Tervitus seab kogu kirja tooni. „Tere“ või „Lugupeetud …“ on sõbralik ja samas viisakas; „Tsau“ või „Hei“ sobib sõpradele, mitte kliendile.',
  i18n: {
    en: {
      message: 'This greeting is too casual for a client.',
      explanation: 'The greeting sets the tone of the whole email. "Tere" or "Lugupeetud …" is friendly and polite; "Tsau" or "Hei" is for friends, not clients.',
    },
  },
  check(d) {
    const m = d.greeting && CASUAL.exec(d.greeting.text);
    if (!m || !d.greeting) return [];
    const start = d.greeting.start;
    return [
      {
        start,
        end: start + m[0].length,
        message: `„${m[0]}“ on kliendile liiga vaba tervitus.`,
        suggestions: [{ label: 'Kasuta „Tere“', edits: [{ start, end: start + m[0].length, text: 'Tere' }] }],
      },
    ];
  },
  examples: {
    fire: ['Tsau! Saada mulle see fail homme hommikuks ära.', 'Hei Mari,\n\nleping on lisatud ja ootab allkirja.\n\nMart'],
    pass: ['Tere, Mari!\n\nLeping on lisatud ja ootab Teie allkirja.\n\nLugupidamisega\nMart', 'Heino Tamm kinnitas lepingu eile õhtul.'],
  },
} satisfies DocumentRule;

import type { DocumentRule } from '../../types';

const CASUAL = /^(tsau(?:ki)?|tšau(?:ki)?|čau|pakaa?|hei-hei|kallistan|kalli|musi|cya|head aega)(?![\p{L}])/iu;

export default {
  id: 'professionalism/et-informal-sign-off',
  category: 'professionalism',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  scope: 'document',
  message: 'See lõputervitus on kliendile liiga vaba.',
  explanation:
    'Viimased sõnad jäävad meelde. „Lugupidamisega“ või „Parimate soovidega“ lõpetab kirja soojalt ja viisakalt; „Tšau“ või „Kallistan“ on sõprade jaoks.',
  i18n: {
    en: {
      message: 'This sign-off is too casual for a client.',
      explanation: 'The last words are the ones remembered. "Lugupidamisega" or "Parimate soovidega" closes warmly and politely; "Tšau" or "Kallistan" is for friends.',
    },
  },
  check(d) {
    const last = d.sentences[d.sentences.length - 1];
    const line = d.signOff ?? (last && last.text.length < 30 ? last : undefined);
    const m = line && CASUAL.exec(line.text);
    if (!m || !line || line.start === d.greeting?.start) return [];
    return [{ start: line.start, end: line.start + m[0].length, suggestions: [{ label: 'Kasuta „Lugupidamisega“', edits: [{ start: line.start, end: line.start + m[0].length, text: 'Lugupidamisega' }] }] }];
  },
  examples: {
    fire: ['Tere, Mari!\n\nLeping on lisatud ja ootab Teie allkirja.\n\nTšau!\nMart', 'Tere!\n\nSaadan arve homme hommikul.\n\nKallistan,\nMart'],
    pass: ['Tere, Mari!\n\nLeping on lisatud ja ootab Teie allkirja.\n\nLugupidamisega\nMart'],
  },
} satisfies DocumentRule;

import type { Hit, SentenceRule } from '../../types';

const JOINED = /\b(?:ja|või|ning)\s+(?:kas|millal|kus|kuidas|miks|kes|mis|mida|kui palju)\b/i;

export default {
  id: 'clarity/et-multi-question',
  category: 'clarity',
  severity: 'info',
  languages: ['et'],
  locale: 'et',
  scope: 'sentence',
  message: 'Selles lauses on mitu küsimust; esita need eraldi.',
  explanation: 'Kui ühes lauses on mitu küsimust, vastatakse tavaliselt ainult esimesele. Pane iga küsimus eraldi reale, soovi korral nummerdatult, et igaüks saaks vastuse.',
  i18n: {
    en: {
      message: 'This sentence asks several questions; ask them separately.',
      explanation: 'When one sentence asks several things, people answer the first and miss the rest. Put each question on its own line so every one gets an answer.',
    },
  },
  check({ text }): Hit[] {
    if (!text.endsWith('?') || !/^(?:kas|millal|kus|kuidas|miks|kes|mis|mida)\b/i.test(text)) return [];
    return JOINED.test(text) ? [{ start: 0, end: text.length }] : [];
  },
  examples: {
    fire: ['Kas saate lepingu homme saata ja kas arve on juba tasutud?', 'Millal koosolek algab ja kus see toimub?'],
    pass: ['Kas saate lepingu homme saata?', 'Koosolek algab kell kümme ja toimub Tallinnas.'],
  },
} satisfies SentenceRule;

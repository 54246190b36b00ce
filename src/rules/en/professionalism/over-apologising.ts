import type { DocumentRule, Hit } from '../../types';

const APOLOGY = /(?<![\p{L}])(?:(?:i[''’]m |i am |we[''’]re |we are )?(?:so |very |really |terribly |extremely )?sorry|(?:my |our )?apologies|i apologi[sz]e|we apologi[sz]e|forgive me|my bad)(?![\p{L}])/giu;

export default {
  id: 'professionalism/over-apologising',
  category: 'professionalism',
  severity: 'info',
  options: { max: 1 },
  strict: { severity: 'warning' },
  languages: ['en'],
  scope: 'document',
  message: 'Apologising again and again weakens the one apology that counts.',
  explanation:
    'One sincere "sorry" followed by the fix shows accountability. Repeating it sounds anxious and shifts the focus to your feelings instead of the client\'s problem; apologise once, then say what you are doing about it.',
  i18n: {
    et: {
      message: 'Korduv vabandamine nõrgendab seda üht vabandust, mis loeb.',
      explanation:
        'Üks siiras vabandus koos lahendusega näitab vastutust. Kordamine kõlab ärevalt ja nihutab tähelepanu Sinu tunnetele kliendi probleemi asemel; vabanda üks kord ja ütle, mida teed.',
    },
  },
  check(d): Hit[] {
    const found: Array<{ start: number; end: number }> = [];
    for (const s of d.sentences) {
      if (s.start >= d.signatureStart) break;
      for (const m of s.text.matchAll(APOLOGY)) found.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
    }
    if (found.length <= Number(d.options.max)) return [];
    return found.slice(Number(d.options.max)).map((f) => ({ start: f.start, end: f.end }));
  },
  examples: {
    fire: ['Sorry for the delay. I am so sorry, really. My apologies again, the report is attached.'],
    pass: ['Sorry for the delay: the corrected report is attached and the figures on page 3 are now right.'],
  },
} satisfies DocumentRule;

import type { DocumentRule, Hit } from '../types';
import { countWords } from '../../core/text';

export default {
  id: 'clarity/wall-of-text',
  category: 'clarity',
  severity: 'info',
  options: { maxWords: 130 },
  strict: { severity: 'warning', options: { maxWords: 90 } },
  languages: 'any',
  scope: 'document',
  message: 'This paragraph is a wall of text; break it up.',
  explanation:
    'On a screen, a long block of text gets skimmed or skipped. Short paragraphs, one topic each, let a busy client find what matters and answer it.',
  i18n: {
    et: {
      message: 'See lõik on tekstimüür; jaga see lühemateks.',
      explanation:
        'Ekraanil loetakse pikk tekstiplokk üle või jäetakse vahele. Lühikesed lõigud, igaühes üks teema, aitavad kiirel kliendil olulise üles leida ja sellele vastata.',
    },
  },
  check(d): Hit[] {
    const hits: Hit[] = [];
    for (const p of d.paragraphs) {
      if (p.start >= d.signatureStart) continue;
      const n = countWords(p.text);
      if (n > Number(d.options.maxWords)) hits.push({ start: p.start, end: p.end, message: `This paragraph has ${n} words; break it into shorter ones.` });
    }
    return hits;
  },
  examples: {
    fire: [Array.from({ length: 16 }, (_, i) => `Point ${i + 1} of the plan needs a short review from the team.`).join(' ')],
    pass: [Array.from({ length: 4 }, (_, i) => `Point ${i + 1} of the plan needs a short review from the team.`).join(' ')],
  },
} satisfies DocumentRule;

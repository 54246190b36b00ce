import type { DocumentRule, Hit } from '../../types';
import { wordRe } from '../../rule';
import { CONCRETE_TIME } from '../lexicon';

const LATE = wordRe(
  "missed the deadline|(?:is|are|will be|was|were|running) (?:a bit |a little |a few days |slightly )?(?:late|behind|overdue|delayed)|didn[''’]t (?:get to|finish|manage)|did not (?:get to|finish|manage)|haven[''’]t (?:finished|done|had time)|have not (?:finished|done|had time)|won[''’]t (?:make it|be ready|be done)|will not (?:make it|be ready|be done)|not (?:ready|done) yet",
);
const APOLOGY = wordRe('sorry|apologi[sz]e\\w*|apologies');

export default {
  id: 'professionalism/missed-deadline',
  category: 'professionalism',
  severity: 'warning',
  languages: ['en'],
  scope: 'document',
  message: 'A missed deadline needs an apology and a new date.',
  explanation:
    'When work is late, the client needs two things: a short, sincere apology and a concrete new date they can plan around. Address it promptly and clearly; that is what accountability looks like.',
  i18n: {
    et: {
      message: 'Hilinenud tähtaeg vajab vabandust ja uut kuupäeva.',
      explanation:
        'Kui töö hilineb, vajab klient kahte asja: lühikest siirast vabandust ja konkreetset uut kuupäeva, mille järgi planeerida. Tegele sellega kohe ja selgelt; nii näeb välja vastutus.',
    },
  },
  check(d): Hit[] {
    for (const s of d.sentences) {
      if (s.start >= d.signatureStart) break;
      const m = LATE.exec(s.text);
      if (!m) continue;
      // Look in the same paragraph for the apology and the new date.
      const p = d.paragraphs.find((x) => x.start <= s.start && x.end >= s.end) ?? s;
      const hasApology = APOLOGY.test(p.text);
      const hasDate = CONCRETE_TIME.test(p.text);
      if (hasApology && hasDate) continue;
      const missing = [!hasApology && 'an apology', !hasDate && 'a new date'].filter(Boolean).join(' and ');
      const add = `${hasApology ? '' : 'I apologise for the delay. '}${hasDate ? '' : 'You will have it by [[new date and time]].'}`.trim();
      return [{ start: s.start, end: s.end, message: `A missed deadline needs ${missing}.`, suggestions: [{ label: `Add ${missing}`, edits: [{ start: s.end, end: s.end, text: ` ${add}` }] }] }];
    }
    return [];
  },
  examples: {
    fire: ['Hi Ana,\n\nThe report is running late.\n\nBest,\nMia', 'Hi Ana,\n\nSorry, I missed the deadline for the slides.\n\nBest,\nMia'],
    pass: ['Hi Ana,\n\nI am sorry, the report is running late. You will have it on Thursday at 10:00.\n\nBest,\nMia', 'Hi Ana,\n\nThe report is attached.\n\nBest,\nMia'],
  },
} satisfies DocumentRule;

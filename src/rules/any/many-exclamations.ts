import type { DocumentRule, Hit } from '../types';

export default {
  id: 'professionalism/many-exclamations',
  category: 'professionalism',
  severity: 'info',
  options: { max: 2 },
  strict: { severity: 'warning', options: { max: 1 } },
  languages: 'any',
  scope: 'document',
  message: 'Many exclamation marks make the email sound breathless.',
  explanation:
    'One "!" in a congratulation is warm; many of them make every sentence shout and the important one gets lost. Keep them for the moment that deserves one.',
  i18n: {
    et: {
      message: 'Liiga palju hüüumärke muudab kirja hingetuks.',
      explanation:
        'Üks hüüumärk õnnitluses on soe; kui iga lause hüüab, kaob oluline teiste sekka. Hoia hüüumärk hetkeks, mis seda väärib.',
    },
  },
  check(d): Hit[] {
    const marks: number[] = [];
    for (const s of d.sentences) {
      if (s.start >= d.signatureStart) break;
      for (let i = s.start; i < s.end; i++) if (d.body[i] === '!' && d.body[i - 1] !== '!') marks.push(i);
    }
    if (marks.length <= Number(d.options.max)) return [];
    // Flag each one past the allowance; the first ones stay.
    return marks.slice(Number(d.options.max)).map((i) => ({
      start: i,
      end: i + 1,
      suggestions: [{ label: 'Use a full stop', edits: [{ start: i, end: i + 1, text: '.' }] }],
    }));
  },
  examples: {
    fire: ['Great news! The client signed! We start Monday! Thanks!'],
    pass: ['Congratulations on the launch! The client signed and we start Monday.'],
  },
} satisfies DocumentRule;

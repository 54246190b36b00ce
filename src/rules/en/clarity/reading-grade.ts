import type { DocumentRule } from '../../types';

export default {
  id: 'clarity/reading-grade',
  category: 'clarity',
  severity: 'info',
  options: { maxGrade: 14, minWords: 40 },
  strict: { severity: 'warning', options: { maxGrade: 12 } },
  languages: ['en'],
  scope: 'document',
  message: 'This reads at a level well above most busy readers.',
  explanation:
    'Long words in long sentences slow everyone down, experts included. Aim for plain words and short sentences (about grade 8 to 10) so the client understands on the first read.',
  i18n: {
    et: {
      message: 'See tekst on enamikule kiirustavatele lugejatele liiga raske.',
      explanation:
        'Pikad sõnad pikkades lausetes aeglustavad kõiki, ka eksperte. Kasuta lihtsaid sõnu ja lühikesi lauseid, et klient saaks esimesel lugemisel aru.',
    },
  },
  check(d) {
    const { readingGrade, words } = d.stats;
    if (words < Number(d.options.minWords) || readingGrade <= Number(d.options.maxGrade)) return [];
    const first = d.sentences[0];
    const last = d.sentences[d.sentences.length - 1];
    return [{ start: first.start, end: last.end, message: `This reads at grade ${readingGrade.toFixed(0)}; aim for about 10 with shorter sentences and plainer words.` }];
  },
  examples: {
    fire: [
      'Notwithstanding the considerable organisational complexities associated with the implementation of the aforementioned infrastructural modernisation initiative, the departmental leadership anticipates substantial operational improvements, particularly regarding interdepartmental communication, procurement administration and comprehensive documentation standardisation across multinational subsidiaries. Consequently, the organisational transformation programme necessitates comprehensive stakeholder consultation.',
    ],
    pass: ['We plan to update the office systems this spring. It will be hard work, but it should make it easier for teams to talk, buy what they need, and find documents. I will share the plan on Monday.'],
  },
} satisfies DocumentRule;

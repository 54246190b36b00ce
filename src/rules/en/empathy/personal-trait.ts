import { lazyModule } from '../../../core/lazy';
import type { SentenceContext, Hit } from '../../types';

// Adjectives that judge a person rather than an outcome. compromise confirms the word is used as an
// adjective about "you", so "you are careless" fires while "you are careful" never does.
const TRAITS =
  /^(?:careless|lazy|incompetent|sloppy|rude|unreliable|useless|stupid|dumb|disorganized|disorganised|unprofessional|irresponsible|hopeless|clueless|difficult|annoying|selfish|arrogant|slow|ignorant|negligent|inconsiderate|impossible|unbearable|pathetic|dishonest|demanding|needy|forgetful|inattentive|messy|hostile|aggressive)$/i;
// compromise (about 300 kB) loads the first time a sentence looks like "you are …".
const nlp = lazyModule('compromise', () => import('compromise/two').then((m) => m.default), 'compromise/two');
const CANDIDATE = /\byou(?:['’]re| are| were| seem| always seem| have been| keep being|['’]ve been)\b/i;

export function check({ text }: SentenceContext): Hit[] {
  if (!CANDIDATE.test(text)) return [];
  // Walk the tagged terms: "you" + copula/adverbs + an adjective from the trait list.
  type Term = { text: string; tags: string[]; offset: { start: number; length: number } };
  const terms = (nlp.get()(text).terms().json({ offset: true }) as Array<{ terms: Term[] }>).map((t) => t.terms[0]);
  const hits: Hit[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!/^you(?:['’]re)?$/i.test(terms[i].text)) continue;
    for (let j = i + 1; j < Math.min(terms.length, i + 6); j++) {
      const t = terms[j];
      // A trait word after "you are" judges the person whether tagged adjective or participle ("disorganised").
      if ((t.tags.includes('Adjective') || t.tags.includes('Verb')) && TRAITS.test(t.text)) {
        const start = terms[i].offset.start;
        const end = t.offset.start + t.offset.length;
        hits.push({ start, end, suggestions: [{ label: { id: 'describe' }, edits: [{ start, end, text: '[[what happened]] meant that [[effect]]' }] }] });
        break;
      }
      if (!t.tags.some((tag) => tag === 'Copula' || tag === 'Adverb' || tag === 'Auxiliary' || tag === 'Verb') && !/^(?:so|very|really|too|being|just|always|quite|such|a|an)$/i.test(t.text)) break;
    }
  }
  return hits;
}

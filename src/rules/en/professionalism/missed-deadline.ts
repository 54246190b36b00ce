import type { DocumentContext, Hit } from '../../types';
import { lexicon, wordRe } from '../../lexicon';

const CONCRETE_TIME = lexicon('concrete-time');

const LATE = wordRe(
  "missed the deadline|(?:is|are|will be|was|were|running) (?:a bit |a little |a few days |slightly )?(?:late|behind|overdue|delayed)|didn[''’]t (?:get to|finish|manage)|did not (?:get to|finish|manage)|haven[''’]t (?:finished|done|had time)|have not (?:finished|done|had time)|won[''’]t (?:make it|be ready|be done)|will not (?:make it|be ready|be done)|not (?:ready|done) yet",
);
const APOLOGY = wordRe('sorry|apologi[sz]e\\w*|apologies');

export function check(d: DocumentContext): Hit[] {
  for (const s of d.sentences) {
    if (s.start >= d.signatureStart) break;
    const m = LATE.exec(s.text);
    if (!m) continue;
    // Look in the same paragraph for the apology and the new date.
    const p = d.paragraphs.find((x) => x.start <= s.start && x.end >= s.end) ?? s;
    const hasApology = APOLOGY.test(p.text);
    const hasDate = CONCRETE_TIME.test(p.text);
    if (hasApology && hasDate) continue;
    const missing = hasApology ? 'date' : hasDate ? 'apology' : 'both';
    const add = `${hasApology ? '' : 'I apologise for the delay. '}${hasDate ? '' : 'You will have it by [[new date and time]].'}`.trim();
    return [{ start: s.start, end: s.end, message: { id: missing === 'both' ? 'message' : `needs-${missing}` }, suggestions: [{ label: { id: `add-${missing}` }, edits: [{ start: s.end, end: s.end, text: ` ${add}` }] }] }];
  }
  return [];
}

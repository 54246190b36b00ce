// A no with nothing to offer instead. A refusal is fine when the draft also offers a way forward
// (another date, someone else, "could we…", "instead"), which is what a firm boundary stated kindly does.
import { lexicon } from '../../lexicon';
import type { DocumentContext, Hit } from '../../types';

export function check(d: DocumentContext): Hit[] {
  const refusal = lexicon('refusal');
  const own = d.sentences.filter((s) => s.start < d.signatureStart && s !== d.greeting && s !== d.signOff);
  const no = own.find((s) => refusal.test(s.text) || /^no[.!]+(?!\s*\d)/i.test(s.text.trim()));
  if (!no) return [];
  if (lexicon('alternative').test(d.body.slice(0, d.signatureStart))) return [];
  return [{ start: no.start, end: no.end, suggestions: [{ label: { id: 'offer' }, edits: [{ start: no.end, end: no.end, text: ' [[what you can offer instead]]' }] }] }];
}

// The missing kind: something the draft should say and does not (thanks for their effort, a word for
// their feelings, anything warm). The finding sits on the first sentence after the greeting or on
// the last sentence, and its suggestion adds the rule's sentence there.
import { insertAfterGreeting, insertBeforeSignOff } from '../edits';
import { pattern } from '../lexicon';
import type { MissingRuleDef } from '../schema';
import type { DocumentContext, Hit } from '../types';

/** The check of a missing rule. Text id `insert`: the suggestion's label. */
export function missingCheck(def: Pick<MissingRuleDef, 'unless' | 'insert'>): (d: DocumentContext) => Hit[] {
  const unless = def.unless.map((p) => pattern(p));
  const { at, text } = def.insert;
  return (d) => {
    if (unless.some((re) => re.test(d.body))) return [];
    // The first sentence after the greeting; a one-line reply ("Hi Anna, the file is attached.") is its own greeting.
    const target = at === 'start' ? (d.sentences.find((s) => !d.greeting || s.start > d.greeting.start) ?? d.sentences[0]) : d.sentences[d.sentences.length - 1];
    if (!target) return [];
    const edit = at === 'start' ? insertAfterGreeting(d, text) : insertBeforeSignOff(d, text);
    return [{ start: target.start, end: target.end, suggestions: [{ label: { id: 'insert' }, edits: [edit] }] }];
  };
}

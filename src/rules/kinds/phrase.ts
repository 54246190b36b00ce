// The phrase kind: phrases (regular expressions) with an optional rewrite each, and exceptions for
// context a regular expression can't express. One combined regular expression per rule.
import { matchCase } from '../../core/text';
import { deletion } from '../edits';
import { pattern } from '../lexicon';
import type { PhraseRuleDef } from '../schema';
import type { Hit, SentenceContext } from '../types';

type Exception = { sentence?: RegExp; before?: RegExp; after?: RegExp; match?: RegExp };

/** The check of a phrase rule. Text ids: `phrase-N` (a phrase's message), `label-N` (its label), `use`, `remove`. */
export function phraseCheck(def: Pick<PhraseRuleDef, 'phrases' | 'unless' | 'caseSensitive' | 'anywhere'>): (s: SentenceContext) => Hit[] {
  const { phrases } = def;
  const source = phrases.map((p) => `(${p.match})`).join('|');
  const bounded = def.anywhere ? `(?:${source})` : `(?<![\\p{L}\\p{N}'’])(?:${source})(?![\\p{L}\\p{N}])`;
  const re = new RegExp(bounded, def.caseSensitive ? 'gu' : 'giu');
  const exceptions: Exception[] = (def.unless ?? []).map((e) => ({
    sentence: e.sentence ? pattern(e.sentence, e.caseSensitive) : undefined,
    before: e.before ? pattern(e.before, e.caseSensitive) : undefined,
    after: e.after ? pattern(e.after, e.caseSensitive) : undefined,
    match: e.match ? pattern(`^(?:${e.match})$`, e.caseSensitive) : undefined,
  }));
  const skip = (text: string, start: number, end: number) =>
    exceptions.some(
      (e) =>
        (!e.sentence || e.sentence.test(text)) &&
        (!e.before || e.before.test(text.slice(0, start))) &&
        (!e.after || e.after.test(text.slice(end))) &&
        (!e.match || e.match.test(text.slice(start, end))),
    );
  return ({ text }) => {
    const hits: Hit[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) {
        re.lastIndex++;
        continue;
      }
      if (skip(text, start, end)) continue;
      const i = m.slice(1).findIndex((g) => g !== undefined);
      const phrase = phrases[i];
      const hit: Hit = { start, end, message: phrase.message ? { id: `phrase-${i}` } : undefined };
      if (phrase.replace !== undefined) {
        const replacement = matchCase(m[0], phrase.replace);
        const edits = phrase.replace === '' ? deletion(text, start, end) : [{ start, end, text: replacement }];
        const label = phrase.label ? { id: `label-${i}` } : phrase.replace === '' ? { id: 'remove' } : { id: 'use', params: { replacement } };
        hit.suggestions = [{ label, edits, safe: phrase.safe }];
      }
      hits.push(hit);
    }
    return hits;
  };
}

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
  // Built on first use, and only for a sentence holding one of the words every match starts with:
  // a pack of 14,000 phrases would otherwise spend seconds compiling expressions that never match.
  let re: RegExp | undefined;
  const firstWords = def.anywhere ? undefined : leadingWords(phrases.map((p) => p.match));
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
    if (firstWords && !firstWords.some((w) => wordsOf(text).has(w))) return [];
    re ??= new RegExp(bounded, def.caseSensitive ? 'gu' : 'giu');
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

/** The literal first word of every alternative of the patterns, lower case; undefined when one has none. */
export function leadingWords(patterns: readonly string[]): string[] | undefined {
  const words = new Set<string>();
  for (const alternative of patterns.flatMap(topLevelAlternatives)) {
    const m = /^([\p{L}\p{N}]+)(?:$|\s|\\s| )/u.exec(alternative);
    if (!m) return undefined;
    words.add(m[1].toLowerCase());
  }
  return [...words];
}

function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

// The words of the sentence being checked: every phrase rule asks about the same sentence in turn.
let lastText = '';
let lastWords = new Set<string>();
function wordsOf(text: string): ReadonlySet<string> {
  if (text !== lastText) {
    lastText = text;
    lastWords = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  }
  return lastWords;
}

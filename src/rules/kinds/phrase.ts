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

/**
 * The literal first word of every alternative of the patterns, lower case; undefined when one has none.
 * A match starts at a word start, so a sentence without any of these words cannot match. An
 * alternative's first word counts only when what follows it cannot continue the word: the end, a
 * space, an escaped "." "-" "," or a class of marks like ['’], none of them optional, or a negative
 * lookahead at the end ("hell(?! of)"). A leading group that is not optional, "(?:was|has been) …",
 * gives the first word of each of its alternatives.
 */
export function leadingWords(patterns: readonly string[]): string[] | undefined {
  const words = new Set<string>();
  for (const alternative of patterns.flatMap(topLevelAlternatives)) {
    const first = firstWords(alternative);
    if (!first) return undefined;
    for (const w of first) words.add(w.toLowerCase());
  }
  return [...words];
}

// What may follow a leading word: it cannot match a letter or digit, and is not optional.
const WORD_END = /^(?:$|(?: |\\s|\\[.,\-]|\[[^\]\\\p{L}\p{N}-]+\])(?![?*{])|\(\?![^()]*\)$)/u;

function firstWords(alternative: string): string[] | undefined {
  const word = /^[\p{L}\p{N}]+/u.exec(alternative);
  if (word) return WORD_END.test(alternative.slice(word[0].length)) ? [word[0]] : undefined;
  // A leading group, not optional: each of its alternatives followed by the rest ("(?:was|has been) …").
  if (!alternative.startsWith('(?:')) return undefined;
  const close = closingParen(alternative);
  const rest = alternative.slice(close + 1);
  if (close < 0 || /^[?*+{]/.test(rest)) return undefined;
  const out: string[] = [];
  for (const inner of topLevelAlternatives(alternative.slice(3, close))) {
    const first = firstWords(inner + rest);
    if (!first) return undefined;
    out.push(...first);
  }
  return out;
}

/** Where the group opened at 0 closes, or -1. */
function closingParen(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = source.indexOf(']', i + 1);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
    if (i < 0) return -1;
  }
  return -1;
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

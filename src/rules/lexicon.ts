// Word lists shared by several rules (src/rules/lexicon.json), and the one way a rule's pattern
// becomes a regular expression: "@name" is a word list, matched on word boundaries, in every
// language it lists; anything else is a regular expression used as written, ignoring case.
import LEXICON from './lexicon.json';

const lists = LEXICON as unknown as Record<string, Record<string, string[]>>;

/** A regular expression matched on word boundaries, ignoring case. */
export function wordRe(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
}

export function hasLexicon(name: string): boolean {
  return Object.hasOwn(lists, name);
}

const compiled = new Map<string, RegExp>();

/** A word list from lexicon.json, every language's entries together. */
export function lexicon(name: string): RegExp {
  let re = compiled.get(name);
  if (!re) {
    if (!hasLexicon(name)) throw new Error(`unknown word list “@${name}”`);
    compiled.set(name, (re = wordRe(Object.values(lists[name]).flat().join('|'))));
  }
  return re;
}

/** A pattern from a rule: "@name" or a regular expression's source. Throws on a bad expression or an unknown list. */
export function pattern(source: string, caseSensitive = false): RegExp {
  if (source.startsWith('@')) return lexicon(source.slice(1));
  return new RegExp(source, caseSensitive ? 'u' : 'iu');
}

/** Acronyms every client knows: neither shouting nor in need of spelling out. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(lists['common-acronyms'].any);

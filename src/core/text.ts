// Fast, dependency-free segmentation with offsets. compromise is only used where a rule needs
// part-of-speech tags; splitting every keystroke's draft with it would cost ~10x more.

export interface Span {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'inc', 'ltd',
  'co', 'corp', 'dept', 'no', 'nr', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'hr', 'hrs',
  'min', 'incl', 'ca', 'nt', 'jne', 'vt', 'nn', 'sh', 'lk', 'tk', 'gov', 'sen', 'rep', 'gen', 'col', 'lt',
  'mt', 'ft', 'ave', 'blvd', 'rd', 'p', 'pp', 'vol', 'fig', 'ref', 'est', 'op', 'cf', 'al',
]);

/** Paragraphs are separated by a blank line. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t\u00a0]*\n\s*/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    pushTrimmed(out, text, start, m.index);
    start = m.index + m[0].length;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

/** Sentences inside a span: ends at . ! ? (followed by space and a capital, digit or quote) or a line break. */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n') {
      pushTrimmed(out, text, start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < to && /[.!?…"'”’)\]]/.test(text[j])) j++;
    if (j < to && !/[ \t\u00a0]/.test(text[j])) continue;
    let k = j;
    while (k < to && /[ \t\u00a0]/.test(text[k])) k++;
    if (k < to && text[k] !== '\n' && !/[A-ZÀ-ÝŠŽÕÄÖÜ0-9"'“‘(\[]|\p{Extended_Pictographic}/u.test(text[k])) continue;
    if (ch === '.' && isAbbreviation(text, start, i)) continue;
    pushTrimmed(out, text, start, j);
    start = j;
    i = j - 1;
  }
  pushTrimmed(out, text, start, to);
  return out;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  let s = dot;
  while (s > lineStart && /[A-Za-z.]/.test(text[s - 1])) s--;
  if (/^\d{1,2}$/.test(text.slice(lineStartOf(text, dot), dot).trim())) return true;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  const raw = text.slice(s, dot);
  // An initial ("Frank H. Leslie") or a list number at the start of a line ("1. The State …").
  if (/^\p{Lu}$/u.test(raw)) return true;
  if (/^\d{1,2}$/.test(text.slice(lineStartOf(text, dot), dot).trim())) return true;
  return false;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

export interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export function words(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text))) out.push({ start: m.index + offset, end: m.index + offset + m[0].length, text: m[0] });
  return out;
}

export function countWords(text: string): number {
  WORD_RE.lastIndex = 0;
  let n = 0;
  while (WORD_RE.exec(text)) n++;
  return n;
}

/** Syllables by vowel groups: the usual estimate behind Flesch–Kincaid. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Keep the case shape of the replaced text: "ASAP" style stays upper, "Soon" stays capitalised. */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (/^[A-Z]/.test(original) && !/^[A-Z]{2,}$/.test(original)) return capitalize(replacement);
  return replacement;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How many of the first `n` items, in ascending order of `key`, have a key at most `x` (a binary search). */
export function countAtMost(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

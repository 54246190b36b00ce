// A suggestion is only "safe" if it keeps every fact it touches: names, numbers, dates, times,
// amounts, URLs, email addresses, reference codes and acronyms, and who did what. Rules declare
// intent; these checks enforce it for all of them, trainers' packs included.
import { looksLikeAcronym } from '../core/acronyms';
import type { Edit } from '../core/types';
import { textIn } from '../i18n';

// URLs, addresses, codes (INV-2231, LH 2471), amounts and numbers must survive exactly; names may change case only.
const PROTECTED = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|[\p{L}\d]+(?:[-_/][\p{L}\d]+)+|[$€£]?\d[\d.,:/-]*%?|\p{Lu}[\p{L}\p{N}&'’-]*/gu;

export function protectedTokens(text: string, offset: number, body: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PROTECTED)) {
    const tok = m[0].replace(/[.,;:]+$/, '');
    const acronym = looksLikeAcronym(tok);
    // A capitalised first word is usually just a sentence start, unless a capitalised word follows ("Anna Tamm").
    const nextCapital = /^[ \t]\p{Lu}\p{L}/u.test(body.slice(offset + m.index! + m[0].length, offset + m.index! + m[0].length + 3));
    const word = /^\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?$/u.test(tok);
    if (!acronym && !nextCapital && word && isSentenceInitial(body, offset + m.index!)) continue;
    if (tok === 'I' || /^I['’]/.test(tok)) continue;
    out.push(tok);
  }
  return out;
}

/** Only a shouted word may change case ("ANNA" → "anna"); names, acronyms, codes and numbers stay exactly as written. */
const caseFree = (tok: string) => /^\p{Lu}{2,}$/u.test(tok) && !looksLikeAcronym(tok);

function isSentenceInitial(body: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t"'“‘(\u00a0]/.test(body[i])) i--;
  return i < 0 || /[.!?:\n]/.test(body[i]);
}

/** True when every protected token in the replaced text survives in the inserted text. */
export function keepsProtected(body: string, edits: readonly Edit[]): boolean {
  const inserted = edits.map((e) => e.text).join(' ');
  const lower = inserted.toLowerCase();
  for (const e of edits) {
    for (const tok of protectedTokens(body.slice(e.start, e.end), e.start, body)) {
      if (caseFree(tok) ? !lower.includes(tok.toLowerCase()) : !inserted.includes(tok)) return false;
    }
  }
  return true;
}

/** The protected tokens of a whole line that are missing, verbatim or (for names) in any case, after a rewrite. */
export function lostFacts(before: string, after: string): string[] {
  const lower = after.toLowerCase();
  return protectedTokens(before, 0, before).filter((tok) => (caseFree(tok) ? !lower.includes(tok.toLowerCase()) : !after.includes(tok)));
}

const SUBJECTS = /\b(?:i|we|you|he|she|they)\b/giu;
const NEGATION = /\b(?:not|never|none|nothing|nobody|un(?!til|der|ique|it|ion|iver)\p{L}{4,})\b|n[’']t\b/giu;

/**
 * A rewrite that changes who does something ("You failed to" → "We still need to") or flips a
 * negation changes what the writer says: it is never safe, however kind it sounds.
 */
export function keepsMeaning(removed: string, inserted: string): boolean {
  const who = (t: string) => new Set([...t.matchAll(SUBJECTS)].map((m) => m[0].toLowerCase()));
  const was = who(removed);
  const now = who(inserted);
  if (was.size && [...now].some((p) => !was.has(p)) && [...was].some((p) => !now.has(p))) return false;
  const negations = (t: string) => [...t.matchAll(NEGATION)].length;
  return (negations(removed) - negations(inserted)) % 2 === 0;
}

// Strings a trainer's replacement is tried on: one of each kind of fact the coach never changes.
const FACT_SAMPLES = ['DMARC', 'SPF', 'NDA', 'CNAME', 'LH 2471', 'INV-2231', '14:30', '9 am', '3 March', '2026-12-01', '€1,250.00', '$40', '12%', '+372 5555 1234', 'https://example.com/a?b=1', 'www.example.com', 'anna@example.org', 'Anna Tamm'];

/**
 * Why a pack's phrase replacement would break a fact, or undefined when it keeps them all. The
 * phrase is tried on a sample of every kind of fact (and on its own text, when it is plain words).
 */
export function replacementProblem(match: string, replace: string, caseSensitive = false, locale?: string): string | undefined {
  let re: RegExp;
  try {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${match})(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
  } catch {
    return undefined; // the schema reports a broken pattern
  }
  const literal = /^[\p{L}\p{N} '’,.-]+$/u.test(match) ? [match] : [];
  for (const sample of [...FACT_SAMPLES, ...literal]) {
    const after = sample.replace(re, () => replace);
    if (after === sample) continue;
    const lost = lostFacts(sample, after);
    if (lost.length) return textIn(locale, 'packReplacementFact', replace, lost[0]);
  }
  return undefined;
}

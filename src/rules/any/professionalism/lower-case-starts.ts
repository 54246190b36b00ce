// Sentences that start in lower case: at least `min` of them, and at least half of the sentence starts
// in the message, so one "iPhone" or a word after an abbreviation does not count as careless writing.
// Starts are found in the text itself (after ". ", "? ", "! " and at line starts), because the sentence
// splitter does not break before a lower-case word.
import type { DocumentContext, Hit } from '../../types';

const START = /(?:^|[.!?]\s+|\n\s*)(\p{L})/gu;
// Words that are written in lower case on purpose.
const ALLOWED = /^(?:i[A-Z]|e-|e\.g\.|i\.e\.|etc\.|www\.|https?:)/u;

export function check(d: DocumentContext): Hit[] {
  const first = d.sentences.find((s) => s !== d.greeting) ?? d.sentences[0];
  if (!first) return [];
  const from = first.start;
  const to = d.signOff ? d.signOff.start : d.signatureStart;
  const text = d.body.slice(from, to);
  let starts = 0;
  const lower: number[] = [];
  for (const m of text.matchAll(START)) {
    const at = m.index + m[0].length - m[1].length;
    // "5. septembril", "No. 4": a number's full stop does not end a sentence.
    if (m.index > 0 && isDigit(text.charCodeAt(m.index - 1))) continue;
    starts++;
    if (/\p{Ll}/u.test(m[1]) && !ALLOWED.test(text.slice(at, at + 6))) lower.push(from + at);
  }
  if (lower.length < Number(d.options.min) || lower.length * 2 < starts) return [];
  const edits = lower.map((i) => ({ start: i, end: i + 1, text: d.body[i].toUpperCase() }));
  const last = lower[lower.length - 1];
  const end = d.body.slice(last).search(/[.!?\n]|$/) + last;
  return [{ start: lower[0], end: Math.max(end, lower[0] + 1), suggestions: [{ label: { id: 'capitalise' }, edits }] }];
}

// The character before a match, not a regular expression over the text before it (which made the check
// quadratic in the length of the draft).
const isDigit = (c: number) => c >= 48 && c <= 57;

// The metric kind: a number measured on the draft against a limit held in one of the rule's options.
// Each measure knows where its finding sits and what fix to offer. Text ids: `split`, `full-stop`,
// `remove-emoji`, `normal-case` (labels); messages get `{count}` or `{grade}`.
import { countWords } from '../../core/text';
import { deletion } from '../edits';
import { looksLikeAcronym } from '../../core/acronyms';
import { COMMON_ACRONYMS } from '../lexicon';
import type { Measure } from '../schema';
import type { DocumentContext, Hit, RuleOptions, SentenceContext } from '../types';

type SentenceMeasure = (text: string, limit: number) => Hit[];
type DocumentMeasure = (d: DocumentContext, limit: number) => Hit[];

export const SENTENCE_MEASURES: Partial<Record<Measure, SentenceMeasure>> = {
  'sentence-words': sentenceWords,
  emoji,
  capitals,
};
export const DOCUMENT_MEASURES: Partial<Record<Measure, DocumentMeasure>> = {
  'paragraph-words': paragraphWords,
  'reading-grade': readingGrade,
  exclamations,
};

export function metricScope(measure: Measure): 'sentence' | 'document' {
  return measure in SENTENCE_MEASURES ? 'sentence' : 'document';
}

const limitOf = (options: RuleOptions, limit: string) => Number(options[limit]);

export function sentenceMetric(measure: Measure, limit: string): (s: SentenceContext) => Hit[] {
  const m = SENTENCE_MEASURES[measure]!;
  return (s) => m(s.text, limitOf(s.options, limit));
}

export function documentMetric(measure: Measure, limit: string): (d: DocumentContext) => Hit[] {
  const m = DOCUMENT_MEASURES[measure]!;
  return (d) => m(d, limitOf(d.options, limit));
}

/** Words in the sentence; the fix splits it at the joint nearest the middle (", and", ", but", ", so", "; "). */
function sentenceWords(text: string, limit: number): Hit[] {
  const count = countWords(text);
  if (count <= limit) return [];
  const hit: Hit = { start: 0, end: text.length, message: { id: 'message', params: { count } } };
  const joints = [...text.matchAll(/(?:,\s+(?:and|but|so|which means)\s+|;\s+)/g)];
  if (joints.length) {
    const mid = text.length / 2;
    const j = joints.reduce((a, b) => (Math.abs(a.index - mid) < Math.abs(b.index - mid) ? a : b));
    const next = j.index + j[0].length;
    if (next < text.length && /\p{Ll}/u.test(text[next]) && j.index > 20 && text.length - next > 20) {
      const conj = j[0].replace(/[,;]\s+/, '').trim();
      const keep = conj === 'but' ? 'But ' : conj === 'so' ? 'So ' : '';
      const edits = [{ start: j.index, end: next + 1, text: `. ${keep}${keep ? text[next] : text[next].toUpperCase()}` }];
      hit.suggestions = [{ label: { id: 'split' }, edits, safe: true }];
    }
  }
  return [hit];
}

/** Words in each paragraph of the message (the signature left out). */
function paragraphWords(d: DocumentContext, limit: number): Hit[] {
  const hits: Hit[] = [];
  for (const p of d.paragraphs) {
    if (p.start >= d.signatureStart) continue;
    const count = countWords(p.text);
    if (count > limit) hits.push({ start: p.start, end: p.end, message: { id: 'message', params: { count } } });
  }
  return hits;
}

/** Flesch–Kincaid grade of the whole message. */
function readingGrade(d: DocumentContext, limit: number): Hit[] {
  const grade = d.stats.readingGrade;
  if (grade <= limit || !d.sentences.length) return [];
  const first = d.sentences[0];
  const last = d.sentences[d.sentences.length - 1];
  return [{ start: first.start, end: last.end, message: { id: 'message', params: { grade: Math.round(grade) } } }];
}

/** Exclamation marks ("!!!" counts once); the ones past the limit are flagged, the first ones stay. */
function exclamations(d: DocumentContext, limit: number): Hit[] {
  const marks: number[] = [];
  for (const s of d.sentences) {
    if (s.start >= d.signatureStart) break;
    for (let i = s.start; i < s.end; i++) if (d.body[i] === '!' && d.body[i - 1] !== '!') marks.push(i);
  }
  return marks.slice(limit).map((i) => ({ start: i, end: i + 1, suggestions: [{ label: { id: 'full-stop' }, edits: [{ start: i, end: i + 1, text: '.' }] }] }));
}

// A whole emoji: pictographs with skin tones, variation selectors and ZWJ joins, flags, keycaps; or a
// text smiley. Typographic symbols that Unicode also lists as pictographs (© ® ™ ‼ ⁉ and the arrows
// ↔ ↕ ↖ ↗ ↘ ↙ ↩ ↪) are ordinary text unless written with the emoji selector U+FE0F; a pictograph
// drawn as text by default (☺ ❤ ✔) is still a picture and counts.
const TEXT_SYMBOL = '[\u00A9\u00AE\u2122\u203C\u2049\u2194-\u2199\u21A9\u21AA](?!\uFE0F)';
const PICTOGRAPH = `(?!${TEXT_SYMBOL})\\p{Extended_Pictographic}\\p{Emoji_Modifier}?\uFE0F?`;
const KEYCAP = /^[#*0-9]\uFE0F?\u20E3$/u;
const EMOJI = new RegExp(
  `(?:${PICTOGRAPH}(?:\u200D${PICTOGRAPH})*)+|\\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|(?<![\\p{L}\\p{N}])(?:[:;=]-?[)(DPp]|<3|xD|XD|\\^_\\^|:-?\\/)(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Emoji and smileys; the ones past the limit are flagged. A keycap (1️⃣, #️⃣) becomes its plain character, so the number stays. */
function emoji(text: string, limit: number): Hit[] {
  return [...text.matchAll(EMOJI)].slice(limit).map((m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (KEYCAP.test(m[0])) return { start, end, suggestions: [{ label: { id: 'plain-keycap' }, edits: [{ start, end, text: m[0][0] }] }] };
    return { start, end, suggestions: [{ label: { id: 'remove-emoji' }, edits: deletion(text, start, end) }] };
  });
}

// Parts of codes such as INV-2231 or EU_VAT are identifiers, not shouting.
const CAPS_WORD = /(?<![\p{L}\p{N}_/-])\p{Lu}{2,}(?![\p{L}\p{N}_/-])/gu;

/** Acronyms are not shouting: a known one, one defined in brackets ("(OTTED)"), or capitals that do not read as a word ("MRGRG", "DMARC"). */
function isAcronym(text: string, at: number, word: string): boolean {
  if (COMMON_ACRONYMS.has(word) || COMMON_ACRONYMS.has(word.replace(/S$/, ''))) return true;
  if (text[at - 1] === '(' || text[at - 1] === '`' || text[at + word.length] === '`') return true;
  return looksLikeAcronym(word);
}

/** Runs of words in capitals longer than the limit; one shouted word of five letters or more counts as a run of two. */
function capitals(text: string, limit: number): Hit[] {
  const words = [...text.matchAll(CAPS_WORD)].filter((m) => !isAcronym(text, m.index, m[0]));
  const hits: Hit[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j + 1 < words.length && /^[\s\p{P}]*$/u.test(text.slice(words[j].index + words[j][0].length, words[j + 1].index))) j++;
    const start = words[i].index;
    const end = words[j].index + words[j][0].length;
    const run = j > i ? j - i + 1 : words[i][0].length >= 5 ? 2 : 1;
    if (run > limit) {
      const lower = text.slice(start, end).toLowerCase();
      const fixed = text.slice(0, start).trim() === '' ? lower[0].toUpperCase() + lower.slice(1) : lower;
      hits.push({ start, end, suggestions: [{ label: { id: 'normal-case' }, edits: [{ start, end, text: fixed }] }] });
    }
    i = j + 1;
  }
  return hits;
}

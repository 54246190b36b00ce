// Acronyms every client knows are in lexicon.json; anything else should be spelled out once: "service-level agreement (SLA)".
import type { DocumentContext, Hit } from '../../types';
import { COMMON_ACRONYMS } from '../../lexicon';
import { looksLikeAcronym } from '../../../core/acronyms';

const ACRONYM = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9&]{1,5}s?(?![\p{L}\p{N}])/gu;

export function check(d: DocumentContext): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  for (const s of d.sentences) {
    for (const m of s.text.matchAll(ACRONYM)) {
      const word = m[0].replace(/s$/, '');
      // A shouted word (VERY, TODAY) is the shouting rule's, not an acronym.
      if (word.length < 2 || COMMON_ACRONYMS.has(word) || seen.has(word) || /^[A-Z]\d*$/.test(word) || !looksLikeAcronym(word)) continue;
      // Part of a code (INV-2231, PO-7781) or followed by a number (the flight LH 881, HP 26A): an identifier, not jargon.
      if (/^(?:\s?\d|[-_/][\p{L}\p{N}])/u.test(s.text.slice(m.index! + m[0].length))) continue;
      seen.add(word);
      // Defined somewhere: "(SLA)" or "SLA (" or "SLA stands for".
      const defined = new RegExp(`\\(${word}s?\\)|\\b${word}\\s*\\(|${word} (?:stands for|means)`).test(d.body);
      if (defined) continue;
      const start = s.start + m.index!;
      hits.push({
        start,
        end: start + m[0].length,
        suggestions: [{ label: { id: 'spell-out' }, edits: [{ start: start + m[0].length, end: start + m[0].length, text: ' ([[what it stands for]])' }] }],
      });
    }
  }
  return hits;
}

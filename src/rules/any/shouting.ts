import type { Hit, SentenceRule } from '../types';
import { COMMON_ACRONYMS } from '../en/clarity/undefined-acronym';

// Parts of codes such as INV-2231 or EU_VAT are identifiers, not shouting.
const CAPS_WORD = /(?<![\p{L}\p{N}_/-])\p{Lu}{2,}(?![\p{L}\p{N}_/-])/gu;

/** Acronyms are not shouting: one defined in brackets ("(OTTED)"), or a run of capitals with no vowel ("MRGRG"). */
function isAcronym(text: string, at: number, word: string): boolean {
  if (text[at - 1] === '(' || text[at - 1] === '`' || text[at + word.length] === '`') return true;
  return !/[AEIOUY]/.test(word);
}

export default {
  id: 'professionalism/shouting',
  category: 'professionalism',
  severity: 'warning',
  languages: 'any',
  scope: 'sentence',
  message: 'Writing in capitals reads as shouting.',
  explanation:
    'In email, capitals are the written form of raising your voice. Keep a respectful register: if something matters, say why it matters, or put it in the first line.',
  i18n: {
    et: {
      message: 'Suurtähtedega kirjutamine mõjub karjumisena.',
      explanation:
        'E-kirjas on suurtähed sama mis häält tõsta. Hoia lugupidavat tooni: kui miski on oluline, ütle, miks see on oluline, või too see kirja algusesse.',
    },
  },
  check({ text }): Hit[] {
    const words = [...text.matchAll(CAPS_WORD)].filter((m) => !COMMON_ACRONYMS.has(m[0]) && !COMMON_ACRONYMS.has(m[0].replace(/S$/, '')) && !isAcronym(text, m.index!, m[0]));
    // A run of two or more shouted words, or one long shouted word that is not an acronym.
    const hits: Hit[] = [];
    let i = 0;
    while (i < words.length) {
      let j = i;
      while (j + 1 < words.length && /^[\s\p{P}]*$/u.test(text.slice(words[j].index! + words[j][0].length, words[j + 1].index!))) j++;
      const start = words[i].index!;
      const end = words[j].index! + words[j][0].length;
      if (j > i || words[i][0].length >= 5) {
        const atSentenceStart = text.slice(0, start).trim() === '';
        const lower = text.slice(start, end).toLowerCase();
        const fixed = atSentenceStart ? lower[0].toUpperCase() + lower.slice(1) : lower;
        hits.push({ start, end, suggestions: [{ label: 'Write it in normal case', edits: [{ start, end, text: fixed }] }] });
      }
      i = j + 1;
    }
    return hits;
  },
  examples: {
    fire: ['Please send it TODAY AT THE LATEST.', 'This is URGENT.', 'I NEED THIS NOW'],
    pass: ['Please send the PDF to the CEO by 3 pm.', 'The FAQ is on our site.', 'Our NDA is attached.', 'Contact the Office of Tourism and Trade (OTTED) today.', 'Joe Priestley, MRGRG - Florida'],
  },
} satisfies SentenceRule;

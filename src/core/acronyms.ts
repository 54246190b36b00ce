// Telling an acronym (DMARC, CNAME, SPF, LH) from a shouted word (VERY, TODAY, PLEASE) without a
// dictionary: acronyms rarely read as English syllables. A shouted word may be lowered; an acronym
// is a fact and must be kept exactly as written.

// Two-letter starts that English words have; "DM", "CN", "DK", "JS" are not among them.
const ONSETS = new Set('bl br ch cl cr dr dw fl fr gh gl gn gr kl kn kr ph pl pr ps qu sc sh sk sl sm sn sp sq st sw th tr tw wh wr'.split(' '));
const VOWEL = /[aeiouy]/;

// Short words a writer shouts; other words of three letters or fewer in capitals are acronyms (SLA, NDA, LH).
const SHORT_WORDS = new Set(
  'a i to in on at is of by be do go no so up we my me he or if an as am the and you not all now are for can get out but has had his her its our was one two yes why how who did any new see day big bad ask let may off own too use way yet'.split(' '),
);

/** True for a word in capitals that is probably an acronym or code rather than a shouted word. */
export function looksLikeAcronym(word: string): boolean {
  if (!/^\p{Lu}[\p{Lu}\p{N}&]*s?$/u.test(word) || word.length < 2) return false;
  if (/\d|&/.test(word)) return true;
  if (word.length <= 3) return !SHORT_WORDS.has(word.toLowerCase());
  const w = word.toLowerCase();
  if (!VOWEL.test(w)) return true;
  // Four consonants in a row do not happen in English words written in capitals (STARTTLS, HTTPS).
  if (/[^aeiouy]{4}/.test(w)) return true;
  // A consonant start English does not have.
  return !VOWEL.test(w[0]) && !VOWEL.test(w[1]) && !ONSETS.has(w.slice(0, 2)) && !/^s[cpt]r/.test(w);
}

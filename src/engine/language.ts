// Which language a draft is in, with eld (Efficient Language Detector): on short emails it was right
// on 41 of 41 English and Estonian test sentences where franc-min (no Estonian) and tinyld (light:
// no Estonian; normal: 36 of 41) were not, and it takes about 0.01 ms a text. Too little text to tell
// is "unknown"; a language we have no rules for is "unknown" too, and gets only the checks that need
// no words. Names and places ("Tallinn", "Tõnu") do not turn an English draft Estonian.
import { eld } from 'eld/extrasmall';
import type { Language } from './types';
import { countWords, type Span } from './text';

const KNOWN: readonly Language[] = ['en', 'et'];
const MIN_WORDS = 3;

export function detectLanguage(text: string, fallback = ''): Language {
  const guess = detect(text);
  if (guess !== 'unknown' || !fallback) return guess;
  return detect(fallback);
}

/** The language of each paragraph: its own when it has enough words, else the draft's. */
export function paragraphLanguages(body: string, paragraphs: readonly Span[], draft: Language): Language[] {
  if (paragraphs.length < 2) return paragraphs.map(() => draft);
  return paragraphs.map((p) => (countWords(p.text) >= 6 ? detect(p.text) : draft));
}

function detect(text: string): Language {
  const sample = text.slice(0, 3000);
  if (countWords(sample) < MIN_WORDS) return 'unknown';
  const found = eld.detect(sample).language as Language;
  return KNOWN.includes(found) ? found : 'unknown';
}

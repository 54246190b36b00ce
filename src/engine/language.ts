// Which language a draft is in, with eld (Efficient Language Detector): on short emails it was right
// on 41 of 41 English and Estonian test sentences where franc-min (no Estonian) and tinyld (light:
// no Estonian; normal: 36 of 41) were not, and it takes about 0.01 ms a text. Too little text to tell
// is "unknown"; a language we have no rules for is "unknown" too, and gets only the checks that need
// no words. Names and places ("Tallinn", "Tõnu") do not turn an English draft Estonian.
import { eld } from 'eld/extrasmall';
import type { Language } from '../core/types';
import { countWords, type Span } from '../core/text';

const KNOWN: readonly Language[] = ['en', 'et'];
const MIN_WORDS = 3;

export function detectLanguage(text: string, fallback = ''): Language {
  const guess = detect(text);
  if (guess !== 'unknown' || !fallback) return guess;
  return detect(fallback);
}

/**
 * The language of each paragraph: another language we have rules for when the paragraph clearly is
 * in it, else the draft's. A short or unclear paragraph ("Hi Anna, reply ASAP") never switches the
 * draft's rules off.
 */
export function paragraphLanguages(paragraphs: readonly Span[], draft: Language): Language[] {
  if (paragraphs.length < 2) return paragraphs.map(() => draft);
  return paragraphs.map((p) => {
    if (countWords(p.text) < 6) return draft;
    const own = detect(p.text);
    return own === 'unknown' ? draft : own;
  });
}

// Paragraph results are cached, so a one-word edit re-detects one paragraph, not the draft.
const cache = new Map<string, Language>();

export function clearLanguageCache(): void {
  cache.clear();
}

function detect(text: string): Language {
  const sample = text.slice(0, 3000);
  const hit = cache.get(sample);
  if (hit) return hit;
  let lang: Language = 'unknown';
  if (countWords(sample) >= MIN_WORDS) {
    const found = eld.detect(sample).language as Language;
    lang = KNOWN.includes(found) ? found : 'unknown';
  }
  cache.set(sample, lang);
  if (cache.size > 2000) cache.delete(cache.keys().next().value!);
  return lang;
}

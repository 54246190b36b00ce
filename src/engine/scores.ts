// Category scores: 100 minus what the findings cost, scaled to the draft's length so one slip in a long
// email costs less than in a two-line one. Professionalism also reads the register of the prose.
import type { Category, Finding, Scores, Severity, Stats } from '../core/types';
import { politenessScore } from './politeness';

const COST: Record<Severity, number> = { info: 4, warning: 10, error: 22 };

export function computeScores(body: string, findings: readonly Finding[], stats: Stats): Scores {
  const scale = 100 / Math.max(100, stats.words);
  const cost: Record<Category, number> = { empathy: 0, clarity: 0, professionalism: 0 };
  for (const f of findings) cost[f.category] += COST[f.severity];
  const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
  const empathy = clamp(100 - cost.empathy * scale);
  const clarity = clamp(100 - cost.clarity * scale);
  // 95 for plain, neutral prose: formal prose earns the rest, informal prose loses more.
  const professionalism = clamp(soften(95 - cost.professionalism * scale - register(body, stats)));
  const politeness = politenessScore(body, ((cost.empathy + cost.professionalism) * scale) / 25);
  const overall = clamp(0.35 * empathy + 0.3 * clarity + 0.35 * professionalism);
  return { empathy, clarity, professionalism, politeness, overall };
}

/** Above 90 a score approaches 100 without reaching it, so very formal prose still ranks above formal prose. */
function soften(raw: number): number {
  return raw <= 90 ? raw : 90 + 10 * (1 - Math.exp(-(raw - 90) / 10));
}

const FORMAL_WORDS = new Set('the a an of in to for with on at by from about under over between through during within without upon regarding concerning according whereas therefore however furthermore moreover thus'.split(' '));
const DEICTIC_WORDS = new Set("i me my you your he him his she her it we us our they them this that these those here there now oh hey wow lol yeah yes ok okay well so just really".split(' '));
const LATINATE = /\b\w{3,}(?:tion|sion|ment|ance|ence|ity|ive|ous|ible|able|ize|ise|ate|al)s?\b/gi;

/**
 * How informal the prose reads: above 0 is informal, below 0 formal (down to about -12). Built from
 * signals raters of formality agree on: careless case and punctuation, chat words, contractions and
 * exclamation marks push it up; long words, Latinate vocabulary and the nouns-and-prepositions style
 * of formal prose (Heylighen and Dewaele's F-score, approximated with function words) pull it down.
 */
export function register(body: string, stats: Stats): number {
  const text = body.trim();
  if (!text) return 0;
  let r = 0;
  if (/^\p{Ll}/u.test(text)) r += 6;
  if (!/[.!?:;)"”]$/.test(text)) r += 3;
  if (/\bi\b/.test(text)) r += 5;
  r += Math.min(3, (text.match(/\b\w+['’](?:t|s|re|ll|ve|d|m)\b/gi) ?? []).length) * 2.5;
  r += Math.min(3, (text.match(/!/g) ?? []).length) * 3;
  if (/\.{2,}|…/.test(text)) r += 4;
  if (/\b(?:lol|haha|hehe|omg|gonna|wanna|gotta|kinda|yeah|yep|nope|guys|dude|cool|awesome|stuff|ok|okay|hey|ya|u|ur|btw|thx|pls)\b/i.test(text)) r += 6;
  if (/^(?:and|but|so|well|oh|yeah|ok|okay|anyway|also)\b/i.test(text)) r += 4;
  if (stats.words < 6) r += 5;
  else if (stats.words < 12) r += 2;
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const n = Math.max(1, words.length);
  const letters = words.reduce((sum, w) => sum + w.length, 0);
  r += (4.6 - letters / n) * 3;
  let formal = 0;
  let deictic = 0;
  for (const w of words) {
    if (FORMAL_WORDS.has(w)) formal++;
    else if (DEICTIC_WORDS.has(w)) deictic++;
  }
  r -= ((formal - deictic) / n) * 12;
  r -= Math.min(4, ((text.match(LATINATE) ?? []).length / n) * 20);
  r -= Math.min(4, stats.avgSentenceWords / 8);
  return r;
}

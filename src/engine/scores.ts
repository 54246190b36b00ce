// Category scores: 100 minus what the findings cost, scaled to the draft's length so one slip in a long
// email costs less than in a two-line one. Professionalism also reads the register of the prose.
import type { Category, Finding, Scores, Severity, Stats } from './types';
import { politenessScore } from './politeness';

const COST: Record<Severity, number> = { info: 4, warning: 10, error: 22 };

export function computeScores(body: string, findings: readonly Finding[], stats: Stats): Scores {
  const scale = 100 / Math.max(100, stats.words);
  const cost: Record<Category, number> = { empathy: 0, clarity: 0, professionalism: 0 };
  for (const f of findings) cost[f.category] += COST[f.severity];
  const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
  const empathy = clamp(100 - cost.empathy * scale);
  const clarity = clamp(100 - cost.clarity * scale);
  const professionalism = clamp(100 - cost.professionalism * scale - register(body, stats));
  const politeness = politenessScore(body, ((cost.empathy + cost.professionalism) * scale) / 25);
  const overall = clamp(0.35 * empathy + 0.3 * clarity + 0.35 * professionalism);
  return { empathy, clarity, professionalism, politeness, overall };
}

/** How informal the prose reads, 0 (formal) to about 30, from signals raters of formality agree on. */
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
  // Longer words are a steady sign of a formal register; long, complete sentences too.
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  const avg = letters / Math.max(1, stats.words);
  r += Math.max(0, 5 - avg) * 3;
  r -= Math.min(4, stats.avgSentenceWords / 8);
  return Math.max(0, r);
}

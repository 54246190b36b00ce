// A word and a level for a 0–100 score, so colour is never the only signal. The word must be true:
// "warm" only when warmth was found in the draft (otherwise a good empathy score says "no issues"),
// and "warm", "clear" or "professional" never beside a category that has a warning.
import { t, type MessageKey } from '../i18n';

export type Level = 'excellent' | 'good' | 'fair' | 'weak';

export function level(score: number): Level {
  return score >= 90 ? 'excellent' : score >= 75 ? 'good' : score >= 55 ? 'fair' : 'weak';
}

export function scoreWord(category: 'empathy' | 'clarity' | 'professionalism' | 'overall', score: number, warmth = false, warned = false): string {
  const l = level(score);
  if (warned && category !== 'overall' && (l === 'excellent' || l === 'good')) return t('wordGood');
  if (l === 'excellent' || l === 'good') {
    const key: Record<typeof category, MessageKey> = {
      empathy: warmth ? 'wordWarm' : 'wordNoIssues',
      clarity: 'wordClear',
      professionalism: 'wordProfessional',
      overall: l === 'excellent' ? 'wordExcellent' : 'wordGood',
    };
    return t(key[category]);
  }
  return t(l === 'fair' ? 'wordFair' : 'wordWeak');
}

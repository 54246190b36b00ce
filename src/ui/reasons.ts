// The features behind a score, in words: the side panel says which three moved each score most.
import type { Reason } from '../core/types';
import { currentLocale } from '../i18n';

// English and Estonian names of the features the category and overall models use. A feature not
// listed here is shown by its own (English) name; a learnt word or word pair in quotes ("^" marks a
// sentence start).
const LABELS: Record<string, [en: string, et: string]> = {
  'empathy warnings': ['empathy warnings', 'empaatia hoiatused'],
  'empathy hints': ['empathy hints', 'empaatia vihjed'],
  'clarity warnings': ['clarity warnings', 'selguse hoiatused'],
  'clarity hints': ['clarity hints', 'selguse vihjed'],
  'professionalism warnings': ['professionalism warnings', 'professionaalsuse hoiatused'],
  'professionalism hints': ['professionalism hints', 'professionaalsuse vihjed'],
  'formal register': ['formal register', 'ametlik keelekasutus'],
  gratitude: ['thanks', 'tänu'],
  greeting: ['greeting', 'pöördumine'],
  'sign-off': ['sign-off', 'lõputervitus'],
  'formal greeting': ['formal greeting', 'viisakas pöördumine'],
  'casual greeting': ['casual greeting', 'vaba tervitus'],
  apology: ['apology', 'vabandus'],
  'acknowledges feelings': ['acknowledging feelings', 'tunnete märkamine'],
  'positive words': ['kind words', 'lahked sõnad'],
  'word valence': ['tone of the words', 'sõnade toon'],
  'negative words': ['negative words', 'negatiivsed sõnad'],
  'very short': ['very short', 'väga lühike'],
  length: ['length', 'pikkus'],
  'longest sentence': ['longest sentence', 'pikim lause'],
  'longest paragraph': ['longest paragraph', 'pikim lõik'],
  'sentence length': ['sentence length', 'lausete pikkus'],
  'several questions': ['several questions', 'mitu küsimust'],
  question: ['ends with a question', 'lõpeb küsimusega'],
  hedge: ['hedging', 'pehmendused'],
  'more hedges': ['hedging', 'pehmendused'],
  'indirect request': ['indirect request ("could you")', 'kaudne palve'],
  please: ['“please”', '„palun“'],
  shouting: ['shouting', 'karjumine'],
  factuality: ['“actually”, “obviously”', '„tegelikult“, „ilmselgelt“'],
  'you must': ['“you must”, “you need to”', 'käsud'],
  'lower-case starts': ['lower-case sentence starts', 'väiketähega lausealgused'],
};

export function reasonLabel(feature: string): string {
  if (feature.startsWith('word:^')) return currentLocale() === 'et' ? `„${feature.slice(6)} …“ lause alguses` : `“${feature.slice(6)} …” at a sentence start`;
  if (feature.startsWith('word:')) return currentLocale() === 'et' ? `„${feature.slice(5)}“` : `“${feature.slice(5)}”`;
  const pair = LABELS[feature];
  return pair ? pair[currentLocale() === 'et' ? 1 : 0] : feature;
}

/** "thanks +6 · empathy warnings −21": signed points, the minus sign typographic. */
export function describeReasons(reasons: readonly Reason[]): string {
  return reasons.map((r) => `${reasonLabel(r.feature)} ${r.points > 0 ? '+' : '−'}${Math.abs(r.points)}`).join(' · ');
}

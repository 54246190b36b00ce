// Fitting the scorer: one L2-regularised logistic regression per score, over a chosen subset of the
// named features, from labelled rows of several sources (each source weighted as a whole, so 3,000
// politeness requests do not drown 170 emails). Used by `npm run fit` and, for cross-validation, by
// `npm run eval`. Deterministic: L-BFGS from zero (scripts/lbfgs.ts), folds from a fixed hash.
import type { Scores } from '../src/core/types';
import { FEATURE_NAMES, STRATEGIES, type Features } from '../src/engine/features';
import { type LinearModel, REGISTER_FEATURE, type ScoreModel, SCORE_KEYS, computeScores, registerFeature } from '../src/engine/scores';
import { fnv1a } from './data';
import { fitLogisticSparse } from './lbfgs';

export type Key = keyof Scores | 'register';
export type Source = 'own' | 'wikipedia' | 'stackExchange' | 'formality' | 'enron';

export interface Row {
  source: Source;
  /** Rows of one group stay in one fold (the good and flawed draft of a situation). */
  group: string;
  features: Features;
  /** Target per score, 0 (bad) to 1 (good); soft targets allowed (formality ratings scaled to 0–1). */
  labels: Partial<Record<Key, number>>;
}

const STRATEGY_NAMES = STRATEGIES.map(([name]) => name);
const REGISTER = ['no final punctuation', 'lower-case i', 'contractions', 'exclamation marks', 'ellipsis', 'chat words', 'long words', 'noun style', 'latinate words', 'sentence length', 'all lower-case', 'capitalised words', 'reading grade', 'numbers', 'all-caps words', 'run-on sentences', 'honorific', 'intensifiers', 'formal words', 'name line'];
const SHAPE = ['length', 'very short', 'greeting', 'sign-off', 'formal greeting', 'casual greeting', 'lower-case starts'];
const hits = (c: string) => [`${c} warnings`, `${c} hints`];

/** Which features each score may use and which sources teach it (with each source's share). */
export const SPEC: Record<Key, { features: string[]; sources: Partial<Record<Source, number>>; lambda: number; vocabulary?: { minRows: number; minWeight: number; scale?: number; wordsOnly?: boolean }; target?: Key }> = {
  empathy: {
    // What the draft says and how: rule hits and the politeness strategies. Not its length or shape,
    // so a short, kind reply is not marked down for being short.
    features: [...hits('empathy'), ...STRATEGY_NAMES, 'word valence'],
    sources: { own: 1 },
    lambda: 0.02,
  },
  clarity: {
    features: [...hits('clarity'), 'longest sentence', 'longest paragraph', 'sentence length', 'very short', 'question', 'several questions', 'hedge', 'more hedges'],
    sources: { own: 1 },
    lambda: 0.02,
  },
  professionalism: {
    // No greeting or sign-off terms here: their absence is a rule's warning when it matters, and
    // formal workplace emails without them are common (Enron raters did not mark them down).
    features: [...hits('professionalism'), 'no greeting or sign-off', 'empathy warnings', REGISTER_FEATURE, 'casual greeting', 'very short'],
    // Enron weighs more: whole workplace emails rated by people, the closest data to what the coach
    // sees (the weight was chosen by cross-validation on development data).
    sources: { own: 1, formality: 1, enron: 3 },
    lambda: 0.005,
  },
  politeness: {
    features: [...STRATEGY_NAMES, 'word valence', 'length', 'very short', ...hits('empathy'), ...hits('professionalism'), 'exclamation marks', 'chat words', 'contractions', 'lower-case i'],
    sources: { wikipedia: 1, stackExchange: 1 },
    lambda: 0.01,
    // Words, word pairs and sentence starts used in at least 8 training requests; of those the
    // model keeps the ones whose weight reaches 0.03 (the rest refitted), so the shipped file stays small.
    vocabulary: { minRows: 8, minWeight: 0.03 },
  },
  register: {
    features: [...REGISTER, ...SHAPE, 'other language', 'shouting', 'careless start', 'gratitude', 'please', 'direct start', 'factuality', 'positive words', 'first person', 'second person', 'inclusive we', 'link', 'question'],
    sources: { formality: 1, enron: 1 },
    lambda: 0.005,
    // Words and word pairs people rate as formal or chatty ("regarding", "guys"), from the rated rows,
    // scaled down (a stronger penalty than the named signals) so they only refine them.
    vocabulary: { minRows: 3, minWeight: 0.01, scale: 0.5 },
    target: 'professionalism',
  },
  overall: {
    features: [...hits('empathy'), ...hits('clarity'), ...hits('professionalism'), 'no greeting or sign-off', 'greeting', 'sign-off', 'very short', 'gratitude', 'acknowledges feelings', 'apology', 'word valence', REGISTER_FEATURE],
    sources: { own: 1 },
    lambda: 0.02,
  },
};

// Rule hits may only lower a score: a model that learnt "more warnings, better email" from a quirk of
// the data would be wrong and untrustworthy, so such a feature is dropped and the model refitted.
const MUST_LOWER = (name: string) => name.endsWith(' warnings') || name.endsWith(' hints') || name === 'no greeting or sign-off';

/** Weighted, L2-regularised logistic regression (soft targets allowed) on dense rows; the last coefficient is the bias. */
export function fitLogistic(X: number[][], y: number[], w: number[], lambda: number): number[] {
  const sparse = X.map((x) => {
    const idx: number[] = [];
    const val: number[] = [];
    x.forEach((v, j) => {
      if (v) (idx.push(j), val.push(v));
    });
    return { idx, val };
  });
  return fitLogisticSparse(sparse, X[0]?.length ?? 0, y, w, lambda);
}

/** Fit one score's model on the rows that carry its label. */
export function fitOne(key: Key, rows: readonly Row[]): LinearModel {
  const spec = SPEC[key];
  const target = spec.target ?? key;
  const use = rows.filter((r) => r.labels[target] !== undefined && spec.sources[r.source]);
  const perSource = new Map<Source, number>();
  for (const r of use) perSource.set(r.source, (perSource.get(r.source) ?? 0) + 1);
  const weight = (r: Row) => spec.sources[r.source]! / perSource.get(r.source)!;
  let names = spec.features.filter((n) => FEATURE_NAMES.includes(n) || n === REGISTER_FEATURE);
  if (spec.vocabulary) {
    // The vocabulary: what is used in at least `minRows` training rows (chosen by frequency, never by label).
    const docs = new Map<string, number>();
    const wanted = (n: string) => n.startsWith('word:') && !(spec.vocabulary!.wordsOnly && /[ ^]/.test(n));
    for (const r of use) for (const n in r.features) if (wanted(n)) docs.set(n, (docs.get(n) ?? 0) + 1);
    names.push(...[...docs].filter(([, c]) => c >= spec.vocabulary!.minRows).map(([n]) => n).sort());
  }
  // Features that never vary in the training rows carry no information.
  names = names.filter((n) => use.some((r) => (r.features[n] ?? 0) !== (use[0].features[n] ?? 0)));
  let pruned = false;
  for (;;) {
    const index = new Map(names.map((n, j) => [n, j]));
    // Vocabulary features enter scaled down: a stronger L2 penalty on words than on the named features.
    const scale = names.map((n) => (n.startsWith('word:') ? (spec.vocabulary?.scale ?? 1) : 1));
    const X = use.map((r) => {
      const idx: number[] = [];
      const val: number[] = [];
      for (const n in r.features) {
        const j = index.get(n);
        if (j !== undefined && r.features[n]) (idx.push(j), val.push(r.features[n] * scale[j]));
      }
      return { idx, val };
    });
    const beta = fitLogisticSparse(X, names.length, use.map((r) => r.labels[target]!), use.map(weight), spec.lambda);
    const wrong = names.filter((n, j) => MUST_LOWER(n) && beta[j] > 0);
    // Vocabulary weights too small to matter are dropped once and the rest refitted, so the
    // shipped file stays small without the kept weights losing what the dropped ones carried.
    const small = pruned ? [] : names.filter((n, j) => n.startsWith('word:') && Math.abs(beta[j] * scale[j]) < spec.vocabulary!.minWeight);
    if (small.length && !wrong.length) {
      pruned = true;
      names = names.filter((n) => !small.includes(n));
      continue;
    }
    if (!wrong.length) {
      const weights: Record<string, number> = {};
      const least = (n: string) => (n.startsWith('word:') ? spec.vocabulary!.minWeight : 1e-3);
      names.forEach((n, j) => {
        if (Math.abs(beta[j] * scale[j]) >= least(n)) weights[n] = round(beta[j] * scale[j]);
      });
      return { bias: round(beta[names.length]), weights };
    }
    names = names.filter((n) => !wrong.includes(n));
  }
}

export function fitAll(rows: readonly Row[]): ScoreModel {
  // Stage one: how formal the prose reads, learnt from people's formality ratings alone. Its output is
  // one feature ("formal register") of the professionalism model, so the own set's labels about rule
  // problems cannot pull the register signals away from what raters of formality agree on.
  const register = fitOne('register', rows);
  const staged: Row[] = rows.map((r) => ({ ...r, features: { ...r.features, [REGISTER_FEATURE]: registerFeature(register, r.features) } }));
  const models = {} as Record<Key, LinearModel>;
  for (const key of SCORE_KEYS) models[key] = fitOne(key, staged);
  // The average draft the reasons are measured against: the development emails, or all rows when there are none.
  const base = staged.some((r) => r.source === 'own') ? staged.filter((r) => r.source === 'own') : staged;
  const means: Record<string, number> = {};
  for (const n of [...FEATURE_NAMES, REGISTER_FEATURE]) means[n] = round(base.reduce((s, r) => s + ((r.features as Features)[n] ?? 0), 0) / Math.max(1, base.length));
  return { version: 1, means, register, models };
}

export const FOLDS = 5;
export const foldOf = (group: string) => fnv1a(`fold:${group}`) % FOLDS;

/** Out-of-fold scores: each row scored by a model fitted without its fold. */
export function crossValidate(rows: readonly Row[]): Record<Key, number[]> {
  const out = {} as Record<Key, number[]>;
  for (const key of SCORE_KEYS) out[key] = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const model = fitAll(rows.filter((r) => foldOf(r.group) !== k));
    rows.forEach((r, i) => {
      if (foldOf(r.group) !== k) return;
      const { scores } = computeScores(r.features, model);
      for (const key of SCORE_KEYS) out[key][i] = scores[key];
    });
  }
  return out;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

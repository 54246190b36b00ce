// Scores from a fitted, transparent model: for each score a logistic regression over the named
// features of ./features.ts, its weights in ./model.json (written by `npm run fit` from development
// data only). score = 100 · σ(bias + Σ weight · feature). Deterministic and a few microseconds.
import type { Reason, Scores } from '../core/types';
import type { Features } from './features';
import MODEL from './model.json';

export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

export interface ScoreModel {
  version: number;
  /** Stage one: how formal the prose reads; its output is the "formal register" feature of the other models. */
  register?: LinearModel;
  /** Mean of each feature over the development data: the "average draft" reasons are measured against. */
  means: Record<string, number>;
  models: Record<keyof Scores, LinearModel>;
}

export const SCORE_MODEL = MODEL as ScoreModel;
export const SCORE_KEYS: readonly (keyof Scores)[] = ['empathy', 'clarity', 'professionalism', 'politeness', 'overall'];

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const toScore = (z: number) => Math.round(100 * sigmoid(z));

export function linear(m: LinearModel, f: Features): number {
  let z = m.bias;
  for (const name in m.weights) z += m.weights[name] * (f[name] ?? 0);
  return z;
}

export const REGISTER_FEATURE = 'formal register';
/** The register model's output, clipped: one bounded feature, whatever the draft. */
export function registerFeature(m: LinearModel, f: Features): number {
  return Math.max(-4, Math.min(4, linear(m, f)));
}

export function computeScores(features: Features, model: ScoreModel = SCORE_MODEL): { scores: Scores; reasons: Record<keyof Scores, Reason[]> } {
  const f = model.register ? { ...features, [REGISTER_FEATURE]: registerFeature(model.register, features) } : features;
  const scores = {} as Scores;
  const reasons = {} as Record<keyof Scores, Reason[]>;
  for (const key of SCORE_KEYS) {
    const m = model.models[key];
    const z = linear(m, f);
    scores[key] = toScore(z);
    const moved: Reason[] = [];
    for (const name in m.weights) {
      const share = m.weights[name] * ((f[name] ?? 0) - (model.means[name] ?? 0));
      if (share === 0) continue;
      // Points gained or lost: this score against the same draft with the feature at its average.
      moved.push({ feature: name, value: round(f[name] ?? 0), points: toScore(z) - toScore(z - share) });
    }
    reasons[key] = moved
      .filter((r) => r.points !== 0)
      .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.feature.localeCompare(b.feature))
      .slice(0, 3);
  }
  return { scores, reasons };
}

const round = (x: number) => Math.round(x * 100) / 100;

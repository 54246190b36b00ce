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

// A model's weights as arrays, in the order of its `weights` object, made once per model (a model is
// not changed once used): looking hundreds of names up in large objects on every check, and listing
// their keys with for…in, took most of the time of computing the scores.
interface Table {
  names: string[];
  weights: number[];
  /** The average of each feature, for the `means` object they were read from. */
  means?: { from: Record<string, number>; values: number[] };
}
const tables = new WeakMap<LinearModel, Table>();
function tableOf(m: LinearModel): Table {
  let t = tables.get(m);
  if (!t) {
    const names = Object.keys(m.weights);
    tables.set(m, (t = { names, weights: names.map((n) => m.weights[n]) }));
  }
  return t;
}
function meansOf(t: Table, means: Record<string, number>): number[] {
  if (t.means?.from !== means) t.means = { from: means, values: t.names.map((n) => means[n] ?? 0) };
  return t.means.values;
}

export function linear(m: LinearModel, f: Features): number {
  return sum(m, valuesOf(f));
}

/** A draft's features as a Map: hundreds of look-ups in a Map beat the same in an object with as many keys. */
function valuesOf(f: Features): Map<string, number> {
  return new Map(Object.entries(f));
}

function sum(m: LinearModel, values: Map<string, number>): number {
  const { names, weights } = tableOf(m);
  let z = m.bias;
  for (let i = 0; i < names.length; i++) z += weights[i] * (values.get(names[i]) ?? 0);
  return z;
}

export const REGISTER_FEATURE = 'formal register';
/** The register model's output, clipped: one bounded feature, whatever the draft. */
export function registerFeature(m: LinearModel, f: Features): number {
  return clip(linear(m, f));
}
const clip = (z: number) => Math.max(-4, Math.min(4, z));

export function computeScores(features: Features, model: ScoreModel = SCORE_MODEL): { scores: Scores; reasons: Record<keyof Scores, Reason[]> } {
  const f = valuesOf(features);
  if (model.register) f.set(REGISTER_FEATURE, clip(sum(model.register, f)));
  const scores = {} as Scores;
  const reasons = {} as Record<keyof Scores, Reason[]>;
  for (const key of SCORE_KEYS) {
    const m = model.models[key];
    const z = sum(m, f);
    const score = toScore(z);
    scores[key] = score;
    const moved: Reason[] = [];
    const table = tableOf(m);
    const { names, weights } = table;
    const means = meansOf(table, model.means);
    for (let i = 0; i < names.length; i++) {
      const value = f.get(names[i]) ?? 0;
      const share = weights[i] * (value - means[i]);
      if (share === 0) continue;
      // Points gained or lost: this score against the same draft with the feature at its average.
      const points = score - toScore(z - share);
      if (points !== 0) moved.push({ feature: names[i], value: round(value), points });
    }
    reasons[key] = moved
      .sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || a.feature.localeCompare(b.feature))
      .slice(0, 3);
  }
  return { scores, reasons };
}

const round = (x: number) => Math.round(x * 100) / 100;

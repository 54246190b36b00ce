// Weighted, L2-regularised logistic regression (soft targets allowed) on sparse rows, by L-BFGS:
// memory and time grow with the non-zero entries, not with the square of the features, so a model
// can read a vocabulary of thousands of words. Deterministic: starts from zero, fixed iterations.
export interface SparseRow {
  idx: number[];
  val: number[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The coefficients for `d` features, the last one the bias (not regularised). */
export function fitLogisticSparse(X: readonly SparseRow[], d: number, y: readonly number[], w: readonly number[], lambda: number): number[] {
  const W = w.reduce((s, x) => s + x, 0) || 1;
  const n = d + 1;
  // Loss and gradient at beta: mean weighted log-loss plus lambda/2 · |beta|² (bias excluded).
  const evaluate = (beta: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let loss = 0;
    for (let i = 0; i < X.length; i++) {
      const { idx, val } = X[i];
      let z = beta[d];
      for (let a = 0; a < idx.length; a++) z += beta[idx[a]] * val[a];
      // log(1 + e^z) − y·z, computed without overflow.
      loss += (w[i] * ((z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z)) / W;
      const r = (w[i] * (sigmoid(z) - y[i])) / W;
      g[d] += r;
      for (let a = 0; a < idx.length; a++) g[idx[a]] += r * val[a];
    }
    for (let j = 0; j < d; j++) {
      loss += (lambda / 2) * beta[j] * beta[j];
      g[j] += lambda * beta[j];
    }
    return loss;
  };
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[j] * b[j];
    return s;
  };
  const M = 10;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  let beta = new Float64Array(n);
  let g = new Float64Array(n);
  let f = evaluate(beta, g);
  for (let iter = 0; iter < 500; iter++) {
    // Two-loop recursion: the search direction from the last M steps.
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = dot(S[k], q) / dot(Y[k], S[k]);
      for (let j = 0; j < n; j++) q[j] -= alpha[k] * Y[k][j];
    }
    const gamma = S.length ? dot(S[S.length - 1], Y[Y.length - 1]) / dot(Y[Y.length - 1], Y[Y.length - 1]) : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    for (let j = 0; j < n; j++) q[j] *= gamma;
    for (let k = 0; k < S.length; k++) {
      const b = dot(Y[k], q) / dot(Y[k], S[k]);
      for (let j = 0; j < n; j++) q[j] += S[k][j] * (alpha[k] - b);
    }
    // Backtracking line search along −q (Armijo condition).
    const slope = -dot(g, q);
    if (slope >= 0) break;
    let step = 1;
    const next = new Float64Array(n);
    const gNext = new Float64Array(n);
    let fNext = Infinity;
    for (let t = 0; t < 30; t++, step /= 2) {
      for (let j = 0; j < n; j++) next[j] = beta[j] - step * q[j];
      fNext = evaluate(next, gNext);
      if (fNext <= f + 1e-4 * step * slope) break;
    }
    const s = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      s[j] = next[j] - beta[j];
      yk[j] = gNext[j] - g[j];
    }
    if (dot(s, yk) > 1e-12) {
      S.push(s);
      Y.push(yk);
      if (S.length > M) (S.shift(), Y.shift());
    }
    const done = f - fNext < 1e-10 * Math.max(1, Math.abs(f));
    beta = next;
    g = gNext;
    f = fNext;
    if (done || Math.sqrt(dot(g, g)) < 1e-8) break;
  }
  return Array.from(beta);
}

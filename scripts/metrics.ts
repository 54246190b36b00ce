// Agreement measures for the evaluation.

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
export function auc(positives: number[], negatives: number[]): number {
  const all = [...positives.map((s) => ({ s, p: 1 })), ...negatives.map((s) => ({ s, p: 0 }))].sort((a, b) => a.s - b.s);
  const ranks = averageRanks(all.map((x) => x.s));
  let sum = 0;
  all.forEach((x, i) => {
    if (x.p) sum += ranks[i];
  });
  const n1 = positives.length;
  const n0 = negatives.length;
  return (sum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}

/** Ranks 1..n of sorted values, ties sharing their average rank. */
function averageRanks(sorted: number[]): number[] {
  const r = new Array<number>(sorted.length);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[i]) j++;
    for (let k = i; k <= j; k++) r[k] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return r;
}

export function ranks(values: number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const r = averageRanks(order.map((o) => o.v));
  const out = new Array<number>(values.length);
  order.forEach((o, k) => (out[o.i] = r[k]));
  return out;
}

export function pearson(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += (a[i] - ma) * (b[i] - mb);
    da += (a[i] - ma) ** 2;
    db += (b[i] - mb) ** 2;
  }
  return num / Math.sqrt(da * db);
}

export function spearman(a: number[], b: number[]): number {
  return pearson(ranks(a), ranks(b));
}

export function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

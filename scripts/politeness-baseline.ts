// `npm run eval:baseline [-- --data DIR]`: what plain text classification reaches on the politeness
// development halves, as a yardstick for the coach's figures. No coach features at all: hashed words,
// word pairs and character 2–5-grams, one L2 logistic regression per community, fitted and scored by
// the same five folds and median threshold as `npm run eval` (paper protocol: top vs bottom quartile).
// If this reproduces the paper's bag-of-words figure on one community but not on the other, the gap
// is in the data, not in the coach's model.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PUBLIC_FILES, fnv1a, missingPublicFiles, politenessQuartiles } from './data';
import { fitLogisticSparse } from './lbfgs';
import { median } from './metrics';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/eval' } } });
const dir = resolve(values.data!);
if (missingPublicFiles(dir).length) {
  console.error(`tone-coach eval:baseline: no evaluation data at ${dir}. Point to it with --data DIR.`);
  process.exit(2);
}

const BUCKETS = 1 << 18;
const FOLDS = 5;

/** Hashed binary n-grams of a request, scaled to unit length. */
function grams(text: string): { idx: number[]; val: number[] } {
  const seen = new Set<number>();
  const s = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  for (let n = 2; n <= 5; n++) for (let i = 0; i + n <= s.length; i++) seen.add(fnv1a(`c${s.slice(i, i + n)}`) % BUCKETS);
  const words = text.toLowerCase().match(/[a-z']+|[?!]/g) ?? [];
  words.forEach((w, i) => {
    seen.add(fnv1a(`w${w}`) % BUCKETS);
    if (i) seen.add(fnv1a(`b${words[i - 1]} ${w}`) % BUCKETS);
  });
  const idx = [...seen];
  return { idx, val: idx.map(() => 1 / Math.sqrt(idx.length || 1)) };
}

function accuracy(key: 'wikipedia' | 'stackExchange', lambda: number): number {
  const q = politenessQuartiles(dir, PUBLIC_FILES[key]);
  const rows = [...q.polite.map((text) => ({ text, y: 1 })), ...q.impolite.map((text) => ({ text, y: 0 }))];
  const X = rows.map((r) => grams(r.text));
  const fold = rows.map((r) => fnv1a(`fold:${r.text}`) % FOLDS);
  const z = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.map((_, i) => i).filter((i) => fold[i] !== k);
    const beta = fitLogisticSparse(train.map((i) => X[i]), BUCKETS, train.map((i) => rows[i].y), train.map(() => 1), lambda);
    rows.forEach((_, i) => {
      if (fold[i] === k) z[i] = X[i].idx.reduce((s, j, a) => s + beta[j] * X[i].val[a], beta[BUCKETS]);
    });
  }
  const threshold = median(z);
  return rows.filter((r, i) => (z[i] > threshold ? 1 : 0) === r.y).length / rows.length;
}

console.log('| community | λ 0.0003 | λ 0.001 | λ 0.003 |\n|---|---|---|---|');
for (const key of ['wikipedia', 'stackExchange'] as const) {
  const figures = [0.0003, 0.001, 0.003].map((l) => `${(100 * accuracy(key, l)).toFixed(1)} %`);
  console.log(`| ${key} | ${figures.join(' | ')} |`);
}

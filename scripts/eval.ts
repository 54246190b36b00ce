// `npm run eval [-- --data DIR] [--json]`: how well the coach's scores agree with human ratings.
// Politeness (Stanford Politeness Corpus, paper protocol) and formality (Pavlick & Tetreault).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/engine';
import { parseCsv } from './csv';
import { auc, median, spearman } from './metrics';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const dataAt = argv.indexOf('--data');
const dir = resolve(dataAt >= 0 ? (argv[dataAt + 1] ?? '') : '../shared/eval');

const FILES = {
  wikipedia: 'politeness/wikipedia.csv',
  stackExchange: 'politeness/stack-exchange.csv',
  formality: 'formality/email-sentences.csv',
};

if (!existsSync(dir)) {
  console.error(`tone-coach eval: no evaluation data at ${dir}.\nPoint to the folder with --data DIR (it holds politeness/wikipedia.csv, politeness/stack-exchange.csv and formality/email-sentences.csv).`);
  process.exit(2);
}
for (const f of Object.values(FILES)) {
  if (!existsSync(join(dir, f))) {
    console.error(`tone-coach eval: ${join(dir, f)} is missing.`);
    process.exit(2);
  }
}

const REFERENCE = {
  wikipedia: { crossDomain: 75.4, strategies: 83.8, bagOfWords: 79.8, human: 86.7, milestone: 80 },
  stackExchange: { crossDomain: 67.5, strategies: 78.2, bagOfWords: 74.5, human: 80.9, milestone: 68 },
};

function politeness(file: string) {
  const rows = parseCsv(readFileSync(join(dir, file), 'utf8'))
    .map((r) => ({ text: r.Request, human: Number(r['Normalized Score']) }))
    .filter((r) => r.text && Number.isFinite(r.human));
  const sorted = [...rows].sort((a, b) => a.human - b.human);
  const q = Math.floor(sorted.length / 4);
  const impolite = sorted.slice(0, q);
  const polite = sorted.slice(sorted.length - q);
  const score = (r: { text: string }) => analyze({ body: r.text }).scores.politeness;
  const p = polite.map(score);
  const n = impolite.map(score);
  const threshold = median([...p, ...n]);
  const correct = p.filter((s) => s > threshold).length + n.filter((s) => s <= threshold).length;
  return { rows: rows.length, quartileRows: p.length + n.length, auc: auc(p, n), accuracy: (100 * correct) / (p.length + n.length), threshold };
}

function formality() {
  const rows = parseCsv(readFileSync(join(dir, FILES.formality), 'utf8'))
    .map((r) => ({ text: r.sentence, human: Number(r.avg_score) }))
    .filter((r) => r.text && Number.isFinite(r.human));
  const ours = rows.map((r) => analyze({ body: r.text }).scores.professionalism);
  return { rows: rows.length, spearman: spearman(ours, rows.map((r) => r.human)) };
}

const t0 = performance.now();
const result = {
  date: new Date().toISOString().slice(0, 10),
  data: dir,
  politeness: { wikipedia: politeness(FILES.wikipedia), stackExchange: politeness(FILES.stackExchange) },
  formality: formality(),
  seconds: 0,
};
result.seconds = Math.round((performance.now() - t0) / 100) / 10;

if (json) {
  console.log(JSON.stringify({ ...result, reference: REFERENCE }, null, 2));
} else {
  const pct = (x: number) => `${x.toFixed(1)} %`;
  console.log(`# Tone Coach accuracy (${result.date}; data: ${dir}; ${result.seconds} s)\n`);
  console.log('## Politeness: scores.politeness, top vs bottom quartile of human ratings\n');
  console.log('| corpus | rows (quartiles) | AUC | accuracy (median threshold) | milestone | paper: cross-domain | paper: strategies (in-domain) | paper: humans |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, key] of [['Wikipedia', 'wikipedia'], ['Stack Exchange', 'stackExchange']] as const) {
    const r = result.politeness[key];
    const ref = REFERENCE[key];
    console.log(`| ${name} | ${r.rows} (${r.quartileRows}) | ${r.auc.toFixed(3)} | ${pct(r.accuracy)} | ${r.accuracy >= ref.milestone ? '✓' : '✗'} ≥ ${ref.milestone} % | ${ref.crossDomain} % | ${ref.strategies} % | ${ref.human} % |`);
  }
  console.log('\n## Formality: scores.professionalism against avg_score\n');
  console.log('| corpus | rows | Spearman ρ | milestone |');
  console.log('|---|---|---|---|');
  console.log(`| Email sentences (Pavlick & Tetreault 2016) | ${result.formality.rows} | ${result.formality.spearman.toFixed(3)} | ${result.formality.spearman >= 0.6 ? '✓' : '✗'} ≥ 0.60 |`);
}

// `npm run fit [-- --data DIR]`: fit the scorer to the development data and write src/engine/model.json.
// Development data only: the own email set without its held-out part, and the development halves of
// the public corpora in ../shared/eval. The weights are rounded and written in a stable order, so the
// same data always gives the same file.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { missingPublicFiles } from './data';
import { fitAll } from './model';
import { collect } from './rows';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/eval' }, out: { type: 'string', default: 'src/engine/model.json' } } });
const dir = resolve(values.data!);
const missing = missingPublicFiles(dir);
if (missing.length) {
  console.error(`tone-coach fit: the development data is missing (${missing.join(', ')}).\nPoint to the folder with --data DIR.`);
  process.exit(2);
}
const data = collect(dir);
const model = fitAll(data.rows);
const count: Record<string, number> = {};
for (const r of data.rows) count[r.source] = (count[r.source] ?? 0) + 1;
const file = {
  version: model.version,
  about: 'Fitted by `npm run fit` (scripts/fit.ts, scripts/model.ts) on development data only; see docs/ACCURACY.md.',
  rows: count,
  means: model.means,
  register: model.register,
  models: model.models,
};
// One entry per line (a refit reads as a diff of weights), without indentation: the file ships with
// the extension and holds a few thousand vocabulary weights.
writeFileSync(values.out!, `${JSON.stringify(file, null, 1).replace(/\n +/g, '\n')}\n`);
console.log(`Wrote ${values.out} from ${data.rows.length} development rows (${Object.entries(count).map(([k, v]) => `${k} ${v}`).join(', ')}).`);
for (const [key, m] of Object.entries({ register: model.register!, ...model.models })) console.log(`  ${key}: ${Object.keys(m.weights).length} features, bias ${m.bias}`);

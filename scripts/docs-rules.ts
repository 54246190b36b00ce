// `npm run docs:rules`: rewrites the rule table in docs/rule-packs.md from the rule files themselves,
// so the documentation cannot drift (tests/unit/docs.test.ts checks the table is current).
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesTable } from './rules-table';

const path = 'docs/rule-packs.md';
const doc = readFileSync(path, 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
if (!doc.includes(start) || !doc.includes(end)) throw new Error(`${path} needs the ${start} and ${end} markers`);
const table = rulesTable();
writeFileSync(path, doc.slice(0, doc.indexOf(start) + start.length) + '\n' + table + '\n' + doc.slice(doc.indexOf(end)));
console.log(`${table.split('\n').length - 2} rules written to ${path}`);

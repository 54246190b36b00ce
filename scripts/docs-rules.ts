// `npm run docs:rules`: rewrites the rule table in docs/rule-packs.md from the rules themselves,
// so the documentation cannot drift (tests/unit/docs.test.ts checks it lists every rule).
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../src/rules';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const rows = RULES.map((r) => {
  const langs = r.languages === 'any' ? 'any' : r.languages.join(', ');
  const standard = r.standardOff ? 'off' : r.severity;
  const strictOpts = r.strict?.options ? ` (${Object.entries(r.strict.options).map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
  const strict = `${r.strict?.severity ?? r.severity}${strictOpts}`;
  const options = r.options ? Object.entries(r.options).map(([k, v]) => `\`${k}\`: ${v}`).join(', ') : '';
  const message = r.locale && r.locale !== 'en' ? (r.i18n?.en?.message ?? r.message) : r.message;
  return `| \`${r.id}\` | ${langs} | ${standard} | ${strict} | ${options} | ${cell(message)} |`;
});
const table = ['| id | languages | standard | strict | options | message |', '|---|---|---|---|---|---|', ...rows].join('\n');
const path = 'docs/rule-packs.md';
const doc = readFileSync(path, 'utf8');
const start = '<!-- rules:start -->';
const end = '<!-- rules:end -->';
if (!doc.includes(start) || !doc.includes(end)) throw new Error(`${path} needs the ${start} and ${end} markers`);
writeFileSync(path, doc.slice(0, doc.indexOf(start) + start.length) + '\n' + table + '\n' + doc.slice(doc.indexOf(end)));
console.log(`${RULES.length} rules written to ${path}`);

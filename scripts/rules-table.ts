// The rule table of docs/rule-packs.md, generated from the rule files.
import { RULES } from '../src/rules';
import { RULE_FILES } from '../src/rules/registry';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const kindOf = new Map(RULE_FILES.map((f) => [f.path, (f.def as { kind: string }).kind]));

export function rulesTable(): string {
  const rows = RULES.map((r) => {
    const kind = kindOf.get(r.source.replace(/^src\/rules\/|\.json$/g, ''));
    const langs = r.languages === 'any' ? 'any' : r.languages.join(', ');
    const standard = r.standardOff ? 'off' : r.severity;
    const strictOpts = r.strict?.options ? ` (${Object.entries(r.strict.options).map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
    const strict = `${r.strict?.severity ?? r.severity}${strictOpts}`;
    const options = Object.entries(r.options).map(([k, v]) => `\`${k}\`: ${v}`).join(', ');
    // Parameters as a reader sees them: the flagged text as “…”, numbers as N.
    const message = r.message.en.replace(/\{text\}/g, '…').replace(/\{\w+\}/g, 'N');
    return `| \`${r.id}\` | ${cell(r.name.en)} | ${kind} | ${langs} | ${standard} | ${strict} | ${options} | ${cell(message)} |`;
  });
  return ['| id | name | kind | languages | standard | strict | options | message |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

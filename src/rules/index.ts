// Every built-in rule, from the generated registry. A rule's id comes from its path:
// src/rules/<language>/<category>/<name>.json is "<category>/<name>", with "et-" before the name of
// an Estonian rule ("et/empathy/blame" is "empathy/et-blame"); "any" holds checks that need no words.
import type { Language } from '../core/types';
import { compileRule } from './compile';
import { RULE_FILES } from './registry';
import type { RuleDef } from './schema';
import type { Rule } from './types';

export function ruleIdFromPath(path: string): { id: string; languages: readonly Language[] | 'any' } {
  const [language, category, name] = path.split('/');
  return { id: `${category}/${language === 'et' ? 'et-' : ''}${name}`, languages: language === 'any' ? 'any' : [language as Language] };
}

// The files are validated against the schema by tests/unit/rules.test.ts, not on every start-up.
export const RULES: readonly Rule[] = RULE_FILES.map((f) =>
  compileRule(f.def as RuleDef, { ...ruleIdFromPath(f.path), source: `src/rules/${f.path}.json`, check: f.check }),
);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

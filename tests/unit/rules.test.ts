// Every rule carries examples that must and must not fire; this one table runs them all. It also
// checks each rule file against the schema and that the generated registry lists every file.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RULES, ruleIdFromPath } from '../../src/rules';
import { definitionProblems } from '../../src/rules/compile';
import { RULE_FILES } from '../../src/rules/registry';
import { RuleDefSchema, type RuleDef } from '../../src/rules/schema';
import { MESSAGE_LOCALES, type Rule } from '../../src/rules/types';
import { applyEdits } from '../../src/engine/apply';
import { runExample } from '../../src/engine/examples';
import { describeExample } from '../../src/engine/example-report';
import { CATEGORIES } from '../../src/core/types';
import { registryIsCurrent, ruleFiles } from '../../scripts/rules-registry';

const packFor = (rule: Rule) => (rule.standardOff ? 'strict' : 'standard');

describe('rule catalogue', () => {
  it('has at least 57 rules, 12 per category, with unique ids', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(57);
    for (const c of CATEGORIES) expect(RULES.filter((r) => r.category === c).length).toBeGreaterThanOrEqual(12);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it('lists every rule file in the generated registry (run `npm run rules` after adding one)', () => {
    expect(RULE_FILES.map((f) => f.path)).toEqual(ruleFiles());
    expect(registryIsCurrent()).toBe(true);
  });

  it.each(RULE_FILES.map((f) => [f.path, f] as const))('%s is a valid rule file', (path, file) => {
    const parsed = v.safeParse(RuleDefSchema, file.def);
    expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    const def = parsed.output as RuleDef;
    expect(definitionProblems(def)).toEqual([]);
    // The path decides the id, the language and the category; the file must not say otherwise.
    const [, category] = path.split('/');
    expect(def.category).toBe(category);
    expect(def.languages).toBeUndefined();
    expect(ruleIdFromPath(path).id.startsWith(`${def.category}/`)).toBe(true);
    // A code rule has its check beside it; a data rule has none.
    expect(Boolean(file.check)).toBe(def.kind === 'code');
    // The raw file is plain JSON as written (no stray keys a schema might strip).
    expect(JSON.parse(readFileSync(`src/rules/${path}.json`, 'utf8'))).toEqual(file.def);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s speaks both languages and proves itself', (_id, r) => {
    for (const locale of MESSAGE_LOCALES) {
      expect(r.name[locale].length, `${locale} name`).toBeGreaterThan(2);
      expect(r.message[locale].length, `${locale} message`).toBeGreaterThan(10);
      expect(r.explanation[locale].length, `${locale} explanation`).toBeGreaterThan(40);
    }
    // Each language written, not copied from the other.
    expect(r.message.en).not.toBe(r.message.et);
    expect(r.explanation.en).not.toBe(r.explanation.et);
    expect(r.examples.fire.length).toBeGreaterThan(0);
    expect(r.examples.pass.length).toBeGreaterThan(0);
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.examples.fire.map((e, i) => [e.body.slice(0, 60), e, i] as const))('fires on %j', (_t, ex, i) => {
    const result = runExample(rule, 'fire', i + 1, ex, packFor(rule));
    expect(result.ok, describeExample(result)).toBe(true);
    for (const h of result.findings) {
      expect(h.category).toBe(rule.category);
      expect(ex.body.slice(h.start, h.end)).toBe(h.text);
      // Every suggestion must apply cleanly to the draft, and no text is a raw template.
      for (const s of h.suggestions) expect(() => applyEdits(ex.body, s.edits)).not.toThrow();
      for (const text of [h.message, h.explanation, ...h.suggestions.map((s) => s.label)]) expect(text).not.toMatch(/\{\w+\}/);
    }
  });
  it.each(rule.examples.pass.map((e, i) => [e.body.slice(0, 60), e, i] as const))('stays quiet on %j', (_t, ex, i) => {
    const result = runExample(rule, 'pass', i + 1, ex, packFor(rule));
    expect(result.ok, describeExample(result)).toBe(true);
  });
});

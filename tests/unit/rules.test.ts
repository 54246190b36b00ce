// Every rule carries examples that must and must not fire; this one table runs them all.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules';
import type { Example, ExampleLike, Rule } from '../../src/rules/types';
import { analyze } from '../../src/engine';
import { applyEdits } from '../../src/engine/apply';
import { CATEGORIES } from '../../src/core/types';

const asExample = (e: ExampleLike): Example => (typeof e === 'string' ? { body: e } : e);
const packFor = (rule: Rule) => (rule.standardOff ? 'strict' : 'standard');

describe('rule catalogue', () => {
  it('has at least 45 rules, 12 per category, with unique ids and full metadata', () => {
    expect(RULES.length).toBeGreaterThanOrEqual(45);
    for (const c of CATEGORIES) expect(RULES.filter((r) => r.category === c).length).toBeGreaterThanOrEqual(12);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.id.startsWith(`${r.category}/`), r.id).toBe(true);
      expect(r.message.length, r.id).toBeGreaterThan(10);
      expect(r.explanation.length, r.id).toBeGreaterThan(60);
      expect(r.examples.fire.length, r.id).toBeGreaterThan(0);
      expect(r.examples.pass.length, r.id).toBeGreaterThan(0);
      // Message and explanation in both interface languages.
      const other = (r.locale ?? 'en') === 'en' ? 'et' : 'en';
      expect(r.i18n?.[other]?.message, `${r.id} ${other}`).toBeTruthy();
      expect(r.i18n?.[other]?.explanation.length, `${r.id} ${other}`).toBeGreaterThan(40);
    }
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  it.each(rule.examples.fire.map((e) => [asExample(e).body.slice(0, 60), asExample(e)] as const))('fires on %j', (_t, ex) => {
    const report = analyze(ex, packFor(rule));
    const hits = report.findings.filter((f) => f.rule === rule.id);
    expect(hits.length, JSON.stringify(report.findings.map((f) => f.rule))).toBeGreaterThan(0);
    if (ex.text) expect(hits.map((h) => h.text)).toContain(ex.text);
    for (const h of hits) {
      expect(h.category).toBe(rule.category);
      expect(ex.body.slice(h.start, h.end)).toBe(h.text);
      // Every suggestion must apply cleanly to the draft.
      for (const s of h.suggestions) expect(() => applyEdits(ex.body, s.edits)).not.toThrow();
    }
  });
  it.each(rule.examples.pass.map((e) => [asExample(e).body.slice(0, 60), asExample(e)] as const))('stays quiet on %j', (_t, ex) => {
    const report = analyze(ex, packFor(rule));
    expect(report.findings.filter((f) => f.rule === rule.id)).toEqual([]);
  });
});

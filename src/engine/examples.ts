// A rule's examples are its proof: each `fire` example must raise it, each `pass` example must not.
// The built-in rules' test, `tone-coach test` and the options page's import all run them here.
import type { Finding } from '../core/types';
import type { Example, Rule } from '../rules/types';
import { analyze } from './analyze';
import { type BuiltInPack, type ResolvedPack, resolvePack } from './packs';

export interface ExampleResult {
  rule: string;
  expect: 'fire' | 'pass';
  /** Position among the rule's `fire` or `pass` examples, from 1. */
  index: number;
  example: Example;
  /** The rule's findings on the example. */
  findings: Finding[];
  ok: boolean;
}

export function runExample(rule: Rule, expect: 'fire' | 'pass', index: number, example: Example, pack: ResolvedPack | BuiltInPack): ExampleResult {
  const findings = analyze(example, pack).findings.filter((f) => f.rule === rule.id);
  const ok = expect === 'pass' ? findings.length === 0 : findings.length > 0 && (!example.text || findings.some((f) => f.text === example.text));
  return { rule: rule.id, expect, index, example, findings, ok };
}

/** Every example of the rules a pack brings or changes, run with the pack itself. */
export function packExamples(packRef: ResolvedPack): ExampleResult[] {
  const pack = resolvePack(packRef);
  const results: ExampleResult[] = [];
  for (const id of pack.tested) {
    const rule = pack.catalogue.find((r) => r.id === id)!;
    rule.examples.fire.forEach((ex, i) => results.push(runExample(rule, 'fire', i + 1, ex, pack)));
    rule.examples.pass.forEach((ex, i) => results.push(runExample(rule, 'pass', i + 1, ex, pack)));
  }
  return results;
}

// A phrase rule skips a sentence holding none of the words its phrases can start with; that filter
// must never skip a sentence the rule's own expression matches.
import { describe, expect, it } from 'vitest';
import { leadingWords } from '../../src/rules/kinds/phrase';
import { RULE_FILES } from '../../src/rules/registry';
import type { PhraseRuleDef } from '../../src/rules/schema';
import { pattern } from '../../src/rules/lexicon';

describe('phrase rules: the first-word filter', () => {
  it.each([
    [['hell(?! of)'], ['hell']],
    [["don['’]t"], ['don']],
    [['(?:was|has been) made'], ['was', 'has']],
    [['(?:mistakes|errors) were'], ['mistakes', 'errors']],
    [['a\\.s\\.a\\.p\\.?|asap'], ['a', 'asap']],
    [['crap(?:py)?'], undefined],
    [['hung ?over'], undefined],
    [['e\\-?mail'], undefined],
    [['(?:by )?eod'], undefined],
    [['probleem\\p{L}*'], undefined],
    [['thanks?'], undefined],
    [['oh,? great'], undefined],
  ])('%j starts with %j', (patterns, expected) => {
    expect(leadingWords(patterns)).toEqual(expected);
  });

  // Every built-in phrase rule, on every example sentence of every rule: where its expression
  // matches, the sentence holds one of its first words.
  const phraseRules = RULE_FILES.map((f) => f.def as PhraseRuleDef).filter((d) => d.kind === 'phrase' && !d.anywhere);
  const sentences = RULE_FILES.flatMap((f) => {
    const ex = (f.def as PhraseRuleDef).examples;
    return [...(ex?.fire ?? []), ...(ex?.pass ?? [])].map((e) => (typeof e === 'string' ? e : e.body));
  });
  it(`never skips a sentence the expression matches (${phraseRules.length} rules, ${sentences.length} sentences)`, () => {
    let filtered = 0;
    for (const def of phraseRules) {
      const first = leadingWords(def.phrases.map((p) => p.match));
      if (!first) continue;
      filtered++;
      const re = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${def.phrases.map((p) => `(${pattern(p.match).source})`).join('|')})(?![\\p{L}\\p{N}])`, def.caseSensitive ? 'u' : 'iu');
      for (const s of sentences) {
        if (!re.test(s)) continue;
        const words = new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu));
        expect(first.some((w) => words.has(w)), `${def.phrases[0].match} in “${s}”`).toBe(true);
      }
    }
    expect(filtered).toBeGreaterThan(10);
  });
});

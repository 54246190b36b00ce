// Turns a validated rule definition (a built-in JSON file or a rule in a pack) into a rule the engine
// runs. Data kinds get their check here; a code rule brings its own.
import type { Language } from '../core/types';
import { hasLexicon, pattern } from './lexicon';
import { missingCheck } from './kinds/missing';
import { documentMetric, metricScope, sentenceMetric } from './kinds/metric';
import { phraseCheck } from './kinds/phrase';
import type { ExampleInput, RuleDef, TextInput } from './schema';
import type { DocumentCheck, Example, LocalText, Rule, RuleMeta, SentenceCheck } from './types';
import SHARED_TEXTS from './texts.json';
import { textIn } from '../i18n';

export interface RuleSource {
  id: string;
  /** Where the rule comes from, for messages: "src/rules/en/empathy/blame.json" or "pack “Client care”". */
  source: string;
  /** From the folder for built-in rules; a pack's rule says it or checks every language. */
  languages: readonly Language[] | 'any';
  /** The check of a code rule. */
  check?: SentenceCheck | DocumentCheck;
}

/** A text in both interface languages: a missing language falls back to the other. */
export function localText(t: TextInput): LocalText {
  if (typeof t === 'string') return { en: t, et: t };
  return { en: t.en ?? t.et!, et: t.et ?? t.en! };
}

export function example(e: ExampleInput): Example {
  return typeof e === 'string' ? { body: e } : e;
}

/** Every pattern a definition uses, with where it sits, so a bad one is refused before use. */
export function definitionPatterns(def: RuleDef): Array<[string, string, boolean]> {
  const out: Array<[string, string, boolean]> = (def.when?.incoming ?? []).map((p, i) => [`when.incoming.${i}`, p, false]);
  if (def.kind === 'phrase') {
    def.phrases.forEach((p, i) => out.push([`phrases.${i}.match`, p.match, Boolean(def.caseSensitive)]));
    (def.unless ?? []).forEach((e, i) => {
      for (const k of ['sentence', 'before', 'after', 'match'] as const) if (e[k]) out.push([`unless.${i}.${k}`, e[k]!, Boolean(e.caseSensitive)]);
    });
  }
  if (def.kind === 'missing') def.unless.forEach((p, i) => out.push([`unless.${i}`, p, false]));
  return out;
}

/** Why a pattern can't be used, or undefined when it can. */
export function patternProblem(source: string, caseSensitive: boolean, phrase: boolean, locale?: string): string | undefined {
  if (source.startsWith('@')) return hasLexicon(source.slice(1)) ? undefined : textIn(locale, 'packUnknownWordList', source);
  try {
    const re = pattern(source, caseSensitive);
    if (phrase && new RegExp(`${re.source}|`, re.flags).exec('')!.length > 1) return textIn(locale, 'packCaptureGroup');
    return undefined;
  } catch (e) {
    return textIn(locale, 'packBadRegex', (e as Error).message);
  }
}

/** Problems a schema can't see: the limit option of a metric must exist and be a number, texts referred to must exist. */
export function definitionProblems(def: RuleDef, locale?: string): Array<[string, string]> {
  const problems: Array<[string, string]> = [];
  for (const [where, source, cs] of definitionPatterns(def)) {
    const why = patternProblem(source, cs, where.startsWith('phrases.'), locale);
    if (why) problems.push([where, why]);
  }
  if (def.kind === 'metric' && typeof def.options?.[def.limit] !== 'number') problems.push(['limit', textIn(locale, 'packLimitOption', def.limit)]);
  return problems;
}

export function compileRule(def: RuleDef, src: RuleSource): Rule {
  const texts: Record<string, LocalText> = { ...mapTexts(SHARED_TEXTS), ...mapTexts(def.texts ?? {}) };
  if (def.kind === 'phrase') {
    def.phrases.forEach((p, i) => {
      if (p.message) texts[`phrase-${i}`] = localText(p.message);
      if (p.label) texts[`label-${i}`] = localText(p.label);
    });
  }
  if (def.kind === 'missing') texts.insert = localText(def.insert.label);
  const meta: RuleMeta = {
    id: src.id,
    category: def.category,
    severity: def.severity,
    languages: def.languages ?? src.languages,
    name: localText(def.name),
    message: localText(def.message),
    explanation: localText(def.explanation),
    texts,
    options: { ...def.options },
    strict: def.strict,
    standardOff: def.standardOff,
    when: def.when ? { replying: Boolean(def.when.replying || def.when.incoming), incoming: (def.when.incoming ?? []).map((p) => pattern(p)) } : undefined,
    examples: { fire: (def.examples?.fire ?? []).map(example), pass: (def.examples?.pass ?? []).map(example) },
    source: src.source,
  };
  switch (def.kind) {
    case 'phrase':
      return { ...meta, scope: 'sentence', check: phraseCheck(def) };
    case 'missing':
      return { ...meta, scope: 'document', check: gated(missingCheck(def)) };
    case 'metric':
      return metricScope(def.measure) === 'sentence'
        ? { ...meta, scope: 'sentence', check: sentenceMetric(def.measure, def.limit) }
        : { ...meta, scope: 'document', check: gated(documentMetric(def.measure, def.limit)) };
    case 'code':
      if (!src.check) throw new Error(`${src.source}: a code rule needs a check in the .ts file beside it`);
      return def.scope === 'sentence' ? { ...meta, scope: 'sentence', check: src.check as SentenceCheck } : { ...meta, scope: 'document', check: src.check as DocumentCheck };
  }
}

/** Data rules with a `minWords` option stay quiet on shorter drafts. */
function gated(check: DocumentCheck): DocumentCheck {
  return (d) => (typeof d.options.minWords === 'number' && d.stats.words < d.options.minWords ? [] : check(d));
}

function mapTexts(texts: Record<string, TextInput>): Record<string, LocalText> {
  return Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, localText(t)]));
}

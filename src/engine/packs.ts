// Rule packs: the built-in "standard" and "strict", and custom JSON packs a trainer hands out. A pack
// speaks the rule language (src/rules/schema.ts): it can add rules of every data kind, change any
// rule's severity, options and texts, and carry examples. It is validated whole before use; an invalid
// one is refused with the field and the reason, and nothing of it is used.
import * as v from 'valibot';
import { escapeRegExp } from '../core/text';
import type { Severity } from '../core/types';
import { RULES, RULES_BY_ID } from '../rules';
import { compileRule, definitionProblems, example, localText } from '../rules/compile';
import { CategorySchema, LevelSchema, OverrideSchema, RuleDefSchema, RuleIdSchema, SeveritySchema, type RuleDef } from '../rules/schema';
import type { OptionValue, Rule, RuleOptions } from '../rules/types';
import { AudiencesSchema, type AudiencesJson } from './audience';
import { replacementProblem } from './safety';
import { textIn, type MessageKey } from '../i18n';
import { MESSAGE_LOCALES } from '../rules/types';

// valibot's own messages (a wrong type, an unknown field) in the language validation was asked in;
// the schema's own messages use the same catalogues (src/rules/schema.ts).
function issueText(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return textIn(issue.lang, 'packUnknownField', issue.received);
  if (issue.type === 'strict_object' && issue.received === 'undefined') return textIn(issue.lang, 'packMissingField', issue.expected ?? '?');
  return textIn(issue.lang, 'packExpected', issue.expected ?? '?', issue.received);
}
for (const lang of MESSAGE_LOCALES) v.setGlobalMessage(issueText, lang);

export const MAX_PACK_BYTES = 1024 * 1024;
export type BuiltInPack = 'standard' | 'strict';
export const BUILT_IN_PACKS: readonly BuiltInPack[] = ['standard', 'strict'];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A setting per rule id: a level, a change to a rule (no "kind"), or a new rule (with "kind"). */
const PackRuleSchema = v.lazy((input: unknown) => (typeof input === 'string' ? LevelSchema : isObject(input) && 'kind' in input ? RuleDefSchema : OverrideSchema));

/** The first packs only listed phrases; they still load, each phrase becoming a phrase rule. */
const LegacyPhraseSchema = v.strictObject({
  match: v.pipe(v.string(), v.nonEmpty((i) => textIn(i.lang, 'packEmptyField', 'match')), v.maxLength(200)),
  category: CategorySchema,
  severity: SeveritySchema,
  message: v.pipe(v.string(), v.nonEmpty((i) => textIn(i.lang, 'packEmptyField', 'message'))),
  replacement: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

const MAX_PHRASES = 20000;

const PackSchema = v.strictObject({
  name: v.pipe(v.string(), v.nonEmpty((i) => textIn(i.lang, 'packNeedsName')), v.maxLength(80)),
  extends: v.optional(v.picklist(BUILT_IN_PACKS as BuiltInPack[])),
  description: v.optional(v.string()),
  rules: v.optional(v.record(RuleIdSchema, PackRuleSchema)),
  phrases: v.optional(v.pipe(v.array(LegacyPhraseSchema), v.maxLength(MAX_PHRASES))),
  ignore: v.optional(v.pipe(v.array(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200))), v.maxLength(5000))),
  /** Who is who (domains and addresses → audience) and the pack each audience gets. */
  audiences: v.optional(AudiencesSchema),
});

export type PackJson = v.InferOutput<typeof PackSchema>;

export interface RuleSetting {
  severity: Severity | 'off';
  options: RuleOptions;
}

export interface ResolvedPack {
  name: string;
  /** Every rule the pack knows: the built-in ones (with the pack's texts where it changes them) and its own. */
  catalogue: readonly Rule[];
  rules: ReadonlyMap<string, RuleSetting>;
  ignore: readonly string[];
  /** Identifies the pack's content, for caches. */
  key: string;
  /** Rules whose examples the pack brings (its own, or a built-in one it changed): `tone-coach test` runs them. */
  tested: readonly string[];
  /** A trainer's pack: who is who and the pack per audience (src/engine/audience.ts). */
  audiences?: AudiencesJson;
}

function builtIn(name: BuiltInPack): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  for (const r of RULES) {
    const strict = name === 'strict';
    const severity = strict ? (r.strict?.severity ?? r.severity) : r.standardOff ? 'off' : r.severity;
    out.set(r.id, { severity, options: { ...r.options, ...(strict ? r.strict?.options : {}) } });
  }
  return out;
}

const cache = new Map<string, ResolvedPack>();

export function builtInPack(name: BuiltInPack): ResolvedPack {
  let p = cache.get(name);
  if (!p) {
    p = { name, catalogue: RULES, rules: builtIn(name), ignore: [], key: name, tested: [] };
    cache.set(name, p);
  }
  return p;
}

export type PackResult = { ok: true; pack: ResolvedPack; json: PackJson } | { ok: false; error: string };

/** Parse and validate a pack from JSON text. Never throws. `locale`: the language of the error (English by default). */
export function parsePack(text: string, locale?: string): PackResult {
  const data = parseJson(text, locale);
  return 'error' in data ? { ok: false, error: data.error } : validatePack(data.value, locale);
}

/** parsePack in slices, pausing between them, so a page stays responsive while a large pack loads. */
export async function parsePackInSlices(text: string, pause: () => Promise<void> = nextTask, locale?: string): Promise<PackResult> {
  const data = parseJson(text, locale);
  if ('error' in data) return { ok: false, error: data.error };
  await pause();
  return validatePackInSlices(data.value, pause, locale);
}

/** validatePack in slices, pausing between them. */
export function validatePackInSlices(data: unknown, pause: () => Promise<void> = nextTask, locale?: string): Promise<PackResult> {
  return finishInSlices(validationSteps(data, locale), pause);
}

/** Validate an already-parsed pack object. Never throws. */
export function validatePack(data: unknown, locale?: string): PackResult {
  const steps = validationSteps(data, locale);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** About a frame's worth of work between pauses. */
const SLICE_MS = 12;

export async function finishInSlices<T>(steps: Generator<void, T>, pause: () => Promise<void> = nextTask): Promise<T> {
  let since = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - since >= SLICE_MS) {
      await pause();
      since = Date.now();
    }
  }
}

function parseJson(text: string, locale?: string): { value: unknown } | { error: string } {
  if (new TextEncoder().encode(text).length > MAX_PACK_BYTES) return { error: textIn(locale, 'packTooLarge', MAX_PACK_BYTES) };
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: textIn(locale, 'packNotJson', describeJsonError(text, e as Error, locale)) };
  }
}

const refuse = (path: string, reason: string, locale?: string): PackResult => ({ ok: false, error: textIn(locale, 'packInvalidAt', path, reason) });
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first key that could reach an object's prototype, anywhere in the data. */
function prototypeKey(data: unknown, path: string[] = []): string[] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  for (const key of Object.keys(data)) {
    if (FORBIDDEN_KEYS.has(key)) return [...path, key];
    const found = prototypeKey((data as Record<string, unknown>)[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function issueAt(prefix: string, issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]], locale?: string): PackResult {
  const path = v.getDotPath(issues[0]);
  return refuse(path ? `${prefix}${prefix && '.'}${path}` : prefix || textIn(locale, 'packTopLevel'), issues[0].message, locale);
}

/** Validation and resolution, one rule at a time: it yields between rules so it can run in slices. */
function* validationSteps(data: unknown, locale?: string): Generator<void, PackResult> {
  const say = (path: string, key: MessageKey, ...args: Array<string | number>) => refuse(path, textIn(locale, key, ...args), locale);
  const config = { lang: locale === 'et' ? 'et' : 'en' };
  if (!isObject(data)) return say(textIn(locale, 'packTopLevel'), 'packNotObject');
  const forbidden = prototypeKey(data);
  if (forbidden) return say(forbidden.join('.'), 'packKeyNotAllowed', forbidden[forbidden.length - 1]);
  if (data.rules !== undefined && !isObject(data.rules)) return say('rules', 'packRulesNotObject', Array.isArray(data.rules) ? textIn(locale, 'packAnArray') : typeof data.rules);
  if (data.phrases !== undefined && !Array.isArray(data.phrases)) return say('phrases', 'packExpectedArray', typeof data.phrases);
  // The pack without its rules and phrases first, then each of them on its own.
  const { rules: _rules, phrases: _phrases, ...rest } = data;
  const shell = v.safeParse(PackSchema, rest, config);
  if (!shell.success) return issueAt('', shell.issues, locale);
  const rules: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries((data.rules as Record<string, unknown> | undefined) ?? {})) {
    const key = v.safeParse(RuleIdSchema, id, config);
    if (!key.success) return refuse(`rules.${id}`, key.issues[0].message, locale);
    if (isObject(entry) && entry.kind === 'code') return say(`rules.${id}.kind`, 'packCodeRule');
    const parsed = v.safeParse(PackRuleSchema, entry, config);
    if (!parsed.success) return issueAt(`rules.${id}`, parsed.issues, locale);
    rules[id] = parsed.output;
    yield;
  }
  const phrases = (data.phrases as unknown[] | undefined) ?? [];
  if (phrases.length > MAX_PHRASES) return say('phrases', 'packTooManyPhrases', MAX_PHRASES);
  const parsedPhrases: Array<v.InferOutput<typeof LegacyPhraseSchema>> = [];
  for (const [i, phrase] of phrases.entries()) {
    const parsed = v.safeParse(LegacyPhraseSchema, phrase, config);
    if (!parsed.success) return issueAt(`phrases.${i}`, parsed.issues, locale);
    parsedPhrases.push(parsed.output);
    if (i % 100 === 99) yield;
  }
  const json: PackJson = { ...shell.output };
  if (data.rules !== undefined) json.rules = rules as PackJson['rules'];
  if (data.phrases !== undefined) json.phrases = parsedPhrases;
  try {
    return { ok: true, pack: yield* resolveSteps(json, locale), json };
  } catch (e) {
    if (e instanceof PackError) return refuse(e.path, e.message, locale);
    throw e;
  }
}

class PackError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function* resolveSteps(json: PackJson, locale?: string): Generator<void, ResolvedPack> {
  const settings = builtIn(json.extends ?? 'standard');
  const changed = new Map<string, Rule>();
  const tested: string[] = [];
  const old = legacyPhrases(json);
  const legacy = new Set<unknown>(old.map(([, def]) => def));
  const entries: Array<[string, unknown]> = [...Object.entries(json.rules ?? {}), ...old];
  for (const [n, [id, entry]] of entries.entries()) {
    if (n % 50 === 49) yield;
    const at = `rules.${id}`;
    if (typeof entry === 'string') {
      if (!RULES_BY_ID.has(id) && !changed.has(id)) throw new PackError(at, textIn(locale, 'packUnknownRule', id));
      const current = settings.get(id)!;
      settings.set(id, { ...current, severity: entry as Severity | 'off' });
      continue;
    }
    if (isObject(entry) && 'kind' in entry) {
      const def = entry as RuleDef;
      if (RULES_BY_ID.has(id)) throw new PackError(at, textIn(locale, 'packBuiltInKind', id));
      // Old phrases are escaped literals: nothing to check, and compiling 14,000 of them up front would take seconds.
      const problem = id.startsWith('custom/') && legacy.has(def) ? undefined : definitionProblems(def, locale)[0];
      if (problem) throw new PackError(`${at}.${problem[0]}`, `${problem[1]}.`);
      if (def.kind === 'phrase') {
        def.phrases.forEach((p, i) => {
          const broken = p.replace === undefined ? undefined : replacementProblem(p.match, p.replace, def.caseSensitive, locale);
          if (broken) throw new PackError(`${at}.phrases.${i}.replace`, broken);
        });
      }
      const rule = compileRule(def, { id, source: `rules.${id}`, languages: 'any' });
      changed.set(id, rule);
      settings.set(id, { severity: rule.severity, options: { ...rule.options } });
      if (rule.examples.fire.length || rule.examples.pass.length) tested.push(id);
      continue;
    }
    const override = entry as v.InferOutput<typeof OverrideSchema>;
    const rule = changed.get(id) ?? RULES_BY_ID.get(id);
    if (!rule) throw new PackError(at, textIn(locale, 'packUnknownRule', id));
    const current = settings.get(id)!;
    const options: RuleOptions = { ...current.options };
    for (const [key, value] of Object.entries(override.options ?? {})) {
      const expected = rule.options[key];
      if (expected === undefined) throw new PackError(`${at}.options.${key}`, textIn(locale, 'packNoOption', id, key));
      if (typeof value !== typeof expected) throw new PackError(`${at}.options.${key}`, textIn(locale, 'packExpected', typeof expected, typeof value));
      options[key] = value as OptionValue;
    }
    settings.set(id, { severity: override.severity ?? (current.severity === 'off' ? rule.severity : current.severity), options });
    if (override.name || override.message || override.explanation || override.examples) {
      changed.set(id, {
        ...rule,
        name: override.name ? localText(override.name) : rule.name,
        message: override.message ? localText(override.message) : rule.message,
        explanation: override.explanation ? localText(override.explanation) : rule.explanation,
        examples: override.examples ? { fire: override.examples.fire.map(example), pass: override.examples.pass.map(example) } : rule.examples,
      });
      if (override.examples) tested.push(id);
    }
  }
  const catalogue = [...RULES.map((r) => changed.get(r.id) ?? r), ...[...changed.values()].filter((r) => !RULES_BY_ID.has(r.id))];
  return {
    name: json.name,
    catalogue,
    rules: settings,
    ignore: (json.ignore ?? []).map((s) => s.toLowerCase()),
    key: `custom:${JSON.stringify(json)}`,
    tested,
    audiences: json.audiences,
  };
}

/** Old `phrases` as phrase rules "custom/<match as a slug>", matched literally on word boundaries. */
function legacyPhrases(json: PackJson): Array<[string, RuleDef]> {
  const seen = new Set<string>();
  return (json.phrases ?? []).map((p) => {
    let id = `custom/${slug(p.match)}`;
    for (let n = 2; seen.has(id); n++) id = `custom/${slug(p.match)}-${n}`;
    seen.add(id);
    const def: RuleDef = {
      kind: 'phrase',
      name: p.match,
      category: p.category,
      severity: p.severity,
      message: p.message,
      explanation: p.message,
      phrases: [{ match: escapeRegExp(p.match).replace(/ /g, '\\s+'), replace: p.replacement }],
    };
    return [id, def];
  });
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 70) || 'phrase'
  );
}

/** Resolve what callers pass as `pack`: a built-in name, a pack object, or an already resolved pack. Throws on an invalid pack. */
export function resolvePack(ref: BuiltInPack | PackJson | ResolvedPack | undefined): ResolvedPack {
  if (ref === undefined) return builtInPack('standard');
  if (typeof ref === 'string') {
    if (!BUILT_IN_PACKS.includes(ref)) throw new Error(`Unknown pack “${ref}”; use standard, strict or a pack file.`);
    return builtInPack(ref);
  }
  if (isResolved(ref)) return ref;
  const result = validatePack(ref);
  if (!result.ok) throw new Error(result.error);
  return result.pack;
}

export function isResolved(x: unknown): x is ResolvedPack {
  return isObject(x) && x.rules instanceof Map && Array.isArray(x.catalogue);
}

/** Add a personal "never flag" list to a pack without changing its rules. */
export function withIgnored(pack: ResolvedPack, phrases: readonly string[]): ResolvedPack {
  if (!phrases.length) return pack;
  const ignore = [...pack.ignore, ...phrases.map((p) => p.toLowerCase())];
  return { ...pack, ignore, key: `${pack.key}|ignore:${ignore.join('\u0000')}` };
}

function describeJsonError(text: string, e: Error, locale?: string): string {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return e.message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return textIn(locale, 'packJsonAt', e.message.replace(/ in JSON at position \d+.*$/, ''), line, column);
}

// Rule packs: the built-in "standard" and "strict", and custom JSON packs a trainer hands out.
// A custom pack is validated whole before use; an invalid one is refused with the field and the reason.
import * as v from 'valibot';
import { RULES, RULES_BY_ID } from '../rules';
import type { OptionValue, RuleOptions } from '../rules/types';
import type { Category, Severity } from '../core/types';
import { CATEGORIES, SEVERITIES } from '../core/types';

export const MAX_PACK_BYTES = 1024 * 1024;
export type BuiltInPack = 'standard' | 'strict';
export const BUILT_IN_PACKS: readonly BuiltInPack[] = ['standard', 'strict'];

const SeveritySchema = v.picklist(SEVERITIES as Severity[]);
const LevelSchema = v.picklist(['off', ...SEVERITIES] as Array<'off' | Severity>);
const OptionSchema = v.union([v.number(), v.boolean(), v.string()]);

const PackSchema = v.strictObject({
  name: v.pipe(v.string(), v.nonEmpty('a pack needs a name'), v.maxLength(80)),
  extends: v.optional(v.picklist(BUILT_IN_PACKS as BuiltInPack[])),
  description: v.optional(v.string()),
  rules: v.optional(
    v.record(
      v.string(),
      v.union([LevelSchema, v.strictObject({ severity: v.optional(LevelSchema), options: v.optional(v.record(v.string(), OptionSchema)) })]),
    ),
  ),
  phrases: v.optional(
    v.array(
      v.strictObject({
        match: v.pipe(v.string(), v.nonEmpty('match must not be empty'), v.maxLength(200)),
        category: v.picklist(CATEGORIES as Category[]),
        severity: SeveritySchema,
        message: v.pipe(v.string(), v.nonEmpty('message must not be empty')),
        replacement: v.optional(v.string()),
      }),
    ),
  ),
  ignore: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
});

export type PackJson = v.InferOutput<typeof PackSchema>;

export interface RuleSetting {
  severity: Severity | 'off';
  options: RuleOptions;
}

export interface CustomPhrase {
  match: string;
  category: Category;
  severity: Severity;
  message: string;
  replacement?: string;
}

export interface ResolvedPack {
  name: string;
  rules: ReadonlyMap<string, RuleSetting>;
  phrases: readonly CustomPhrase[];
  ignore: readonly string[];
  /** Identifies the pack's content, for caches. */
  key: string;
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
    p = { name, rules: builtIn(name), phrases: [], ignore: [], key: name };
    cache.set(name, p);
  }
  return p;
}

export type PackResult = { ok: true; pack: ResolvedPack; json: PackJson } | { ok: false; error: string };

/** Parse and validate a pack from JSON text. Never throws. */
export function parsePack(text: string): PackResult {
  if (new TextEncoder().encode(text).length > MAX_PACK_BYTES) return { ok: false, error: `The pack is larger than 1 MB (${MAX_PACK_BYTES} bytes); refusing it.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The pack is not valid JSON: ${describeJsonError(text, e as Error)}` };
  }
  return validatePack(data);
}

/** Validate an already-parsed pack object. Never throws. */
export function validatePack(data: unknown): PackResult {
  const parsed = v.safeParse(PackSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? '(top level)';
    return { ok: false, error: `Invalid pack at “${path}”: ${issue.message}` };
  }
  const json = parsed.output;
  const base = builtIn(json.extends ?? 'standard');
  for (const [id, setting] of Object.entries(json.rules ?? {})) {
    const rule = RULES_BY_ID.get(id);
    if (!rule) return { ok: false, error: `Invalid pack at “rules.${id}”: unknown rule id “${id}”.` };
    const current = base.get(id)!;
    if (typeof setting === 'string') {
      base.set(id, { ...current, severity: setting === 'off' ? 'off' : setting });
      continue;
    }
    const options: RuleOptions = { ...current.options };
    for (const [key, value] of Object.entries(setting.options ?? {})) {
      const expected = rule.options?.[key];
      if (expected === undefined) return { ok: false, error: `Invalid pack at “rules.${id}.options.${key}”: rule “${id}” has no option “${key}”.` };
      if (typeof value !== typeof expected) return { ok: false, error: `Invalid pack at “rules.${id}.options.${key}”: expected ${typeof expected}, got ${typeof value}.` };
      options[key] = value as OptionValue;
    }
    base.set(id, { severity: setting.severity ?? (current.severity === 'off' ? rule.severity : current.severity), options });
  }
  const pack: ResolvedPack = {
    name: json.name,
    rules: base,
    phrases: json.phrases ?? [],
    ignore: (json.ignore ?? []).map((s) => s.toLowerCase()),
    key: `custom:${JSON.stringify(json)}`,
  };
  return { ok: true, pack, json };
}

/** Resolve what callers pass as `pack`: a built-in name, a pack object, or an already resolved pack. Throws on an invalid pack. */
export function resolvePack(ref: BuiltInPack | PackJson | ResolvedPack | undefined): ResolvedPack {
  if (ref === undefined) return builtInPack('standard');
  if (typeof ref === 'string') {
    if (!BUILT_IN_PACKS.includes(ref)) throw new Error(`Unknown pack “${ref}”; use standard, strict or a pack file.`);
    return builtInPack(ref);
  }
  if ('rules' in ref && ref.rules instanceof Map) return ref as ResolvedPack;
  const result = validatePack(ref);
  if (!result.ok) throw new Error(result.error);
  return result.pack;
}

/** Add a personal "never flag" list to a pack without changing its rules. */
export function withIgnored(pack: ResolvedPack, phrases: readonly string[]): ResolvedPack {
  if (!phrases.length) return pack;
  const ignore = [...pack.ignore, ...phrases.map((p) => p.toLowerCase())];
  return { ...pack, ignore, key: `${pack.key}|ignore:${ignore.join('\u0000')}` };
}

function describeJsonError(text: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return e.message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${e.message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}.`;
}

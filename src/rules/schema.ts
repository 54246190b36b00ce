// The rule language: one valibot schema for every built-in rule file (src/rules/<language>/<category>/<name>.json)
// and for the rules a trainer's pack adds. docs/rule-packs.md describes each field.
import * as v from 'valibot';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../core/types';
import { textIn, type MessageKey } from '../i18n';

// Messages in the language the validation was asked in (valibot's `lang`): a pack's errors are read on
// the options page in the interface language.
const say =
  (key: MessageKey, ...args: Array<string | number>) =>
  (issue: { lang?: string }) =>
    textIn(issue.lang, key, ...args);

const str = (what: string) => v.pipe(v.string(), v.nonEmpty(say('packEmptyField', what)));
const short = (what: string, max: number) => v.pipe(str(what), v.maxLength(max, say('packTooLongField', what, max)));

/** Text the user reads, in the interface languages; a plain string is the same text in every language. */
export const TextSchema = v.union(
  [
    short('text', 2000),
    v.pipe(
      v.strictObject({ en: v.optional(short('text', 2000)), et: v.optional(short('text', 2000)) }),
      v.check((t) => t.en !== undefined || t.et !== undefined, say('packTextLanguages')),
    ),
  ],
  say('packTextExpected'),
);

/** A regular expression's source, or "@name" for a word list in src/rules/lexicon.json. */
export const PatternSchema = short('pattern', 2000);

export const CategorySchema = v.picklist(CATEGORIES as Category[]);
export const SeveritySchema = v.picklist(SEVERITIES as Severity[]);
export const LevelSchema = v.picklist(['off', ...SEVERITIES] as Array<'off' | Severity>);
export const OptionKeySchema = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, say('packOptionName')));
export const OptionsSchema = v.record(OptionKeySchema, v.union([v.number(), v.boolean(), v.pipe(v.string(), v.maxLength(200))]));
export const RuleIdSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}\/[a-z0-9][a-z0-9-]{0,79}$/, say('packRuleId')));
const TextIdSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}$/, say('packTextId')));

export const ExampleSchema = v.union([
  short('example', 20000),
  v.strictObject({
    body: short('body', 20000),
    incoming: v.optional(v.pipe(v.string(), v.maxLength(20000))),
    subject: v.optional(v.pipe(v.string(), v.maxLength(500))),
    /** The flagged text, when the example wants to pin it. */
    text: v.optional(str('text')),
  }),
]);
export const ExamplesSchema = v.strictObject({
  fire: v.pipe(v.array(ExampleSchema), v.maxLength(200)),
  pass: v.pipe(v.array(ExampleSchema), v.maxLength(200)),
});

/** When the rule applies at all: only in a reply, only when the incoming message matches one of the patterns. */
export const WhenSchema = v.strictObject({
  replying: v.optional(v.literal(true)),
  incoming: v.optional(v.pipe(v.array(PatternSchema), v.minLength(1), v.maxLength(50))),
});

const languages = ['en', 'et'] as const;
const common = {
  name: TextSchema,
  category: CategorySchema,
  severity: SeveritySchema,
  /** Languages of drafts the rule checks; built-in rules take it from their folder, a pack's rule checks every language when omitted. */
  languages: v.optional(v.union([v.literal('any'), v.pipe(v.array(v.picklist(languages)), v.minLength(1))])),
  options: v.optional(OptionsSchema),
  strict: v.optional(v.strictObject({ severity: v.optional(SeveritySchema), options: v.optional(OptionsSchema) })),
  /** Off in the standard pack (on in strict). */
  standardOff: v.optional(v.literal(true)),
  when: v.optional(WhenSchema),
  message: TextSchema,
  explanation: TextSchema,
  /** Further messages and suggestion labels the rule refers to by id. */
  texts: v.optional(v.record(TextIdSchema, TextSchema)),
  examples: v.optional(ExamplesSchema),
};

/** A context the regular expression can't express: all given parts must match for the hit to be skipped. */
export const ExceptionSchema = v.pipe(
  v.strictObject({
    /** Matches anywhere in the sentence. */
    sentence: v.optional(PatternSchema),
    /** Matches the sentence text before the hit (anchor it with $). */
    before: v.optional(PatternSchema),
    /** Matches the sentence text after the hit (anchor it with ^). */
    after: v.optional(PatternSchema),
    /** Matches the whole flagged text. */
    match: v.optional(PatternSchema),
    caseSensitive: v.optional(v.boolean()),
  }),
  v.check((e) => Boolean(e.sentence || e.before || e.after || e.match), say('packExceptionNeeds')),
);

export const PhraseSchema = v.strictObject({
  /** A regular expression (no capturing groups), matched on word boundaries, case-insensitively unless the rule says otherwise. */
  match: PatternSchema,
  /** The rewrite; "" deletes the phrase and its spacing. No replace, no rewrite. */
  replace: v.optional(v.pipe(v.string(), v.maxLength(500))),
  label: v.optional(TextSchema),
  /** false when the rewrite changes the meaning and the writer should look at it first. */
  safe: v.optional(v.boolean()),
  message: v.optional(TextSchema),
});

export const PhraseRuleSchema = v.strictObject({
  kind: v.literal('phrase'),
  ...common,
  phrases: v.pipe(v.array(PhraseSchema), v.minLength(1), v.maxLength(20000)),
  unless: v.optional(v.pipe(v.array(ExceptionSchema), v.maxLength(50))),
  caseSensitive: v.optional(v.boolean()),
  /** Match inside words too (for punctuation such as "!!!"). */
  anywhere: v.optional(v.boolean()),
});

/** Something the draft should say and does not: thanks for effort, acknowledging feelings, a warm word. */
export const MissingRuleSchema = v.strictObject({
  kind: v.literal('missing'),
  ...common,
  /** The draft says it already when any of these matches. */
  unless: v.pipe(v.array(PatternSchema), v.minLength(1), v.maxLength(50)),
  /** The sentence to add, in the draft's language: after the greeting (start) or before the sign-off (end). */
  insert: v.strictObject({ at: v.picklist(['start', 'end']), text: short('insert.text', 500), label: TextSchema }),
});

export const MEASURES = ['sentence-words', 'paragraph-words', 'reading-grade', 'exclamations', 'emoji', 'capitals'] as const;
export type Measure = (typeof MEASURES)[number];

/** A number measured on the draft against a limit held in one of the rule's options. */
export const MetricRuleSchema = v.strictObject({
  kind: v.literal('metric'),
  ...common,
  measure: v.picklist(MEASURES),
  /** The option holding the limit; a finding when the measure is above it. */
  limit: OptionKeySchema,
});

/** A check that needs code: the metadata here, `check` in the .ts file beside it. Built-in rules only. */
export const CodeRuleSchema = v.strictObject({
  kind: v.literal('code'),
  ...common,
  scope: v.picklist(['sentence', 'document']),
});

export const RuleDefSchema = v.variant('kind', [PhraseRuleSchema, MissingRuleSchema, MetricRuleSchema, CodeRuleSchema], say('packKindNeeded'));

/** What a pack may change in an existing rule. */
export const OverrideSchema = v.strictObject({
  severity: v.optional(LevelSchema),
  options: v.optional(OptionsSchema),
  name: v.optional(TextSchema),
  message: v.optional(TextSchema),
  explanation: v.optional(TextSchema),
  examples: v.optional(ExamplesSchema),
});

export type TextInput = v.InferOutput<typeof TextSchema>;
export type ExampleInput = v.InferOutput<typeof ExampleSchema>;
export type RuleDef = v.InferOutput<typeof RuleDefSchema>;
export type PhraseRuleDef = v.InferOutput<typeof PhraseRuleSchema>;
export type MissingRuleDef = v.InferOutput<typeof MissingRuleSchema>;
export type MetricRuleDef = v.InferOutput<typeof MetricRuleSchema>;
export type CodeRuleDef = v.InferOutput<typeof CodeRuleSchema>;
export type Override = v.InferOutput<typeof OverrideSchema>;
export type When = v.InferOutput<typeof WhenSchema>;

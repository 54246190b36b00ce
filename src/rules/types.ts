// What a rule is: its metadata, the context it reads and the hits it returns. A rule carries its own
// proof: `examples.fire` must raise it, `examples.pass` must not (tests/unit/rules.test.ts runs them all).
import type { Category, Edit, Language, Severity, Stats } from '../core/types';
import type { Span } from '../core/text';

export type OptionValue = number | boolean | string;
export type RuleOptions = Record<string, OptionValue>;

export interface Example {
  body: string;
  incoming?: string;
  subject?: string;
  /** The flagged text, when the example wants to pin it. */
  text?: string;
}
export type ExampleLike = string | Example;

export interface HitSuggestion {
  label: string;
  edits: Edit[];
  /** Set false when the rewrite changes meaning; placeholders ([[...]]) are never safe anyway. */
  safe?: boolean;
}

export interface Hit {
  start: number;
  end: number;
  message?: string;
  suggestions?: HitSuggestion[];
}

export interface SentenceContext {
  text: string;
  options: RuleOptions;
  language: Language;
  /** The language of messages and labels. */
  locale?: MessageLocale;
}

export interface DocumentContext {
  body: string;
  subject: string;
  incoming: string;
  language: Language;
  options: RuleOptions;
  paragraphs: Span[];
  /** Sentences of the message itself: quoted lines and the signature are left out. */
  sentences: Span[];
  greeting?: Span;
  signOff?: Span;
  /** Index where the text after the sign-off (the signature) starts; body.length when none. */
  signatureStart: number;
  stats: Stats;
}

export type MessageLocale = 'en' | 'et';
export interface RuleText {
  message: string;
  explanation: string;
}

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** Languages the rule understands; 'any' for checks that need no words (capitals, "!!!", emoji). */
  languages: readonly Language[] | 'any';
  message: string;
  explanation: string;
  /** The language `message` and `explanation` are written in (English when omitted). */
  locale?: MessageLocale;
  /** The same texts in the other interface languages. */
  i18n?: Partial<Record<MessageLocale, RuleText>>;
  options?: RuleOptions;
  /** How the strict pack changes this rule. */
  strict?: { severity?: Severity; options?: RuleOptions };
  /** Off in the standard pack (on in strict unless strict says otherwise). */
  standardOff?: boolean;
  examples: { fire: ExampleLike[]; pass: ExampleLike[] };
}

export interface SentenceRule extends RuleMeta {
  scope: 'sentence';
  /** Offsets in hits are relative to the sentence. Must depend on the sentence text and options only (results are cached). */
  check(s: SentenceContext): Hit[];
}

export interface DocumentRule extends RuleMeta {
  scope: 'document';
  /** Offsets in hits are absolute offsets into the body. */
  check(d: DocumentContext): Hit[];
}

export type Rule = SentenceRule | DocumentRule;

// What a rule is once loaded: its metadata, the context it reads and the hits it returns. A rule
// carries its own proof: `examples.fire` must raise it, `examples.pass` must not
// (tests/unit/rules.test.ts runs them all). Rules say things by text id; the engine turns ids into
// text for the chosen language in one place (src/engine/localize.ts).
import type { Category, Edit, Language, Severity, Stats } from '../core/types';
import type { Span } from '../core/text';
import type { Params } from '../i18n/format';
import type { When } from './schema';

export type OptionValue = number | boolean | string;
export type RuleOptions = Record<string, OptionValue>;

export type MessageLocale = 'en' | 'et';
export const MESSAGE_LOCALES: readonly MessageLocale[] = ['en', 'et'];
/** A text in every interface language. */
export type LocalText = Readonly<Record<MessageLocale, string>>;

export interface Example {
  body: string;
  incoming?: string;
  subject?: string;
  /** The flagged text, when the example wants to pin it. */
  text?: string;
}

/** A text of the rule by id ("message", "explanation", "name" or one of its `texts`), with its parameters. */
export interface TextRef {
  id: string;
  params?: Params;
}

export interface HitSuggestion {
  label: TextRef;
  edits: Edit[];
  /** Set false when the rewrite changes meaning; placeholders ([[...]]) are never safe anyway. */
  safe?: boolean;
}

export interface Hit {
  start: number;
  end: number;
  /** The rule's message when omitted. `{text}` is always the flagged text. */
  message?: TextRef;
  suggestions?: HitSuggestion[];
}

export interface SentenceContext {
  text: string;
  options: RuleOptions;
  language: Language;
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

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  /** Languages the rule understands; 'any' for checks that need no words (capitals, "!!!", emoji). */
  languages: readonly Language[] | 'any';
  name: LocalText;
  message: LocalText;
  explanation: LocalText;
  /** Further messages and suggestion labels, by id. */
  texts: Readonly<Record<string, LocalText>>;
  options: RuleOptions;
  /** How the strict pack changes this rule. */
  strict?: { severity?: Severity; options?: RuleOptions };
  /** Off in the standard pack (on in strict). */
  standardOff?: boolean;
  /** Only in a reply, or only when the incoming message matches. */
  when?: { replying: boolean; incoming: RegExp[] };
  examples: { fire: Example[]; pass: Example[] };
  /** Where the rule comes from: a built-in file (its path under src/rules) or a pack. */
  source: string;
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

/** What a code rule's .ts file exports: the check behind its JSON file. */
export type SentenceCheck = SentenceRule['check'];
export type DocumentCheck = DocumentRule['check'];

export type { When };

/** One built-in rule file as the generated registry lists it. */
export interface RuleFile {
  /** Under src/rules, without the extension: "<language>/<category>/<name>". */
  path: string;
  /** The JSON file's content; tests/unit/rules.test.ts validates every one against the schema. */
  def: unknown;
  check?: SentenceCheck | DocumentCheck;
}

// The engine's public shapes. Offsets are JavaScript string indices into `body`, end exclusive.

export type Category = 'empathy' | 'clarity' | 'professionalism';
export type Severity = 'info' | 'warning' | 'error';
export type Language = 'en' | 'et' | 'unknown';

export const CATEGORIES: readonly Category[] = ['empathy', 'clarity', 'professionalism'];
export const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  label: string;
  /** True when applying it needs no input from the user and keeps every name, number, date, URL and address. */
  safe: boolean;
  edits: Edit[];
  /**
   * Set when "Rewrite all" leaves this safe rewrite out: applied together with the others it would
   * raise a finding the draft did not have (`rule`, named `name` in the report's language).
   */
  heldBack?: { rule: string; name: string };
}

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  explanation: string;
  suggestions: Suggestion[];
}

export interface Scores {
  empathy: number;
  clarity: number;
  professionalism: number;
  politeness: number;
  overall: number;
}

export interface Stats {
  words: number;
  sentences: number;
  paragraphs: number;
  questions: number;
  exclamations: number;
  readingGrade: number;
  avgSentenceWords: number;
  longestSentenceWords: number;
}

/** One feature's share in a score: how many points the score would move if the feature were at its average. */
export interface Reason {
  feature: string;
  /** The feature's value in this draft. */
  value: number;
  /** Points this feature moved the score, against an average draft (negative lowers it). */
  points: number;
}

export interface Report {
  version: 1;
  pack: string;
  language: Language;
  scores: Scores;
  stats: Stats;
  findings: Finding[];
  /** Why each score is what it is: the three features that moved it most. */
  reasons?: Record<keyof Scores, Reason[]>;
  /** True when the draft shows warmth (thanks, kind words, an apology, acknowledging feelings); "warm" is only said then. */
  warmth?: boolean;
}

export interface DraftInput {
  body: string;
  subject?: string;
  /** Plain text of the message being replied to; empty for a new email. */
  incoming?: string;
}

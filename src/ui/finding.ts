// How a finding is presented, as plain data: the card in the page (DOM) and the side panel's
// FindingCard (React) both render this, so they say the same things in the same words.
import type { Category, Edit, Finding, Suggestion } from '../core/types';
import { severityWord, t, type MessageKey } from '../i18n';

/** A piece of a suggestion's new text: plain, a [[placeholder]] to fill in, or a deletion in words. */
export type Part = { kind: 'text' | 'placeholder' | 'removal'; text: string };

export interface SuggestionView {
  suggestion: Suggestion;
  label: string;
  /** The button's accessible name: "Apply: <label>". */
  applyLabel: string;
  parts: Part[];
  /** The new text as one sentence (title, and what a screen reader hears). */
  description: string;
}

export interface FindingView {
  finding: Finding;
  category: string;
  severity: string;
  /** "Clarity · warning". */
  heading: string;
  message: string;
  explanation: string;
  /** The words the finding covers, shortened for long spans. */
  quote: string;
  suggestions: SuggestionView[];
  /** Some suggestion leaves [[parts]] for the user to fill in. */
  needsInput: boolean;
}

const CATEGORY_KEY: Record<Category, MessageKey> = { empathy: 'categoryEmpathy', clarity: 'categoryClarity', professionalism: 'categoryProfessionalism' };
const QUOTE_MAX = 160;

export function categoryWord(category: Category): string {
  return t(CATEGORY_KEY[category]);
}

/** `draft` is the text the finding's offsets point into (what the deleted words were). */
export function presentFinding(f: Finding, draft: string): FindingView {
  const category = categoryWord(f.category);
  const severity = severityWord(f.severity);
  const quote = draft.slice(f.start, f.end) || f.text;
  return {
    finding: f,
    category,
    severity,
    heading: `${category} · ${severity}`,
    message: f.message,
    explanation: f.explanation,
    quote: quote.length > QUOTE_MAX ? `${quote.slice(0, QUOTE_MAX - 3)}…` : quote,
    suggestions: f.suggestions.map((s) => presentSuggestion(s, draft)),
    needsInput: f.suggestions.some((s) => !s.safe),
  };
}

function presentSuggestion(s: Suggestion, draft: string): SuggestionView {
  const parts = s.edits.flatMap((e, i) => [...(i ? [{ kind: 'text', text: ' … ' } as Part] : []), ...editParts(e, draft)]);
  return { suggestion: s, label: s.label, applyLabel: `${t('cardApply')}: ${s.label}`, parts, description: parts.map((p) => p.text).join('') };
}

/** A deletion says what goes ("remove “very”"), never a symbol a screen reader reads as "empty set". */
function editParts(e: Edit, draft: string): Part[] {
  if (e.text) return placeholderParts(e.text).map((p) => ({ kind: p.placeholder ? 'placeholder' : 'text', text: p.text }));
  return [{ kind: 'removal', text: t('editRemove', draft.slice(e.start, e.end).trim()) }];
}

/** Split text so [[placeholders]] can be highlighted for the user to fill. */
export function placeholderParts(text: string): Array<{ text: string; placeholder: boolean }> {
  return text.split(/(\[\[[^\]]*\]\])/).filter(Boolean).map((p) => ({ text: p, placeholder: /^\[\[.*\]\]$/.test(p) }));
}

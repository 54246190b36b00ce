// The two helpers most code rules are built from: phrases with rewrites, and replies that miss what the incoming message calls for.
import type { Edit } from '../core/types';
import type { DocumentRule, Hit, MessageLocale, RuleMeta, RuleText, SentenceRule } from './types';
import { matchCase } from '../core/text';
import { insertAfterGreeting } from './placement';

export interface Phrase {
  /** Regular-expression source, matched case-insensitively on word boundaries. No capturing groups. */
  re: string;
  /** Replacement text ('' deletes the phrase and its spacing); omit when no safe rewrite exists. */
  replace?: string;
  label?: string;
  safe?: boolean;
  message?: string;
}

type PhraseRuleDef = Omit<SentenceRule, 'scope' | 'check'> & {
  phrases: Phrase[];
  /** Return true to skip a match (context the regular expression can't express). */
  skip?: (sentence: string, start: number, end: number) => boolean;
  caseSensitive?: boolean;
  /** Match inside words too (for punctuation patterns such as "!!!"). */
  noBoundaries?: boolean;
};

/** A rule that flags phrases, each with an optional rewrite. One combined regular expression per rule. */
export function phraseRule(def: PhraseRuleDef): SentenceRule {
  const { phrases, skip, caseSensitive, noBoundaries, ...meta } = def;
  const source = phrases.map((p) => `(${p.re})`).join('|');
  const bounded = noBoundaries ? `(?:${source})` : `(?<![\\p{L}\\p{N}'’])(?:${source})(?![\\p{L}\\p{N}])`;
  const re = new RegExp(bounded, caseSensitive ? 'gu' : 'giu');
  return {
    ...meta,
    scope: 'sentence',
    check({ text, locale }) {
      const hits: Hit[] = [];
      const et = locale === 'et';
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const start = m.index;
        const end = start + m[0].length;
        if (end === start) {
          re.lastIndex++;
          continue;
        }
        if (skip?.(text, start, end)) continue;
        const phrase = phrases[m.slice(1).findIndex((g) => g !== undefined)];
        const hit: Hit = { start, end, message: phrase?.message?.replace('{text}', m[0]) };
        if (phrase?.replace !== undefined) {
          const edits = phrase.replace === '' ? deletion(text, start, end) : [{ start, end, text: matchCase(m[0], phrase.replace) }];
          hit.suggestions = [
            {
              label: phrase.label ?? defaultLabel(et, m[0], phrase.replace === '' ? undefined : matchCase(m[0], phrase.replace)),
              edits,
              safe: phrase.safe,
            },
          ];
        }
        hits.push(hit);
      }
      return hits;
    },
  };
}

function defaultLabel(et: boolean, found: string, replacement: string | undefined): string {
  if (replacement === undefined) return et ? `Eemalda „${found}“` : `Remove “${found}”`;
  return et ? `Kasuta „${replacement}“` : `Use “${replacement}”`;
}

/** Delete [start, end) and one side's spacing; capitalise the next word when the deletion starts a sentence. */
export function deletion(text: string, start: number, end: number): Edit[] {
  let s = start;
  let e = end;
  while (e < text.length && /[,;:]/.test(text[e])) e++;
  if (e < text.length && text[e] === ' ') e++;
  else if (s > 0 && text[s - 1] === ' ') s--;
  const atStart = text.slice(0, s).trim() === '';
  const edits: Edit[] = [{ start: s, end: e, text: '' }];
  if (atStart && e < text.length && /[a-z]/.test(text[e])) {
    edits[0] = { start: s, end: e + 1, text: text[e].toUpperCase() };
  }
  return edits;
}

export function wordRe(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
}

/** A rule's message and explanation in a locale, falling back to the rule's own language. */
export function ruleText(rule: Pick<RuleMeta, 'message' | 'explanation' | 'locale' | 'i18n'>, locale: MessageLocale): RuleText {
  if (locale === (rule.locale ?? 'en')) return { message: rule.message, explanation: rule.explanation };
  return rule.i18n?.[locale] ?? { message: rule.message, explanation: rule.explanation };
}

type ReplyRuleDef = Omit<DocumentRule, 'scope' | 'check'> & {
  /** The incoming message shows this (upset, effort, good news)… */
  when: RegExp[];
  /** …and the reply shows none of this (an acknowledgement, thanks, congratulations). */
  answeredBy: RegExp;
  /** The sentence the suggestion inserts after the greeting, and its label. */
  insert: string;
  label: string;
};

/** A rule about answering the incoming message: it fires on the first sentence of a reply that misses what the message calls for. */
export function replyRule(def: ReplyRuleDef): DocumentRule {
  const { when, answeredBy, insert, label, ...meta } = def;
  return {
    ...meta,
    scope: 'document',
    check(d) {
      if (!d.incoming || !when.some((re) => re.test(d.incoming)) || answeredBy.test(d.body)) return [];
      // The first sentence after the greeting; a one-line reply ("Hi Anna, the file is attached.") is its own greeting.
      const first = d.sentences.find((s) => !d.greeting || s.start > d.greeting.start) ?? d.sentences[0];
      if (!first) return [];
      return [{ start: first.start, end: first.end, suggestions: [{ label, edits: [insertAfterGreeting(d, insert)] }] }];
    },
  };
}

// Every safe rewrite is checked again before it is offered: the rewritten line must read as well
// as the original. A rewrite that leaves a doubled word, a stray mark, a broken sentence start,
// loses a fact, changes who did what, or raises a finding of its own is not offered as safe.
import { keepsMeaning, lostFacts } from './safety';
import { changedMiddle, compose, tidyEdits } from './rewrite';
import type { Edit, Finding } from '../core/types';

/** Rule ids raised by the sentences of a text, one entry per finding. */
export type RuleHits = (text: string) => string[];

const DOUBLED = /(?<![\p{L}\p{N}'’])([\p{L}\p{N}'’]+)[ \t\u00a0]+\1(?![\p{L}\p{N}'’])/giu;
const STACKED = /[.,;:!?…]*(?:[,;:][.,;:!?]|[.!?][,;:]|\?\.|!\.|\.[!?]|\.\.(?!\.)|,,)[.,;:!?…]*/gu;
const ORPHAN = /(?:^|\n|[.!?]\s)[ \t]*[,;:.!?]|\s[,;:.!?](?=\s|$)|\(\s*\)/gu;
const LOWER_START = /(?:^|\n|[.!?]\s+)\p{Ll}(?!\p{Lu})/gu;

function count(re: RegExp, text: string): number {
  return [...text.matchAll(re)].length;
}

/** What is wrong with `after` that was not wrong with `before` (empty when the rewrite reads well). */
export function rewriteProblems(before: string, after: string, hits?: RuleHits): string[] {
  const problems: string[] = [];
  if (count(DOUBLED, after) > count(DOUBLED, before)) problems.push('doubled word');
  if (count(STACKED, after) > count(STACKED, before)) problems.push('stacked punctuation');
  if (count(ORPHAN, after) > count(ORPHAN, before)) problems.push('orphan punctuation');
  if (count(LOWER_START, after) > count(LOWER_START, before)) problems.push('sentence starts in lower case');
  if (/^\s*$/.test(after) !== /^\s*$/.test(before) || /(?:^|[.!?]\s+)[.!?]/.test(after.trim())) problems.push('empty sentence');
  const lost = lostFacts(before, after);
  if (lost.length) problems.push(`changes ${lost.join(', ')}`);
  const { removed, inserted } = changedMiddle(before, after);
  if (!keepsMeaning(removed, inserted)) problems.push('changes who does what');
  if (hits) {
    const was = tally(hits(before));
    for (const [rule, n] of tally(hits(after))) if (n > (was.get(rule) ?? 0)) problems.push(`raises ${rule}`);
  }
  return problems;
}

function tally(ids: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

// Vetting results by pack, language, line and edits: typing re-vets only the line it changes.
const CACHE_LIMIT = 4000;
const cache = new Map<string, { safe: boolean; edits: Edit[] }>();

export function clearRecheckCache(): void {
  cache.clear();
}

/**
 * Tidy every suggestion's edits in their line (what Apply writes) and keep `safe` only for those
 * whose rewritten line passes `rewriteProblems`. `hitsAt` gives the rules for the text at an offset.
 */
export function vetSuggestions(
  body: string,
  findings: Finding[],
  key: string,
  hitsAt: (offset: number) => RuleHits,
  docHits?: (edits: readonly Edit[]) => string[] | undefined,
): void {
  // Document rules (a question too many, no kind word left) see the whole draft: re-run them on the
  // draft with the edits applied (undefined: past the re-check budget, not re-run). Raw hits against raw hits: the report shows
  // one finding per rule and paragraph, the rules may hit more often.
  const docBefore = docHits && tally(docHits([]) ?? []);
  const docOk = (edits: Edit[]) => {
    const after = docHits && docBefore && docHits(edits);
    if (!after) return true;
    for (const [rule, n] of tally(after)) if (n > (docBefore!.get(rule) ?? 0)) return false;
    return true;
  };
  for (const f of findings) {
    f.suggestions = f.suggestions.map((s) => {
      if (!s.edits.length) return s;
      const from = Math.min(...s.edits.map((e) => e.start));
      const to = Math.max(...s.edits.map((e) => e.end));
      const start = body.lastIndexOf('\n', from - 1) + 1;
      const nl = body.indexOf('\n', to);
      const end = nl < 0 ? body.length : nl;
      const line = body.slice(start, end);
      const local = s.edits.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text }));
      const id = `${key}\u0001${s.safe}\u0001${line}\u0001${JSON.stringify(local)}`;
      let v = cache.get(id);
      if (!v) {
        const hits = hitsAt(from);
        const checked = s.safe ? compose(line, [local], (b, a) => rewriteProblems(b, a, hits).length === 0) : undefined;
        const edits = checked?.applied.length ? checked.edits : tidyEdits(line, local);
        v = { safe: !!checked?.applied.length, edits };
        cache.set(id, v);
        if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      }
      const edits = v.edits.map((e) => ({ start: e.start + start, end: e.end + start, text: e.text }));
      return { ...s, safe: v.safe && docOk(edits), edits };
    });
  }
}

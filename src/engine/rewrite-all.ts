// "Rewrite all" and `tone-coach fix`: every safe rewrite of a report, composed into one coherent edit per line.
import { rewriteProblems } from './recheck';
import { applyEdits } from './apply';
import { type Composed, compose } from './rewrite';
import type { Edit, Finding, Report, Suggestion } from '../core/types';

export interface RewriteAll {
  /** The edits of "Rewrite all" / `fix`: every safe rewrite, merged line by line into one coherent edit. */
  edits: Edit[];
  /** Findings whose safe rewrite was applied. */
  applied: Finding[];
  /** Findings whose rewrites all need the writer's input (a [[slot]]) or review: never applied silently. */
  needsInput: Finding[];
  /** Findings whose safe rewrite was left out because, with the others, it would raise a new finding. */
  heldBack: Finding[];
}

/** The rewrite "Rewrite all" takes for a finding: its first safe suggestion. */
const firstSafe = (f: Finding): Suggestion | undefined => f.suggestions.find((s) => s.safe);

/**
 * Every safe rewrite of the report, composed: overlapping and adjacent edits of one line become one
 * coherent edit, tidied once; a rewrite that would spoil its line in combination is left out, and so
 * is one the engine held back because the whole rewritten draft would raise a new finding.
 */
export function rewriteAll(report: Report, body: string): RewriteAll {
  const taken = report.findings.filter((f) => firstSafe(f) && !firstSafe(f)!.heldBack);
  const { edits, applied } = composeAll(body, taken);
  return {
    edits,
    applied,
    needsInput: report.findings.filter((f) => f.suggestions.length && !f.suggestions.some((s) => s.safe)),
    heldBack: report.findings.filter((f) => firstSafe(f)?.heldBack),
  };
}

/** The first safe rewrites of `findings`, composed line by line; a wider rewrite of a phrase wins over a narrower one inside it. */
function composeAll(body: string, findings: readonly Finding[]): { edits: Edit[]; applied: Finding[] } {
  const order = findings.map((_, i) => i).sort((a, b) => width(findings[b]) - width(findings[a]) || a - b);
  const groups = order.map((i) => firstSafe(findings[i])!.edits);
  const { edits, applied } = compose(body, groups, readsWell, lines);
  return { edits, applied: applied.map((g) => findings[order[g]]) };
}

// Lines composed before: typing changes one line, and "Rewrite all" is composed again on every check.
const lines = new Map<string, Composed>();
const readsWell = (before: string, after: string) => rewriteProblems(before, after).length === 0;

export function clearRewriteAllCache(): void {
  lines.clear();
}

function width(f: Finding): number {
  const edits = firstSafe(f)!.edits;
  return Math.max(...edits.map((e) => e.end)) - Math.min(...edits.map((e) => e.start));
}

/**
 * Re-check "Rewrite all" as a whole (document rules count questions, look for a greeting, weigh the
 * whole draft): the draft with every safe rewrite applied is analysed again by `reanalyse`, and when
 * it has a finding the draft did not have, the rewrites are added back in halves until each one that
 * raises it is found; those get `heldBack`. Deterministic: the same draft holds back the same rewrites.
 */
export function holdBack(body: string, findings: readonly Finding[], reanalyse: (text: string) => Finding[], nameOf: (rule: string) => string): void {
  const candidates = findings.filter((f) => firstSafe(f));
  if (!candidates.length) return;
  const was = tally(findings);
  // The first rule the draft with these rewrites applied has more findings of than the draft itself.
  const raised = (set: readonly Finding[]) => {
    const { edits } = composeAll(body, set);
    if (!edits.length) return undefined;
    for (const [rule, n] of tally(reanalyse(applyEdits(body, edits)))) if (n > (was.get(rule) ?? 0)) return rule;
    return undefined;
  };
  const accepted: Finding[] = [];
  const add = (chunk: readonly Finding[]) => {
    const rule = raised([...accepted, ...chunk]);
    if (!rule) return void accepted.push(...chunk);
    if (chunk.length === 1) {
      const s = firstSafe(chunk[0])!;
      chunk[0].suggestions = chunk[0].suggestions.map((x) => (x === s ? { ...s, heldBack: { rule, name: nameOf(rule) } } : x));
      return;
    }
    const half = Math.ceil(chunk.length / 2);
    add(chunk.slice(0, half));
    add(chunk.slice(half));
  };
  add(candidates);
}

function tally(findings: readonly Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.rule, (m.get(f.rule) ?? 0) + 1);
  return m;
}

/** The edits of "Rewrite all": see `rewriteAll`. */
export function safeEdits(report: Report, body: string): Edit[] {
  return rewriteAll(report, body).edits;
}

// "Rewrite all" and `tone-coach fix`: every safe rewrite of a report, composed into one coherent edit per line.
import { rewriteProblems } from './recheck';
import { compose } from './rewrite';
import type { Edit, Finding, Report } from '../core/types';

export interface RewriteAll {
  /** The edits of "Rewrite all" / `fix`: every safe rewrite, merged line by line into one coherent edit. */
  edits: Edit[];
  /** Findings whose safe rewrite was applied. */
  applied: Finding[];
  /** Findings whose rewrites all need the writer's input (a [[slot]]) or review: never applied silently. */
  needsInput: Finding[];
}

/**
 * Every safe rewrite of the report, composed: overlapping and adjacent edits of one line become one
 * coherent edit, tidied once; a rewrite that would spoil its line in combination is left out.
 */
export function rewriteAll(report: Report, body: string): RewriteAll {
  const withSafe = report.findings.filter((f) => f.suggestions.some((s) => s.safe));
  // A wider rewrite of a phrase wins over a narrower one inside it.
  const order = withSafe.map((_, i) => i).sort((a, b) => width(withSafe[b]) - width(withSafe[a]) || a - b);
  const groups = order.map((i) => withSafe[i].suggestions.find((s) => s.safe)!.edits);
  const { edits, applied } = compose(body, groups, (before, after) => rewriteProblems(before, after).length === 0);
  return {
    edits,
    applied: applied.map((g) => withSafe[order[g]]),
    needsInput: report.findings.filter((f) => f.suggestions.length && !f.suggestions.some((s) => s.safe)),
  };
}

function width(f: Finding): number {
  const edits = f.suggestions.find((s) => s.safe)!.edits;
  return Math.max(...edits.map((e) => e.end)) - Math.min(...edits.map((e) => e.start));
}

/** The edits of "Rewrite all": see `rewriteAll`. */
export function safeEdits(report: Report, body: string): Edit[] {
  return rewriteAll(report, body).edits;
}

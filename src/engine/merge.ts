// One finding per kind of problem per paragraph: five apologies or five emoji in one paragraph are one
// problem, said once. The finding stays on the first occurrence; its first suggestion takes the edits
// of all of them, so one Apply fixes the paragraph.
import type { Span } from '../core/text';
import type { Finding, Suggestion } from '../core/types';

export function onePerParagraph(findings: readonly Finding[], paragraphs: readonly Span[]): Finding[] {
  // Binary search: long drafts have hundreds of paragraphs and findings.
  const paragraphOf = (at: number) => {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid].end >= at) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const groups = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.rule}\u0001${paragraphOf(f.start)}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      groups.set(key, [f]);
      out.push(f);
    }
  }
  return out.map((first) => {
    const group = groups.get(`${first.rule}\u0001${paragraphOf(first.start)}`)!;
    if (group.length === 1) return first;
    return { ...first, suggestions: mergeSuggestions(group) };
  });
}

/** The first suggestion of each finding, as one suggestion; the others of the first finding stay. */
function mergeSuggestions(group: readonly Finding[]): Suggestion[] {
  const firsts = group.map((f) => f.suggestions[0]).filter((s): s is Suggestion => !!s);
  if (firsts.length < 2) return group[0].suggestions;
  const edits = firsts.flatMap((s) => s.edits).sort((a, b) => a.start - b.start);
  const overlapping = edits.some((e, i) => i > 0 && edits[i - 1].end > e.start);
  if (overlapping) return group[0].suggestions;
  const merged: Suggestion = { ...firsts[0], safe: firsts.every((s) => s.safe), edits };
  return [merged, ...group[0].suggestions.slice(1)];
}

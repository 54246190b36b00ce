// Rewrites that compose. Several findings often touch one sentence ("I'm so sorry, I just wanted to
// follow up??"); applying their edits one by one leaves doubled words, lone commas and stacked
// punctuation behind. Here the edits of a line are applied together, the joins between old and new
// text are tidied once, and the result is handed back as the smallest edits of the original text
// (so the editor rewrites only the words that change and keeps the formatting of the rest).
import type { Edit } from '../core/types';

/** Whether a rewritten line is acceptable: (line before, line after). */
export type LineCheck = (before: string, after: string) => boolean;

export interface Composed {
  /** Small edits of the original text that produce the composed result. */
  edits: Edit[];
  /** Indices of the groups that were applied. */
  applied: number[];
}

/**
 * Apply groups of edits (one group per suggestion) as one coherent rewrite. Groups are taken in
 * order; a group that overlaps one already taken, or whose line fails `check`, is left out.
 * `cache` keeps the result of each line for one `check` (typing changes one line).
 */
export function compose(body: string, groups: readonly (readonly Edit[])[], check: LineCheck = () => true, cache?: Map<string, Composed>): Composed {
  const windows = lineWindows(body, groups);
  const edits: Edit[] = [];
  const applied: number[] = [];
  for (const w of windows) {
    const before = body.slice(w.start, w.end);
    const locals = w.groups.map((g) => groups[g].map((e) => ({ start: e.start - w.start, end: e.end - w.start, text: e.text })));
    const key = cache && `${before}\u0001${JSON.stringify(locals)}`;
    let done = key === undefined ? undefined : cache!.get(key);
    if (!done) {
      done = composeLine(before, locals, check);
      if (key !== undefined) {
        cache!.set(key, done);
        if (cache!.size > 4000) cache!.delete(cache!.keys().next().value!);
      }
    }
    for (const e of done.edits) edits.push({ start: e.start + w.start, end: e.end + w.start, text: e.text });
    for (const i of done.applied) applied.push(w.groups[i]);
  }
  return { edits, applied: applied.sort((a, b) => a - b) };
}

/** One window of `compose`: the groups' edits local to the line text, taken in order. */
function composeLine(before: string, locals: readonly (readonly Edit[])[], check: LineCheck): Composed {
  let taken: Edit[] = [];
  let result: Tidied | undefined;
  const applied: number[] = [];
  for (const [i, local] of locals.entries()) {
    if (local.some((e) => overlapsAny(e, taken))) continue;
    const trial = applyAndTidy(before, [...taken, ...local]);
    if (trial.text === before || !check(before, trial.text)) continue;
    taken = [...taken, ...local];
    result = trial;
    applied.push(i);
  }
  return { edits: result ? editsOf(before, result) : [], applied };
}

/** One suggestion's edits, tidied in their line: what Apply writes into the editor. */
export function tidyEdits(body: string, edits: readonly Edit[]): Edit[] {
  const { edits: out, applied } = compose(body, [edits]);
  return applied.length ? out : [...edits];
}

/** Edits may touch but not overlap; two insertions, or an insertion inside an edit, at one spot clash. */
export function overlapsAny(e: Edit, others: readonly Edit[]): boolean {
  return others.some((c) => (e.start < c.end && c.start < e.end) || (e.start === c.start && (e.start === e.end || c.start === c.end)));
}

interface Window {
  start: number;
  end: number;
  groups: number[];
}

/** Whole lines around each group's edits; groups whose lines meet share one window. */
function lineWindows(body: string, groups: readonly (readonly Edit[])[]): Window[] {
  const spans = groups
    .map((g, i) => {
      if (!g.length) return undefined;
      const s = Math.min(...g.map((e) => e.start));
      const e = Math.max(...g.map((e) => e.end));
      return { start: body.lastIndexOf('\n', s - 1) + 1, end: lineEnd(body, e), groups: [i] };
    })
    .filter((w): w is Window => !!w)
    .sort((a, b) => a.start - b.start || a.groups[0] - b.groups[0]);
  const out: Window[] = [];
  for (const w of spans) {
    const last = out[out.length - 1];
    if (last && w.start <= last.end) {
      last.end = Math.max(last.end, w.end);
      last.groups.push(...w.groups);
    } else out.push({ ...w, groups: [...w.groups] });
  }
  for (const w of out) w.groups.sort((a, b) => a - b);
  return out;
}

function lineEnd(body: string, at: number): number {
  const i = body.indexOf('\n', at);
  return i < 0 ? body.length : i;
}

// ---- Applying and tidying -------------------------------------------------------------------

const SPACE = /[ \t\u00a0]/;
const PUNCT = /[.,;:!?…]/;
const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/** A rewritten line, and for each of its characters the index it had in the original (-1: new). */
interface Tidied {
  text: string;
  origin: number[];
}

/** Apply edits to a line, then tidy the spots where new text meets old. */
export function applyAndTidy(text: string, edits: readonly Edit[]): Tidied {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  const origin: number[] = [];
  let at = 0;
  const joins: number[] = [];
  const keep = (from: number, to: number) => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) origin.push(i);
  };
  for (const e of sorted) {
    keep(at, e.start);
    joins.push(out.length);
    out += e.text;
    for (let i = 0; i < e.text.length; i++) origin.push(-1);
    joins.push(out.length);
    at = e.end;
  }
  keep(at, text.length);
  return tidy({ text: out, origin }, joins);
}

/**
 * The edits of the original that give the tidied line: each run of new or dropped characters,
 * widened to whole words so the editor never splits a word (and its formatting) in two.
 */
function editsOf(before: string, t: Tidied): Edit[] {
  const raw: Edit[] = [];
  let p = 0;
  let i = 0;
  while (i <= t.text.length) {
    const o = i < t.text.length ? t.origin[i] : before.length;
    if (o === p) {
      p++;
      i++;
      continue;
    }
    // A change starts here: collect new characters until the original resumes in order.
    let j = i;
    while (j < t.text.length && t.origin[j] < 0) j++;
    const next = j < t.text.length ? t.origin[j] : before.length;
    raw.push({ start: p, end: next, text: t.text.slice(i, j) });
    p = next;
    i = j;
    if (i === t.text.length && p === before.length) break;
  }
  const out: Edit[] = [];
  for (const e of raw) {
    let { start, end, text } = e;
    while (start > 0 && WORD_CHAR.test(before[start - 1]) && (WORD_CHAR.test(before[start] ?? '') || WORD_CHAR.test(text[0] ?? ''))) {
      start--;
      text = before[start] + text;
    }
    while (end < before.length && WORD_CHAR.test(before[end]) && (WORD_CHAR.test(before[end - 1] ?? '') || WORD_CHAR.test(text[text.length - 1] ?? ''))) {
      text += before[end];
      end++;
    }
    const last = out[out.length - 1];
    // Edits that meet (after widening to words) become one.
    if (last && start <= last.end) {
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, end), text: last.text + text.slice(last.end - start) };
    } else out.push({ start, end, text });
  }
  return out.filter((e) => before.slice(e.start, e.end) !== e.text);
}

/**
 * Normalise spacing, punctuation, doubled words and sentence-start capitals at the joins only:
 * the writer's own text elsewhere in the line is theirs, quirks included.
 */
function tidy(input: Tidied, joinsIn: number[]): Tidied {
  let s = input.text;
  const origin = [...input.origin];
  let joins = [...new Set(joinsIn)].sort((a, b) => a - b);
  const replace = (l: number, r: number, by: string) => {
    // Characters kept at the front of the replacement keep their origin.
    let same = 0;
    while (same < by.length && same < r - l && by[same] === s[l + same]) same++;
    origin.splice(l + same, r - l - same, ...new Array<number>(by.length - same).fill(-1));
    s = s.slice(0, l) + by + s.slice(r);
    const delta = by.length - (r - l);
    joins = [...new Set(joins.map((j) => (j >= r ? j + delta : j > l ? l + Math.min(by.length, j - l) : j)))];
  };
  for (let pass = 0; pass < 4; pass++) {
    const before = s;
    for (let k = 0; k < joins.length; k++) {
      const j = joins[k];
      if (fixSpace(s, j, replace)) continue;
      if (fixPunctuation(s, j, replace)) continue;
      if (fixOrphanAtStart(s, j, replace)) continue;
      if (fixDoubledWord(s, j, replace)) continue;
      fixCapital(s, j, replace);
    }
    if (s === before) break;
  }
  return { text: s, origin };
}

type Replace = (l: number, r: number, by: string) => void;

function fixSpace(s: string, j: number, replace: Replace): boolean {
  let l = j;
  let r = j;
  while (l > 0 && SPACE.test(s[l - 1])) l--;
  while (r < s.length && SPACE.test(s[r])) r++;
  if (l === r) return false;
  const atLineStart = l === 0 || s[l - 1] === '\n';
  const atLineEnd = r === s.length || s[r] === '\n';
  if (atLineStart || atLineEnd || PUNCT.test(s[r]) || s[r] === ')' || s[l - 1] === '(') {
    replace(l, r, '');
    return true;
  }
  if (r - l > 1) {
    replace(l, r, s[l]);
    return true;
  }
  return false;
}

/** A run of marks that straddles a join ("draft?" + "." → "?") keeps its strongest mark. */
function fixPunctuation(s: string, j: number, replace: Replace): boolean {
  let l = j;
  let r = j;
  while (l > 0 && PUNCT.test(s[l - 1])) l--;
  while (r < s.length && PUNCT.test(s[r])) r++;
  if (!(l < j && j < r)) return false;
  const run = s.slice(l, r);
  if (/^\.{3}$|^…$/.test(run)) return false;
  const strongest = ['?', '!', '.', '…', ';', ':', ','].find((m) => run.includes(m))!;
  const mark = strongest === '…' ? '.' : strongest;
  if (run === mark) return false;
  replace(l, r, mark);
  return true;
}

/** After a join at a sentence start, a comma or a lone mark has nothing left to follow. */
function fixOrphanAtStart(s: string, j: number, replace: Replace): boolean {
  let r = j;
  while (r < s.length && SPACE.test(s[r])) r++;
  if (!PUNCT.test(s[r] ?? '') || !atSentenceStart(s, j)) return false;
  let e = r;
  while (e < s.length && PUNCT.test(s[e])) e++;
  while (e < s.length && SPACE.test(s[e])) e++;
  replace(j, e, '');
  return true;
}

/** "I" + "I am following up" → "I am following up". */
function fixDoubledWord(s: string, j: number, replace: Replace): boolean {
  // The word that ends at (or just before) the join and the one that starts at (or just after) it.
  let a = j;
  while (a > 0 && SPACE.test(s[a - 1])) a--;
  let b = j;
  while (b < s.length && SPACE.test(s[b])) b++;
  if (a === b && WORD_CHAR.test(s[a - 1] ?? '') && WORD_CHAR.test(s[b] ?? '')) return false; // inside one word
  let ws = a;
  while (ws > 0 && WORD_CHAR.test(s[ws - 1])) ws--;
  let we = b;
  while (we < s.length && WORD_CHAR.test(s[we])) we++;
  const left = s.slice(ws, a);
  const right = s.slice(b, we);
  if (!left || left.toLowerCase() !== right.toLowerCase() || !/^[ \t\u00a0]+$/.test(s.slice(a, b))) return false;
  replace(a, we, '');
  return true;
}

/** The first word of a sentence starts with a capital. */
function fixCapital(s: string, j: number, replace: Replace): boolean {
  let r = j;
  while (r < s.length && SPACE.test(s[r])) r++;
  const ch = s[r];
  if (!ch || !/\p{Ll}/u.test(ch) || !atSentenceStart(s, r)) return false;
  // "iPhone", "eBay": a lower-case start that the word itself wants.
  if (/\p{Lu}/u.test(s.slice(r + 1, r + 3))) return false;
  replace(r, r + 1, ch.toUpperCase());
  return true;
}

function atSentenceStart(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && SPACE.test(s[i])) i--;
  return i < 0 || s[i] === '\n' || (/[.!?…]/.test(s[i]) && i < at - 1);
}

/** The changed middle of two texts (common start and end trimmed), widened to whole words. */
export function changedMiddle(a: string, b: string): { removed: string; inserted: string } {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  while (pre > 0 && WORD_CHAR.test(a[pre - 1])) pre--;
  while (suf > 0 && WORD_CHAR.test(a[a.length - suf])) suf--;
  return { removed: a.slice(pre, a.length - suf), inserted: b.slice(pre, b.length - suf) };
}

// Edits rules share: inserting a whole sentence after the greeting or before the sign-off, and deleting a phrase with its spacing.
import type { Edit } from '../core/types';
import type { DocumentContext } from './types';

/** Insert a sentence at the start of the message proper (after the greeting line). */
export function insertAfterGreeting(d: DocumentContext, sentence: string): Edit {
  const first = d.sentences.find((s) => !d.greeting || s.start > d.greeting.start);
  if (!first) {
    const at = d.greeting ? d.greeting.end : 0;
    return { start: at, end: at, text: d.greeting ? `\n\n${sentence}` : sentence };
  }
  return { start: first.start, end: first.start, text: `${sentence} ` };
}

/** Insert a sentence as the last line before the sign-off (or at the end when there is none). */
export function insertBeforeSignOff(d: DocumentContext, sentence: string): Edit {
  if (d.signOff) return { start: d.signOff.start, end: d.signOff.start, text: `${sentence}\n\n` };
  const last = d.sentences[d.sentences.length - 1];
  const at = last ? last.end : d.body.length;
  return { start: at, end: at, text: last ? ` ${sentence}` : sentence };
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

// Where a rule inserts a whole new sentence: after the greeting, or before the sign-off.
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

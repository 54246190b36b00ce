import type { SentenceContext, Hit } from '../../types';

// A bare command at the start of a sentence ("Send me the file.") with no softener anywhere in it.
const DEMAND = /^(send|give|fix|do|call|get|reply|answer|tell|sign|pay|finish|change|update|book|cancel|forward|check|email|confirm|stop|make|provide|explain|deliver|return|resend|complete|show|come|add|approve|sort|read|look|remember|figure)\b/i;
const SOFT = /\b(please|kindly|thanks?|thank you|could|would|can|if you|when you get a chance|let me know)\b/i;

export function check({ text }: SentenceContext): Hit[] {
  const m = DEMAND.exec(text);
  if (!m || SOFT.test(text) || text.endsWith('?')) return [];
  const word = m[1];
  const edits = [{ start: 0, end: word.length, text: `Could you please ${word.toLowerCase()}` }];
  const last = text[text.length - 1];
  if (last === '.' || last === '!') edits.push({ start: text.length - 1, end: text.length, text: '?' });
  else edits.push({ start: text.length, end: text.length, text: '?' });
  return [{ start: 0, end: word.length, suggestions: [{ label: { id: 'ask' }, edits }] }];
}

import type { SentenceContext, Hit } from '../../types';
import { deletion } from '../../edits';

const HEDGE = /(?<![\p{L}])(?:i just think|i (?:just )?feel like|i guess|i suppose|just|maybe|perhaps|possibly|probably|sort of|kind of|kinda|somewhat|a (?:little )?bit|i think|i believe|it seems|might|could potentially|if that(?:'s| is) (?:ok|okay|alright))(?![\p{L}])/giu;

export function check({ text, options }: SentenceContext): Hit[] {
  const found = [...text.matchAll(HEDGE)].filter((m) => !/^just$/i.test(m[0]) || !/^\s+(?:now|in time|before|after)/i.test(text.slice(m.index! + 4)));
  if (found.length <= Number(options.max)) return [];
  const start = found[0].index!;
  const last = found[found.length - 1];
  const end = last.index! + last[0].length;
  // Keep the first hedge, delete the others (back to front so offsets hold).
  const edits = found.slice(1).flatMap((m) => deletion(text, m.index!, m.index! + m[0].length));
  const nonOverlapping = edits.every((e, i) => i === 0 || edits[i - 1].end <= e.start);
  return [{ start, end, suggestions: nonOverlapping ? [{ label: { id: 'keep-one' }, edits }] : [] }];
}

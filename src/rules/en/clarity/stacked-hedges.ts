import type { Hit, SentenceRule } from '../../types';
import { deletion } from '../../rule';

const HEDGE = /(?<![\p{L}])(?:i just think|i (?:just )?feel like|i guess|i suppose|just|maybe|perhaps|possibly|probably|sort of|kind of|kinda|somewhat|a (?:little )?bit|i think|i believe|it seems|might|could potentially|if that(?:'s| is) (?:ok|okay|alright))(?![\p{L}])/giu;

export default {
  id: 'clarity/stacked-hedges',
  category: 'clarity',
  severity: 'info',
  options: { max: 1 },
  strict: { severity: 'warning' },
  languages: ['en'],
  scope: 'sentence',
  message: 'Several hedges in one sentence blur your point.',
  explanation:
    'One softener is polite; three in a row ("I just think maybe") sound unsure and make the reader wonder what you actually want. Keep one, drop the rest, and say it plainly.',
  i18n: {
    et: {
      message: 'Mitu pehmendust ühes lauses hägustavad mõtte.',
      explanation:
        'Üks pehmendus on viisakas; kolm järjest („I just think maybe“) kõlavad ebakindlalt ja lugeja ei saa aru, mida Sa tegelikult tahad. Jäta üks alles ja ütle ülejäänu otse.',
    },
  },
  check({ text, options }): Hit[] {
    const found = [...text.matchAll(HEDGE)].filter((m) => !/^just$/i.test(m[0]) || !/^\s+(?:now|in time|before|after)/i.test(text.slice(m.index! + 4)));
    if (found.length <= Number(options.max)) return [];
    const start = found[0].index!;
    const last = found[found.length - 1];
    const end = last.index! + last[0].length;
    // Keep the first hedge, delete the others (back to front so offsets hold).
    const edits = found.slice(1).flatMap((m) => deletion(text, m.index!, m.index! + m[0].length));
    const nonOverlapping = edits.every((e, i) => i === 0 || edits[i - 1].end <= e.start);
    return [{ start, end, suggestions: nonOverlapping ? [{ label: 'Keep one softener', edits }] : [] }];
  },
  examples: {
    fire: ['I just think maybe we should move the call.', 'Perhaps we could possibly start a bit later.'],
    pass: ['I think we should move the call to 3 pm.', 'I just now saw your message.', 'Could we start at 10?'],
  },
} satisfies SentenceRule;

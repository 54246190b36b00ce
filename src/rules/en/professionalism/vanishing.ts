import type { SentenceContext, Hit } from '../../types';
import { lexicon } from '../../lexicon';

const CONCRETE_TIME = lexicon('concrete-time');

const GONE = /(?<![\p{L}])(?:(?:be |going |go )?offline for a (?:while|bit|few (?:days|weeks))|not sure when i[''’]ll be back|not sure when i will be back|(?:won[''’]t|will not) be (?:available|reachable|around|online) for (?:a while|some time|a bit)|disappear(?:ing)? for a (?:while|bit)|(?:taking|take) (?:a|some) (?:break|time off)(?! on| from| until)|step(?:ping)? away for a (?:while|bit)|off the grid)(?![\p{L}])/iu;
const HANDOVER = /\b(?:contact|reach|cover|covering|hand(?:ed)? over|in my absence|back on|until|from|return on|returning on)\b/i;

export function check({ text }: SentenceContext): Hit[] {
  const m = GONE.exec(text);
  if (!m || CONCRETE_TIME.test(text) || HANDOVER.test(text)) return [];
  const end = m.index + m[0].length;
  return [
    {
      start: m.index,
      end,
      suggestions: [{ label: { id: 'hand-over' }, edits: [{ start: end, end, text: ' from [[start date]] to [[end date]]; [[colleague]] will cover in the meantime' }] }],
    },
  ];
}

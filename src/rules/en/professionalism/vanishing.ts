import type { Hit, SentenceRule } from '../../types';
import { CONCRETE_TIME } from '../lexicon';

const GONE = /(?<![\p{L}])(?:(?:be |going |go )?offline for a (?:while|bit|few (?:days|weeks))|not sure when i[''’]ll be back|not sure when i will be back|(?:won[''’]t|will not) be (?:available|reachable|around|online) for (?:a while|some time|a bit)|disappear(?:ing)? for a (?:while|bit)|(?:taking|take) (?:a|some) (?:break|time off)(?! on| from| until)|step(?:ping)? away for a (?:while|bit)|off the grid)(?![\p{L}])/iu;
const HANDOVER = /\b(?:contact|reach|cover|covering|hand(?:ed)? over|in my absence|back on|until|from|return on|returning on)\b/i;

export default {
  id: 'professionalism/vanishing',
  category: 'professionalism',
  severity: 'warning',
  languages: ['en'],
  scope: 'sentence',
  message: 'You say you will be away, but not until when or who covers.',
  explanation:
    'Clients\' biggest complaint about assistants is disappearing. If you will be unreachable, give notice with dates and name who covers in the meantime, so work continues and trust stays.',
  i18n: {
    et: {
      message: 'Ütled, et oled eemal, aga mitte kauaks ega kes asendab.',
      explanation:
        'Klientide suurim kaebus assistentide kohta on kadumine. Kui Sa pole kättesaadav, anna ette teada koos kuupäevadega ja nimeta, kes vahepeal asendab, et töö jätkuks ja usaldus püsiks.',
    },
  },
  check({ text }): Hit[] {
    const m = GONE.exec(text);
    if (!m || CONCRETE_TIME.test(text) || HANDOVER.test(text)) return [];
    const end = m.index + m[0].length;
    return [
      {
        start: m.index,
        end,
        suggestions: [{ label: 'Give dates and a hand-over', edits: [{ start: end, end, text: ' from [[start date]] to [[end date]]; [[colleague]] will cover in the meantime' }] }],
      },
    ];
  },
  examples: {
    fire: ["I might be offline for a while, not sure when I'll be back.", 'I will not be available for a while.'],
    pass: ['I will be offline from 3 to 7 June; Maria will cover in the meantime.', 'The server goes offline for a few days in May for maintenance on 3 May.'],
  },
} satisfies SentenceRule;

import { deletion } from '../rule';
import type { Hit, SentenceRule } from '../types';

const EMOJI = /(?:\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*)+|(?<![\p{L}\p{N}])(?:[:;=]-?[)(DPp]|<3|xD|XD|\^_\^|:-?\/)(?![\p{L}\p{N}])/gu;

export default {
  id: 'professionalism/emoji',
  category: 'professionalism',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: 'any',
  scope: 'sentence',
  message: 'Emoji can look casual in a client email.',
  explanation:
    'With a client you know well, a smiley is fine; in a first or formal email it can read as unserious, and it renders differently on every device. Let the words carry the warmth.',
  i18n: {
    et: {
      message: 'Emotikonid võivad kliendikirjas mõjuda liiga vabalt.',
      explanation:
        'Tuttava kliendiga sobib naerunägu, kuid esimeses või ametlikus kirjas võib see mõjuda tõsiseltvõetamatult ja igas seadmes näeb see erinev välja. Las soojust kannavad sõnad.',
    },
  },
  check({ text }): Hit[] {
    return [...text.matchAll(EMOJI)].map((m) => {
      const start = m.index!;
      const end = start + m[0].length;
      return { start, end, suggestions: [{ label: 'Remove the emoji', edits: deletion(text, start, end) }] };
    });
  },
  examples: {
    fire: ['Thanks for the update 😀', 'See you tomorrow :)', 'Great work 👍🏻!'],
    pass: ['Thanks for the update.', 'Option (a) or (b): which one?', 'The ratio is 3:2.'],
  },
} satisfies SentenceRule;

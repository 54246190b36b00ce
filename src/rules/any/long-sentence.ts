import type { Hit, SentenceRule } from '../types';
import { countWords } from '../../core/text';

export default {
  id: 'clarity/long-sentence',
  category: 'clarity',
  severity: 'info',
  options: { maxWords: 32 },
  strict: { severity: 'warning', options: { maxWords: 25 } },
  languages: 'any',
  scope: 'sentence',
  message: 'This sentence is long; split it so it reads in one pass.',
  explanation:
    'Long sentences make the reader hold many ideas at once and hide the point. Communicate clearly and concisely: one idea per sentence, about 15 to 25 words.',
  i18n: {
    et: {
      message: 'See lause on pikk; jaga see kaheks, et seda saaks ühe korraga lugeda.',
      explanation:
        'Pikad laused sunnivad lugejat korraga mitut mõtet meeles pidama ja peidavad põhilise. Suhtle selgelt ja lühidalt: üks mõte lause kohta, umbes 15–25 sõna.',
    },
  },
  check({ text, options }): Hit[] {
    const n = countWords(text);
    if (n <= Number(options.maxWords)) return [];
    const hit: Hit = { start: 0, end: text.length, message: `This sentence has ${n} words; split it so it reads in one pass.` };
    // Offer a split at the joint nearest the middle: ", and", ", but", ", so", or "; ".
    const joints = [...text.matchAll(/(?:,\s+(?:and|but|so|which means)\s+|;\s+)/g)];
    if (joints.length) {
      const mid = text.length / 2;
      const j = joints.reduce((a, b) => (Math.abs(a.index! - mid) < Math.abs(b.index! - mid) ? a : b));
      const next = j.index! + j[0].length;
      if (next < text.length && /\p{Ll}/u.test(text[next]) && j.index! > 20 && text.length - next > 20) {
        const conj = j[0].replace(/[,;]\s+/, '').trim();
        const keep = conj === 'but' ? 'But ' : conj === 'so' ? 'So ' : '';
        hit.suggestions = [
          {
            label: 'Split into two sentences',
            edits: [{ start: j.index!, end: next + 1, text: `. ${keep}${keep ? text[next] : text[next].toUpperCase()}` }],
            safe: true,
          },
        ];
      }
    }
    return [hit];
  },
  examples: {
    fire: [
      'I wanted to let you know that the meeting with the design team has been moved from Tuesday morning to Thursday afternoon because two of the designers are travelling, and the room we had booked is no longer free on that day.',
    ],
    pass: ['The meeting moved to Thursday at 2 pm. Two designers are travelling on Tuesday.'],
  },
} satisfies SentenceRule;

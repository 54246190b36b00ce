import type { Hit, SentenceRule } from '../types';

const PASSWORD = /(?<![\p{L}])(?:password|passwort|passcode|pwd|pw|pin|parool|salasõna)\s*(?:is|:|=|-|on)\s*(\S+)/giu;
const CARD = /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

export default {
  id: 'professionalism/sensitive-data',
  category: 'professionalism',
  severity: 'error',
  languages: 'any',
  scope: 'sentence',
  message: 'This looks like a password or card number; email is not a safe place for it.',
  explanation:
    'Emails are forwarded, archived and sometimes leaked. Keeping confidences is part of being trustworthy: share secrets through a password manager or a phone call, never in the message body.',
  i18n: {
    et: {
      message: 'See näib olevat parool või kaardinumber; e-kiri ei ole selleks turvaline koht.',
      explanation:
        'E-kirju edastatakse, arhiveeritakse ja vahel need lekivad. Usaldusväärsus tähendab ka konfidentsiaalsuse hoidmist: jaga salasõnu paroolihalduri või telefoni teel, mitte kirja sisus.',
    },
  },
  check({ text }): Hit[] {
    const hits: Hit[] = [];
    for (const m of text.matchAll(PASSWORD)) {
      const start = m.index! + m[0].length - m[1].length;
      hits.push({ start, end: start + m[1].length, message: 'This looks like a password; email is not a safe place for it.', suggestions: [{ label: 'Share it another way', edits: [{ start, end: start + m[1].length, text: '[[shared separately]]' }] }] });
    }
    for (const m of text.matchAll(CARD)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 13 || !luhn(digits)) continue;
      hits.push({ start: m.index!, end: m.index! + m[0].length, message: 'This looks like a card number; email is not a safe place for it.', suggestions: [{ label: 'Share it another way', edits: [{ start: m.index!, end: m.index! + m[0].length, text: '[[shared separately]]' }] }] });
    }
    return hits;
  },
  examples: {
    fire: ['The password is Summer2024!', 'My card is 4111 1111 1111 1111.', 'Wifi pw: kitten42'],
    pass: ['I will send the password by phone.', 'Invoice 1234 5678 9012 is attached.', 'Call me at +372 5555 1234.'],
  },
} satisfies SentenceRule;

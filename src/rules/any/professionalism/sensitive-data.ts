import type { SentenceContext, Hit } from '../../types';

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

export function check({ text }: SentenceContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(PASSWORD)) {
    const start = m.index! + m[0].length - m[1].length;
    hits.push({ start, end: start + m[1].length, message: { id: 'password' }, suggestions: [{ label: { id: 'share' }, edits: [{ start, end: start + m[1].length, text: '[[shared separately]]' }] }] });
  }
  for (const m of text.matchAll(CARD)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 13 || !luhn(digits)) continue;
    hits.push({ start: m.index!, end: m.index! + m[0].length, message: { id: 'card' }, suggestions: [{ label: { id: 'share' }, edits: [{ start: m.index!, end: m.index! + m[0].length, text: '[[shared separately]]' }] }] });
  }
  return hits;
}

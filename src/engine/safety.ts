// A suggestion is only "safe" if it keeps every name, number, date, time, amount, URL and email
// address it touches. Rules declare intent; this check enforces it for all of them.
import type { Edit } from '../core/types';

// URLs, addresses, codes (INV-2231), amounts and numbers must survive exactly; names may change case only.
const PROTECTED = /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|[\p{L}\d]+(?:[-_/][\p{L}\d]+)+|[$€£]?\d[\d.,:/-]*%?|\p{Lu}[\p{L}'’-]*/gu;

export function protectedTokens(text: string, offset: number, body: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PROTECTED)) {
    const tok = m[0].replace(/[.,;:]+$/, '');
    if (/^\p{Lu}/u.test(tok) && isSentenceInitial(body, offset + m.index!)) continue;
    if (tok === 'I' || /^I['’]/.test(tok)) continue;
    out.push(tok);
  }
  return out;
}

const isName = (tok: string) => /^\p{L}+(?:['’-]\p{L}+)*$/u.test(tok);

function isSentenceInitial(body: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t"'“‘(\u00a0]/.test(body[i])) i--;
  return i < 0 || /[.!?:\n]/.test(body[i]);
}

/** True when every protected token in the replaced text survives in the inserted text. */
export function keepsProtected(body: string, edits: readonly Edit[]): boolean {
  const inserted = edits.map((e) => e.text).join(' ');
  const lower = inserted.toLowerCase();
  for (const e of edits) {
    for (const tok of protectedTokens(body.slice(e.start, e.end), e.start, body)) {
      if (isName(tok) ? !lower.includes(tok.toLowerCase()) : !inserted.includes(tok)) return false;
    }
  }
  return true;
}

// The evaluation data, loaded the same way for `npm run eval` and `npm run fit`: the public corpora
// in ../shared/eval (or --data DIR) and the project's own labelled email set (tests/fixtures/emails).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Category, DraftInput } from '../src/core/types';
import { parseCsv } from './csv';

export const PUBLIC_FILES = {
  wikipedia: 'politeness/wikipedia.csv',
  stackExchange: 'politeness/stack-exchange.csv',
  formality: 'formality/email-sentences.csv',
  enron: 'enron/formality-requests.csv',
} as const;

/** FNV-1a, 32 bit: a fixed hash, so the split and the folds never change between runs or machines. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

// ---- The own email set -------------------------------------------------------------------------

export interface Email extends DraftInput {
  id: string;
  situation: string;
  lang: 'en' | 'et';
  audience: string;
  kind: 'new' | 'reply';
  quality: 'good' | 'flawed';
  trap?: string;
  mustFlag: Category[];
  mustClean: Category[];
  spans?: { category: Category; text: string }[];
  keep?: string[];
  note?: string;
  /** Held out: never fitted to (a fixed hash of the situation, so a good/flawed pair stays together). */
  heldOut: boolean;
}

export const EMAILS_DIR = 'tests/fixtures/emails';

export function loadEmails(dir = EMAILS_DIR): Email[] {
  const out: Email[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let e: Email;
        try {
          e = JSON.parse(line);
        } catch {
          throw new Error(`${join(dir, file)}:${i + 1}: not valid JSON`);
        }
        out.push({ ...e, heldOut: fnv1a(e.situation) % 5 === 0 });
      });
  }
  return out;
}

// ---- Public corpora --------------------------------------------------------------------------

export interface Rated {
  text: string;
  human: number;
}

export function missingPublicFiles(dir: string): string[] {
  if (!existsSync(dir)) return [dir];
  return Object.values(PUBLIC_FILES).map((f) => join(dir, f)).filter((f) => !existsSync(f));
}

/** The paper's protocol: the top and bottom quartile by normalised score (polite = 1); the middle half is only fitted to. */
export function politenessQuartiles(dir: string, file: string): { rows: number; polite: string[]; impolite: string[]; middle: Rated[] } {
  const rows = parseCsv(readFileSync(join(dir, file), 'utf8'))
    .map((r) => ({ text: r.Request, human: Number(r['Normalized Score']) }))
    .filter((r) => r.text && Number.isFinite(r.human));
  const sorted = [...rows].sort((a, b) => a.human - b.human);
  const q = Math.floor(sorted.length / 4);
  return { rows: rows.length, impolite: sorted.slice(0, q).map((r) => r.text), polite: sorted.slice(sorted.length - q).map((r) => r.text), middle: sorted.slice(q, sorted.length - q) };
}

export function formalitySentences(dir: string): Rated[] {
  return parseCsv(readFileSync(join(dir, PUBLIC_FILES.formality), 'utf8'))
    .map((r) => ({ text: r.sentence, human: Number(r.avg_score) }))
    .filter((r) => r.text && Number.isFinite(r.human));
}

export interface EnronEmail extends DraftInput {
  id: string;
  formality: number;
  /** Both annotators found a request in it. */
  request: boolean | undefined;
}

/** Enron emails with a usable formality label (0, "not usable", is skipped). */
export function enronEmails(dir: string): EnronEmail[] {
  return parseCsv(readFileSync(join(dir, PUBLIC_FILES.enron), 'utf8'))
    .filter((r) => Number(r.formality) >= 1)
    .map((r) => {
      const { subject, body, incoming } = splitRawEmail(r.email);
      const annotated = r.request_1 !== '' && r.request_2 !== '';
      return { id: r.id, formality: Number(r.formality), request: annotated ? r.request_1 === '1' && r.request_2 === '1' : undefined, subject, body, incoming };
    });
}

// Where the writer's own text ends and the quoted or forwarded message begins.
const QUOTE_STARTS = [
  /^[ \t]*-{2,}\s*Original Message\s*-{2,}/im,
  /^[ \t]*-{2,}\s*Forwarded by/im,
  /^[ \t]*-{2,}\s*Forwarded message/im,
  /^[ \t]*From:[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:Sent|Date|To):/im,
  /^[^\n]*@[^\n]*\n?[^\n]*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M/im,
  /^[^\n]*\bwrote:\s*$/im,
  /^>/m,
];

/** Headers up to the first blank line (the subject kept), then the body, split at the first quote marker. */
export function splitRawEmail(raw: string): { subject: string; body: string; incoming: string } {
  const text = raw.replace(/\r\n/g, '\n');
  const blank = text.indexOf('\n\n');
  const headers = blank >= 0 ? text.slice(0, blank) : '';
  let rest = blank >= 0 ? text.slice(blank + 2) : text;
  if (/quoted-printable/i.test(headers)) rest = rest.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
  const subject = /^Subject:[ \t]*(.*)$/im.exec(headers)?.[1]?.trim() ?? '';
  let cut = rest.length;
  for (const re of QUOTE_STARTS) {
    const m = re.exec(rest);
    if (m && m.index < cut) cut = m.index;
  }
  return { subject, body: rest.slice(0, cut).trim(), incoming: rest.slice(cut).trim() };
}

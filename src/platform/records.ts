// Progress, privately: one record per email that went (sent, or its compose closed with text in it).
// A record holds numbers and ids only: when, where, for whom, the scores and how often each rule
// came up. Never the draft's text, its subject or an address (tests/unit/records.test.ts).
import type { Language, Report } from '../core/types';
import type { Audience } from '../engine/audience';

export interface EmailRecord {
  /** When the email went (ms since 1970). */
  at: number;
  /** gmail, outlook, or the site id the coach used. */
  site: string;
  audience: Audience;
  newContact: boolean;
  language: Language;
  words: number;
  scores: { empathy: number; clarity: number; professionalism: number; overall: number };
  /** Warnings and errors the email still had when it went. */
  warnings: number;
  /** Rule id → how many findings of it the email had. */
  counts: Record<string, number>;
}

/** Records older than this go by themselves. */
export const KEEP_MS = 365 * 24 * 3600 * 1000;

export function makeRecord(report: Report, context: { at: number; site: string; audience?: Audience; newContact?: boolean; ignored?: readonly string[] }, key: (f: Report['findings'][number]) => string): EmailRecord {
  const ignored = new Set(context.ignored ?? []);
  const findings = report.findings.filter((f) => !ignored.has(key(f)));
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  const { empathy, clarity, professionalism, overall } = report.scores;
  return {
    at: context.at,
    site: context.site,
    audience: context.audience ?? 'unknown',
    newContact: context.newContact ?? false,
    language: report.language,
    words: report.stats.words,
    scores: { empathy, clarity, professionalism, overall },
    warnings: findings.filter((f) => f.severity !== 'info').length,
    counts,
  };
}

/** The records still kept at `now`, oldest first. */
export function prune(records: readonly EmailRecord[], now: number): EmailRecord[] {
  return records.filter((r) => now - r.at < KEEP_MS).sort((a, b) => a.at - b.at);
}

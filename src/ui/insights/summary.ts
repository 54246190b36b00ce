// What the Insights page shows, worked out from the records: scores per week per category, the
// rules that come up most (and whether they are falling), the streak of emails with no warnings,
// and the CSV export. Pure, so it is tested without a browser.
import type { EmailRecord } from '../../platform/records';

export const CATEGORIES = ['empathy', 'clarity', 'professionalism', 'overall'] as const;
export type ScoreKey = (typeof CATEGORIES)[number];

export interface Week {
  /** Monday 00:00 local time of the week. */
  start: number;
  emails: number;
  scores: Record<ScoreKey, number>;
}

const DAY = 24 * 3600 * 1000;

export function weekStart(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** Average scores per week, oldest first; weeks without email are left out. */
export function weeks(records: readonly EmailRecord[]): Week[] {
  const by = new Map<number, EmailRecord[]>();
  for (const r of records) {
    const w = weekStart(r.at);
    by.set(w, [...(by.get(w) ?? []), r]);
  }
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, list]) => ({
      start,
      emails: list.length,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(list.reduce((n, r) => n + r.scores[c], 0) / list.length)])) as Record<ScoreKey, number>,
    }));
}

export interface RuleTrend {
  rule: string;
  total: number;
  /** Findings per email in the last four weeks and the four before (undefined: no email then). */
  recent?: number;
  before?: number;
  trend: 'falling' | 'rising' | 'steady' | 'new';
}

/** The rules that come up most, with whether they come up less in the last four weeks than before. */
export function topRules(records: readonly EmailRecord[], now: number, limit = 8): RuleTrend[] {
  const totals = new Map<string, number>();
  for (const r of records) for (const [rule, n] of Object.entries(r.counts)) totals.set(rule, (totals.get(rule) ?? 0) + n);
  const recent = records.filter((r) => now - r.at < 28 * DAY);
  const before = records.filter((r) => now - r.at >= 28 * DAY && now - r.at < 56 * DAY);
  const rate = (list: readonly EmailRecord[], rule: string) => (list.length ? list.reduce((n, r) => n + (r.counts[rule] ?? 0), 0) / list.length : undefined);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([rule, total]) => {
      const a = rate(recent, rule);
      const b = rate(before, rule);
      const trend = a === undefined || b === undefined ? 'new' : a < b * 0.9 ? 'falling' : a > b * 1.1 ? 'rising' : 'steady';
      return { rule, total, recent: a, before: b, trend };
    });
}

/** Emails in a row, most recent first, that went with no warning; and the longest such run. */
export function streaks(records: readonly EmailRecord[]): { current: number; best: number } {
  let current = 0;
  let run = 0;
  let best = 0;
  let open = true;
  for (const r of [...records].sort((a, b) => b.at - a.at)) {
    if (r.warnings === 0) {
      run++;
      if (open) current = run;
    } else {
      open = false;
      run = 0;
    }
    best = Math.max(best, run);
  }
  return { current, best };
}

const HEADER = ['date', 'site', 'audience', 'new_contact', 'language', 'words', 'empathy', 'clarity', 'professionalism', 'overall', 'warnings', 'rules'];

/** One line per email; rules as "id:count" separated by spaces. Dates in ISO 8601 (UTC). */
export function toCsv(records: readonly EmailRecord[]): string {
  const cell = (v: string | number | boolean) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = records.map((r) =>
    [new Date(r.at).toISOString(), r.site, r.audience, r.newContact, r.language, r.words, r.scores.empathy, r.scores.clarity, r.scores.professionalism, r.scores.overall, r.warnings, Object.entries(r.counts).map(([k, n]) => `${k}:${n}`).join(' ')].map(cell).join(','),
  );
  return [HEADER.join(','), ...rows].join('\n') + '\n';
}

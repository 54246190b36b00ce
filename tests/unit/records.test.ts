// Records of emails that went: numbers and ids only, never the draft's text, subject or addresses;
// and what the Insights page makes of them.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { findingKey } from '../../src/platform/messages';
import { KEEP_MS, makeRecord, prune, type EmailRecord } from '../../src/platform/records';
import { streaks, toCsv, topRules, weekStart, weeks } from '../../src/ui/insights/summary';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 10, 24, 12);

function record(daysAgo: number, warnings: number, counts: Record<string, number> = {}, overall = 70): EmailRecord {
  return { at: NOW - daysAgo * DAY, site: 'gmail', audience: 'client', newContact: false, language: 'en', words: 40, scores: { empathy: overall, clarity: overall, professionalism: overall, overall }, warnings, counts };
}

describe('records', () => {
  it('never contain the draft\'s text, its subject or its addresses', () => {
    const drafts = [
      { body: 'hey Zebedee,\n\nPer my last email, i need the Quixotic contract ASAP!!! You failed to send it. Call me on +372 5555 1234.\n\nthx', subject: 'Project Zephyrine', incoming: 'Dear Mia, the Xylophone invoice is wrong.' },
      { body: 'Tere, Zebedee! Kas sa saad Quixotic lepingu homme saata? Aitäh!', subject: 'Leping Zephyrine' },
    ];
    const addresses = ['zebedee@quixotic-corp.com', 'mia@example.org'];
    for (const d of drafts) {
      const report = analyze(d);
      expect(report.findings.length).toBeGreaterThan(0);
      const rec = makeRecord(report, { at: NOW, site: 'gmail', audience: 'client', newContact: true }, findingKey);
      const json = JSON.stringify(rec);
      for (const secret of ['Zebedee', 'Quixotic', 'Zephyrine', 'Xylophone', '5555', 'quixotic-corp', 'zebedee@', 'mia@', 'ASAP', 'failed']) expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
      // Only these fields, each a number, a boolean, an id or a rule → count map.
      expect(Object.keys(rec).sort()).toEqual(['at', 'audience', 'counts', 'language', 'newContact', 'scores', 'site', 'warnings', 'words']);
      for (const [rule, n] of Object.entries(rec.counts)) {
        expect(report.findings.some((f) => f.rule === rule)).toBe(true);
        expect(typeof n).toBe('number');
      }
    }
  });

  it('counts what the user had not ignored', () => {
    const report = analyze({ body: 'Per my last email, I need it ASAP.' });
    const all = makeRecord(report, { at: NOW, site: 'gmail' }, findingKey);
    const first = report.findings[0];
    const less = makeRecord(report, { at: NOW, site: 'gmail', ignored: [findingKey(first)] }, findingKey);
    expect(less.counts[first.rule] ?? 0).toBe((all.counts[first.rule] ?? 0) - 1);
  });

  it('go by themselves after a year', () => {
    const kept = prune([record(400, 0), record(10, 1), record(364, 2)], NOW);
    expect(kept.map((r) => r.warnings)).toEqual([2, 1]);
    expect(KEEP_MS).toBe(365 * DAY);
  });
});

describe('insights', () => {
  it('averages scores per week, Monday to Sunday', () => {
    const list = [record(0, 0, {}, 80), record(1, 0, {}, 60), record(14, 0, {}, 50)];
    const w = weeks(list);
    expect(w.map((x) => x.emails)).toEqual([1, 2]);
    expect(w[1].scores.overall).toBe(70);
    expect(new Date(weekStart(NOW)).getDay()).toBe(1);
  });

  it('ranks the rules that come up most and says whether they are falling', () => {
    const list = [record(40, 2, { 'clarity/vague-deadline': 2 }), record(35, 1, { 'clarity/vague-deadline': 1, 'empathy/blame': 1 }), record(3, 1, { 'empathy/blame': 1 }), record(2, 0, {})];
    const top = topRules(list, NOW);
    expect(top[0]).toMatchObject({ rule: 'clarity/vague-deadline', total: 3, trend: 'falling' });
    expect(top[1]).toMatchObject({ rule: 'empathy/blame', total: 2, trend: 'steady' });
  });

  it('counts the streak of emails with no warnings', () => {
    expect(streaks([record(5, 0), record(4, 2), record(3, 0), record(2, 0), record(1, 0)])).toEqual({ current: 3, best: 3 });
    expect(streaks([record(3, 0), record(2, 0), record(1, 1)])).toEqual({ current: 0, best: 2 });
  });

  it('exports CSV with a header and one line per email', () => {
    const csv = toCsv([record(1, 2, { 'clarity/vague-deadline': 2, 'empathy/blame': 1 })]);
    const [head, line] = csv.trim().split('\n');
    expect(head).toBe('date,site,audience,new_contact,language,words,empathy,clarity,professionalism,overall,warnings,rules');
    expect(line).toBe(`${new Date(NOW - DAY).toISOString()},gmail,client,false,en,40,70,70,70,70,2,clarity/vague-deadline:2 empathy/blame:1`);
  });
});

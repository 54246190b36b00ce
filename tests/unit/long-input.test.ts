// Guards against work that grows with the square of the input. Each case is big enough that a
// quadratic step would take minutes, and linear code finishes in about a second; the timeouts only
// catch a hang. Speed figures come from `npm run bench`, never from here.
import { describe, expect, it } from 'vitest';
import { formatText, positions } from '../../src/cli/format';
import type { Finding, Report } from '../../src/core/types';
import { analyze, applyEdits, builtInPack, withIgnored } from '../../src/engine';

const LINE = 'Send it ASAP.\n'; // "ASAP" at column 9 of every line

function reportOf(findings: Finding[]): Report {
  const scores = { empathy: 0, clarity: 0, professionalism: 0, politeness: 0, overall: 0 };
  const stats = { words: 0, sentences: 0, paragraphs: 0, questions: 0, exclamations: 0, readingGrade: 0, avgSentenceWords: 0, longestSentenceWords: 0 };
  return { version: 1, pack: 'standard', language: 'en', scores, stats, findings };
}

function asapFindings(lines: number): Finding[] {
  return Array.from({ length: lines }, (_, i) => {
    const start = i * LINE.length + 8;
    const edit = { start, end: start + 4, text: 'by Friday' };
    return { rule: 'clarity/vague-deadline', category: 'clarity', severity: 'warning', start, end: start + 4, text: 'ASAP', message: '“ASAP” is not a date', explanation: '', suggestions: [{ label: 'Give a date', safe: true, edits: [edit] }] };
  });
}

describe('long drafts stay linear', { timeout: 20_000 }, () => {
  it('the text report places 300,000 findings in a 4 MB draft', () => {
    const lines = 300_000;
    const out = formatText(reportOf(asapFindings(lines)), LINE.repeat(lines), 'long.txt', false);
    expect(out).toContain(`\n  1:9     warning  “ASAP” is not a date`);
    expect(out).toContain(`\n  ${lines}:9 `);
  });

  it('fix applies 300,000 edits to a 4 MB draft', () => {
    const lines = 300_000;
    const edits = asapFindings(lines).map((f) => f.suggestions[0].edits[0]);
    expect(applyEdits(LINE.repeat(lines), edits)).toBe('Send it by Friday.\n'.repeat(lines));
  });

  it('a pack’s never-flag phrases are found once, not once per finding', () => {
    const pack = withIgnored(builtInPack('standard'), ['asap']);
    const report = analyze({ body: LINE.repeat(40_000) }, pack);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.rule === 'clarity/vague-deadline')).toEqual([]);
  });

  it('a draft of 100,000 short questions', () => {
    const report = analyze({ body: 'Is it ready?\n\n'.repeat(100_000) });
    expect(report.stats.questions).toBe(100_000);
  });
});

describe('positions', () => {
  it('gives line and column from 1, counting UTF-16 code units', () => {
    const at = positions('ab\n\ncd 🙏 e\n');
    expect([0, 1, 2, 3, 4, 7, 9, 11, 12].map((o) => at(o))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 3, column: 4 },
      { line: 3, column: 6 },
      { line: 3, column: 8 },
      { line: 4, column: 1 },
    ]);
  });
});

// Property: a suggestion marked safe keeps every name, number, date, time, amount, URL and email
// address of the draft, over many generated drafts full of things the rules rewrite.
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, fixDraft } from '../../src/engine';

const NAMES = ['Anna Tamm', 'John Smith', 'Acme Ltd', 'Tallinn', 'Priya', 'Mr. Okafor', 'JP Morgan', 'Friday', 'March'];
const VALUES = ['3 March', '14:30', '9 am', '€1,250.00', '$40', '12%', '2026-12-01', 'https://example.com/a?b=1', 'anna@example.org', 'INV-2231', '+372 5555 1234', '15/04'];
const TEMPLATES = [
  'hey {name},',
  'Per my last email, {name} needs the invoice {value} ASAP!!!',
  'You failed to send {value} to {name}.',
  'I just think maybe we could possibly move the call with {name} to {value}.',
  'Due to the fact that {name} is away, in order to finish we need {value}.',
  'Obviously the file for {name} is attached :) and it costs {value}.',
  "i'm gonna send {value} to {name} tmrw, thx",
  'PLEASE CALL {name} ABOUT {value} TODAY',
  'Sorry to bother you, but could {name} confirm {value}?',
  'Just checking in on {value} for {name}.',
  'Send me the report for {name} by {value}.',
  'Simply open {value} and reply to {name}!!',
  'It is not unlikely that {name} pays {value}.',
  'Does that make sense?',
  'Great news! {name} signed! We start {value}! Thanks!',
  'The SLA with {name} starts on {value}, and the team will review the contract, and the budget will be shared with finance, and {name} will get a copy of every page that we change before the launch.',
  'Sorry for the delay. I am so sorry. My apologies to {name} about {value}.',
  'Cheers,\n{name}',
  'Best regards,\n{name}',
];

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

function draft(seed: number): { body: string; names: string[]; values: string[] } {
  const r = rng(seed);
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const names: string[] = [];
  const values: string[] = [];
  const lines = Array.from({ length: 3 + Math.floor(r() * 6) }, () =>
    pick(TEMPLATES)
      .replace(/\{name\}/g, () => (names.push(pick(NAMES)), names[names.length - 1]))
      .replace(/\{value\}/g, () => (values.push(pick(VALUES)), values[values.length - 1])),
  );
  return { body: lines.join(r() < 0.5 ? '\n\n' : ' '), names, values };
}

function keeps(before: string, after: string, names: string[], values: string[]): string[] {
  const missing: string[] = [];
  // Names may change case (a shouted "ANNA" becomes "anna") but never disappear.
  for (const n of names) if (!after.toLowerCase().includes(n.toLowerCase())) missing.push(n);
  for (const v of values) if (before.includes(v) && !after.includes(v)) missing.push(v);
  return missing;
}

describe('safe suggestions keep names, numbers, dates, amounts, URLs and addresses', () => {
  const drafts = Array.from({ length: 300 }, (_, i) => draft(i + 1));

  it('each safe suggestion alone', () => {
    let checked = 0;
    for (const d of drafts) {
      for (const pack of ['standard', 'strict'] as const) {
        const report = analyze({ body: d.body }, pack);
        for (const f of report.findings) {
          for (const s of f.suggestions.filter((x) => x.safe)) {
            const after = applyEdits(d.body, s.edits);
            expect(keeps(d.body, after, d.names, d.values), `${f.rule}: ${JSON.stringify(s)} in ${JSON.stringify(d.body)}`).toEqual([]);
            expect(after.includes('[['), f.rule).toBe(false);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('all safe suggestions together (fix)', () => {
    for (const d of drafts) {
      const after = fixDraft({ body: d.body }, 'strict');
      expect(keeps(d.body, after, d.names, d.values), JSON.stringify(d.body)).toEqual([]);
    }
  });

  it('suggestions that need input are never marked safe', () => {
    for (const d of drafts.slice(0, 100)) {
      for (const f of analyze({ body: d.body }, 'strict').findings) {
        for (const s of f.suggestions) if (s.edits.some((e) => e.text.includes('[['))) expect(s.safe, f.rule).toBe(false);
      }
    }
  });

  it('edits of one suggestion never overlap and stay inside the draft', () => {
    for (const d of drafts.slice(0, 100)) {
      for (const f of analyze({ body: d.body }, 'strict').findings) {
        for (const s of f.suggestions) {
          const sorted = [...s.edits].sort((a, b) => a.start - b.start);
          sorted.forEach((e, i) => {
            expect(e.start).toBeGreaterThanOrEqual(0);
            expect(e.end).toBeLessThanOrEqual(d.body.length);
            if (i) expect(sorted[i - 1].end).toBeLessThanOrEqual(e.start);
          });
        }
      }
    }
  });
});

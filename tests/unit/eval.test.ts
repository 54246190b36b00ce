// The evaluation script on a tiny data set shaped like ../shared/eval (npm test never needs the real data).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/csv';
import { auc, spearman } from '../../scripts/metrics';
import { analyze } from '../../src/engine';
import { fnv1a, loadEmails, splitRawEmail } from '../../scripts/data';
import { fitLogistic } from '../../scripts/model';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/eval.ts', ...args], { encoding: 'utf8' });

describe('metrics', () => {
  it('AUC counts ties as half and Spearman handles ties', () => {
    expect(auc([3, 4], [1, 2])).toBe(1);
    expect(auc([1, 2], [3, 4])).toBe(0);
    expect(auc([2], [2])).toBe(0.5);
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
  });

  it('reads CSV with quotes, doubled quotes and line breaks inside fields', () => {
    expect(parseCsv('a,b\n"x, ""y""","line\nbreak"\n')).toEqual([{ a: 'x, "y"', b: 'line\nbreak' }]);
  });
});

describe('politeness score', () => {
  it('is a number for every text, including words that name object properties', () => {
    for (const t of ['constructor', 'toString __proto__ hasOwnProperty', '', '???']) expect(Number.isFinite(analyze({ body: t }).scores.politeness), t).toBe(true);
  });
});

describe('own email set', () => {
  const emails = loadEmails();
  it('has at least 200 labelled drafts, a good share in Estonian, and labels that fit the text', () => {
    expect(emails.length).toBeGreaterThanOrEqual(200);
    expect(emails.filter((e) => e.lang === 'et').length).toBeGreaterThanOrEqual(40);
    for (const e of emails) {
      expect(e.mustFlag.filter((c) => e.mustClean.includes(c)), e.id).toEqual([]);
      for (const s of e.spans ?? []) expect(e.body, e.id).toContain(s.text);
      for (const k of e.keep ?? []) expect(e.body, e.id).toContain(k);
      if (e.kind === 'reply') expect(e.incoming, e.id).toBeTruthy();
    }
    expect(new Set(emails.map((e) => e.id)).size).toBe(emails.length);
  });

  it('splits development and held-out parts by situation, so a good/flawed pair never straddles them', () => {
    const held = emails.filter((e) => e.heldOut);
    expect(held.length / emails.length).toBeGreaterThan(0.1);
    expect(held.length / emails.length).toBeLessThan(0.35);
    for (const e of emails) expect(e.heldOut).toBe(fnv1a(e.situation) % 5 === 0);
    const devSituations = new Set(emails.filter((e) => !e.heldOut).map((e) => e.situation));
    for (const e of held) expect(devSituations.has(e.situation)).toBe(false);
  });
});

describe('Enron emails', () => {
  it('splits the quoted or forwarded message off as the incoming message', () => {
    const raw = 'Message-ID: <1>\nSubject: Re: lunch\nContent-Type: text/plain\n\nSounds good, see you at noon.\n\n -----Original Message-----\nFrom: Bob\nSent: Monday\n\nLunch tomorrow?';
    expect(splitRawEmail(raw)).toEqual({ subject: 'Re: lunch', body: 'Sounds good, see you at noon.', incoming: '-----Original Message-----\nFrom: Bob\nSent: Monday\n\nLunch tomorrow?' });
    const forwarded = 'Subject: FW\n\nFYI\n---------------------- Forwarded by Jeff Skilling/HOU/ECT on 05/10/2000 ---------------------------\nThe memo.';
    expect(splitRawEmail(forwarded).body).toBe('FYI');
  });
});

describe('fitting', () => {
  it('fits a logistic model that separates separable data, the same way every time', () => {
    const X = [[0], [0.2], [0.4], [1], [1.2], [1.4]];
    const y = [0, 0, 0, 1, 1, 1];
    const w = y.map(() => 1);
    const a = fitLogistic(X, y, w, 0.01);
    expect(a[0]).toBeGreaterThan(2);
    expect(fitLogistic(X, y, w, 0.01)).toEqual(a);
  });
});

describe('npm run eval', () => {
  it('prints the tables for a data folder given with --data, and JSON with --json', () => {
    const text = run('--data', 'tests/fixtures/eval');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/\| Wikipedia politeness \| 8 \(4 in quartiles\) \| AUC \/ accuracy \| 1 \/ 100 %/);
    expect(text.stdout).toMatch(/Email sentences/);
    expect(text.stdout).toMatch(/\| clarity\/vague-deadline \|/);
    const json = JSON.parse(run('--data', 'tests/fixtures/eval', '--json').stdout);
    expect(json.politeness.stackExchange.full.auc).toBe(1);
    expect(json.formality.full.spearman).toBeGreaterThan(0.8);
    // Formality 0 (not usable) is skipped; both annotators found a request in two of the rest.
    expect(json.enron.full.rows).toBe(5);
    expect(json.enron.full.requestEmails).toBe(2);
    expect(json.own.split.development + json.own.split.heldOut).toBeGreaterThanOrEqual(200);
    expect(json.own.development.cv.categoryAuc.empathy).toBeGreaterThan(0.5);
  }, 60_000);

  it('npm run fit refuses to fit without the development data, and says where it looked', () => {
    const r = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/fit.ts', '--data', 'no/such/folder', '--out', 'node_modules/.cache/model-test.json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/development data is missing .*no\/such\/folder.*--data DIR/s);
  });

  it('says clearly when the data folder is missing', () => {
    const r = run('--data', 'no/such/folder');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no evaluation data at .*no\/such\/folder.*--data DIR/s);
    expect(r.stderr).not.toMatch(/at .*\.mjs:\d+/);
  });
});

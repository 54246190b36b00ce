// The evaluation script on a tiny data set shaped like ../shared/eval (npm test never needs the real data).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/csv';
import { auc, spearman } from '../../scripts/metrics';
import { politenessScore } from '../../src/engine/politeness';

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
    for (const t of ['constructor', 'toString __proto__ hasOwnProperty', '', '???']) expect(Number.isFinite(politenessScore(t, 0)), t).toBe(true);
  });
});

describe('npm run eval', () => {
  it('prints the table for a data folder given with --data, and JSON with --json', () => {
    const text = run('--data', 'tests/fixtures/eval');
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/\| Wikipedia \| 8 \(4\) \| 1\.000 \| 100\.0 %/);
    expect(text.stdout).toMatch(/Email sentences/);
    const json = JSON.parse(run('--data', 'tests/fixtures/eval', '--json').stdout);
    expect(json.politeness.stackExchange.auc).toBe(1);
    expect(json.formality.spearman).toBeGreaterThan(0.8);
  });

  it('says clearly when the data folder is missing', () => {
    const r = run('--data', 'no/such/folder');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no evaluation data at .*no\/such\/folder.*--data DIR/s);
    expect(r.stderr).not.toMatch(/at .*\.mjs:\d+/);
  });
});

// Golden tests for the command line: exactly what a user sees in text and JSON, plus exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = fileURLToPath(new URL('./cli/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/tone-coach.mjs', ...args], { cwd: root, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function golden(name: string, actual: string) {
  const path = dir + name;
  if (update || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

beforeAll(() => {
  // Test the bundle users run, built from the current source.
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
});

describe('tone-coach check', () => {
  it('prints a readable report (golden)', () => {
    const r = run(['check', 'tests/unit/cli/draft.txt']);
    expect(r.code).toBe(0);
    golden('draft.text.golden', r.stdout);
    for (const c of ['empathy/', 'clarity/', 'professionalism/']) expect(r.stdout).toContain(c);
  });

  it('prints the JSON report (golden)', () => {
    const r = run(['check', 'tests/unit/cli/draft.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    golden('draft.json.golden', r.stdout);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(new Set(report.findings.map((f: { category: string }) => f.category)).size).toBe(3);
  });

  it('reads standard input and takes --incoming and --pack', () => {
    const body = 'Hi Anna,\n\nThe corrected invoice is attached.\n\nBest regards,\nMia';
    const calm = JSON.parse(run(['check', '-', '--format', 'json'], body).stdout);
    const upset = JSON.parse(run(['check', '--incoming', 'tests/unit/cli/angry-incoming.txt', '--format', 'json', '--pack', 'strict'], body).stdout);
    expect(calm.findings).toEqual([]);
    expect(upset.pack).toBe('strict');
    expect(upset.findings.map((f: { rule: string }) => f.rule)).toContain('empathy/unacknowledged-feelings');
  });

  it('checks many drafts in one process with jsonl, naming bad lines and going on', () => {
    const r = run(['check', 'tests/unit/cli/drafts.jsonl', '--format', 'jsonl']);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'c']);
    expect(lines[1].findings.map((f: { rule: string }) => f.rule)).toContain('empathy/unacknowledged-feelings');
    expect(r.stderr).toContain('line 2: invalid JSON');
    expect(r.stderr).toContain('line 4: expected an object with a string "body"');
  });

  it.each([
    [['check', 'no-such-file.txt'], /no file “no-such-file.txt”/],
    [['check', 'tests/unit/cli/draft.txt', '--pack', 'tests/unit/cli/draft.txt'], /not valid JSON/],
    [['check', '--format', 'xml'], /--format must be/],
    [['shout'], /Unknown command/],
    [[], /Usage/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const r = run(args as string[], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.mjs:\d+/);
  });
});

describe('tone-coach fix', () => {
  it('prints the draft with every safe suggestion applied (golden)', () => {
    const r = run(['fix', 'tests/unit/cli/draft.txt']);
    expect(r.code).toBe(0);
    golden('draft.fixed.golden', r.stdout);
    expect(r.stdout).toContain('Because the client is waiting');
    expect(r.stdout).toContain('ASAP'); // needs the user's date: left alone
  });
});

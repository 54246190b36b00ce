// Golden tests for the command line: exactly what a user sees in text and JSON, plus exit codes,
// and what it says about input that is not a draft. Tests run the bundle, concurrently.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = fileURLToPath(new URL('./cli/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

/** Runs the command line with `input` on standard input (none: an empty pipe). */
function run(args: string[], input: string | Buffer = '', env: NodeJS.ProcessEnv = { NO_COLOR: '1' }): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/tone-coach.mjs', ...args], { cwd: root, env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.stdin.on('error', () => undefined); // the command may stop reading early (a refused input)
    child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
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

describe.concurrent('tone-coach check', { timeout: 30_000 }, () => {
  it('prints a readable report (golden)', async () => {
    const r = await run(['check', 'tests/unit/cli/draft.txt']);
    expect(r.code).toBe(0);
    golden('draft.text.golden', r.stdout);
    for (const c of ['empathy/', 'clarity/', 'professionalism/']) expect(r.stdout).toContain(c);
  });

  it('prints the JSON report (golden)', async () => {
    const r = await run(['check', 'tests/unit/cli/draft.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    golden('draft.json.golden', r.stdout);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(new Set(report.findings.map((f: { category: string }) => f.category)).size).toBe(3);
  });

  it('reads standard input and takes --incoming and --pack', async () => {
    const body = 'Hi Anna,\n\nThe corrected invoice is attached.\n\nBest regards,\nMia';
    const calm = JSON.parse((await run(['check', '-', '--format', 'json'], body)).stdout);
    const upset = JSON.parse((await run(['check', '--incoming', 'tests/unit/cli/angry-incoming.txt', '--format', 'json', '--pack', 'strict'], body)).stdout);
    expect(calm.findings).toEqual([]);
    expect(upset.pack).toBe('strict');
    expect(upset.findings.map((f: { rule: string }) => f.rule)).toContain('empathy/unacknowledged-feelings');
  });

  it('checks many drafts in one process with jsonl, naming bad lines and going on', async () => {
    const r = await run(['check', 'tests/unit/cli/drafts.jsonl', '--format', 'jsonl']);
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // One output line per input line: reports, and error records in their place.
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c', 'd']);
    expect(lines[1]).toEqual({ id: 2, line: 2, error: expect.stringMatching(/^invalid JSON/) });
    expect(lines[3]).toEqual({ id: 'd', line: 4, error: 'expected an object with a string "body"' });
    expect(lines[2].findings.map((f: { rule: string }) => f.rule)).toContain('empathy/unacknowledged-feelings');
    expect(r.stderr).toContain('line 2: invalid JSON');
    expect(r.stderr).toContain('line 4: expected an object with a string "body"');
  });

  it.each([
    [['check', 'no-such-file.txt'], /no file “no-such-file.txt”/],
    [['check', 'tests/unit/cli/draft.txt', '--pack', 'tests/unit/cli/draft.txt'], /not valid JSON/],
    [['check', '--format', 'xml'], /--format must be/],
    [['shout'], /Unknown command/],
    [[], /Usage/],
  ])('exits 2 with a clear message for %j', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.mjs:\d+/);
  });
});

describe.concurrent('tone-coach fix', { timeout: 30_000 }, () => {
  it('prints the draft with every safe suggestion applied (golden)', async () => {
    const r = await run(['fix', 'tests/unit/cli/draft.txt']);
    expect(r.code).toBe(0);
    golden('draft.fixed.golden', r.stdout);
    expect(r.stdout).toContain('Because the client is waiting');
    expect(r.stdout).toContain('ASAP'); // needs the user's date: left alone
    expect(r.stderr).toMatch(/suggestions need your input or a second look and were not applied/);
  });

  it('exits 1 while the output still holds a [[placeholder]], unless --allow-slots', async () => {
    const draft = 'Hi Tom,\n\nCould you send the deck by [[date]]? Thanks!!!\n\nBest,\nMia\n';
    const r = await run(['fix', '-'], draft);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(draft.replace('!!!', '!'));
    expect(r.stderr).toContain('the output still holds 1 placeholder ([[…]]) to fill in before sending');
    expect((await run(['fix', '-', '--allow-slots'], draft)).code).toBe(0);
    expect((await run(['fix', '-'], draft.replace('[[date]]', 'Friday'))).code).toBe(0);
  });

  it('says on standard error which rewrite it held back and the finding it would have raised', async () => {
    const draft = 'Saada mulle SPF ASAP!!!\n\nSaada mulle 3 March ASAP!!!\n\nTervitades\nAnna Tamm Tsau John Smith!\n\nTee see ära ja saada March kohta €1,250.00 varsti.';
    const r = await run(['fix', '-'], draft);
    expect(r.stdout).toContain('Palun saada mulle SPF');
    expect(r.stderr).toContain('tone-coach fix: held back the rewrite of “Saada” (empathy/et-no-please): together with the others it would raise “Pöördumine puudub” (professionalism/missing-greeting).');
  });
});

describe.concurrent('help and version', { timeout: 30_000 }, () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the usage on standard output and exits 0', async (flag) => {
    const r = await run([flag]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: tone-coach COMMAND/);
    for (const c of ['check', 'fix', '--version']) expect(r.stdout).toContain(c);
  });

  it.each([
    [['check', '--help'], ['Usage: tone-coach check', '--format text|json|jsonl', '--lang', '--encoding']],
    [['fix', '-h'], ['Usage: tone-coach fix', '--pack', '--incoming']],
    [['help', 'check'], ['Usage: tone-coach check']],
  ])('%j prints that command’s own help', async (args, parts) => {
    const r = await run(args);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    for (const p of parts) expect(r.stdout).toContain(p);
  });

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['check', '--shout'], 'tone-coach: Unknown option “--shout”. See `tone-coach check --help`.'],
    [['check', '--pack'], 'tone-coach: --pack needs a value. See `tone-coach check --help`.'],
    [['fix', '--format', 'json'], 'tone-coach: Unknown option “--format”. See `tone-coach fix --help`.'],
    [['check', 'a.txt', 'b.txt'], 'tone-coach: Only one FILE can be checked at a time; got “a.txt” and “b.txt”.'],
  ])('%j is refused in one line', async (args, line) => {
    const r = await run(args);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});

describe.concurrent('input that is not a plain UTF-8 draft', { timeout: 30_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tone-coach-cli-'));
  const draft = readFileSync(join(dir, 'draft.txt'), 'utf8');
  const write = (name: string, bytes: Buffer) => {
    writeFileSync(join(tmp, name), bytes);
    return join(tmp, name);
  };
  const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

  it.each([
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(draft)])],
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(draft, 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(draft)])],
  ])('reads %s exactly like the UTF-8 draft', async (name, bytes) => {
    const file = write(`${name}.txt`, bytes);
    const r = await run(['check', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, 'draft.json.golden'), 'utf8'));
    // Standard input is decoded the same way.
    expect((await run(['fix', '-'], bytes)).stdout).toBe(readFileSync(join(dir, 'draft.fixed.golden'), 'utf8'));
  });

  it.each([
    ['a directory', () => dir, /^tone-coach: The draft “.*” is a directory; give a text file\.$/],
    ['a program', () => process.execPath, /^tone-coach: The draft “.*” is a binary file, not text\.$/],
    ['a small binary file', () => write('small.bin', Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00 text', 'latin1')), /^tone-coach: The draft “.*” is a binary file, not text\.$/],
    ['UTF-16 without a byte-order mark', () => write('bare16.txt', Buffer.from(draft, 'utf16le')), /looks like UTF-16 text without a byte-order mark/],
    ['Latin-1 text', () => write('latin1.txt', Buffer.from('Hi Sören,\n\nplease send it ASAP.\n', 'latin1')), /is not UTF-8 text \(byte 0xf6 at offset 4\).*--encoding/],
  ])('refuses %s in one clear line, checking nothing', async (_, file, message) => {
    const r = await run(['check', file()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr).not.toMatch(/EISDIR|Error:|at .*\.mjs/);
  });

  it('reads a named encoding and refuses an unknown one', async () => {
    const file = write('named.txt', Buffer.from('Hi Sören,\n\nDue to the fact that the room is booked, we meet at 10.\n', 'latin1'));
    const fixed = await run(['fix', file, '--encoding', 'windows-1252']);
    expect(fixed).toEqual({ code: 0, stdout: 'Hi Sören,\n\nBecause the room is booked, we meet at 10.\n', stderr: '' });
    const unknown = await run(['check', file, '--encoding', 'klingon']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^tone-coach: Unknown encoding “klingon”/);
  });

  it.each([
    ['an empty file', ['check', 'EMPTY'], ''],
    ['white space on standard input', ['check'], ' \n\t \r\n'],
    ['nothing on standard input for fix', ['fix', '-'], ''],
  ])('says there is nothing to check for %s', async (_, args, input) => {
    const file = write('empty.txt', Buffer.alloc(0));
    const r = await run(args.map((a) => (a === 'EMPTY' ? file : a)), input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe(''); // never "the tone looks good"
    expect(r.stderr).toMatch(/^tone-coach: Nothing to check: .* has no text\.\n$/);
  });

  it('refuses a draft over 8 MB at once instead of working on it', async () => {
    const r = await run(['check'], Buffer.alloc(9 * 1024 * 1024, 'a '));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('tone-coach: The draft on standard input is larger than 8 MB; split it into smaller drafts (one per line with --format jsonl).\n');
  });
});

describe.concurrent('jsonl: one output line for every input line', { timeout: 30_000 }, () => {
  it('answers each line in order, with the id or line number of every error', async () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"ok","body":"Send me the numbers ASAP."}\n'),
      Buffer.from('\n'),
      Buffer.from('[1, 2]\n'),
      Buffer.from('{"id": 7, "body": "  "}\n'),
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), // not UTF-8
      Buffer.from('{"id":"cut", "body": "Hi\n'),
      Buffer.from('{"body":"Thank you for the quick reply."}'), // no final newline
    ]);
    const r = await run(['check', '--format', 'jsonl'], input);
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n').slice(0, -1).map((l) => JSON.parse(l));
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ id: 'ok', version: 1 });
    expect(lines.slice(1, 6)).toEqual([
      { id: 2, line: 2, error: 'empty line; expected a JSON object' },
      { id: 3, line: 3, error: 'expected an object with a string "body"' },
      { id: 7, line: 4, error: 'nothing to check: "body" is empty' },
      { id: 5, line: 5, error: 'not UTF-8 text (JSON Lines are UTF-8)' },
      { id: 6, line: 6, error: expect.stringMatching(/^invalid JSON/) },
    ]);
    expect(lines[6]).toMatchObject({ id: 7, version: 1 });
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(5);
  });

  it('skips a line over 8 MB with an error record and goes on', async () => {
    const huge = `{"id":"big","body":"${'word '.repeat(1.8 * 1024 * 1024)}"}\n`;
    const r = await run(['check', '--format', 'jsonl'], huge + '{"id":"next","body":"Thanks, Anna."}\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([{ id: 1, line: 1, error: 'longer than 8 MB; skipped' }, expect.objectContaining({ id: 'next', version: 1 })]);
  });
});

describe.concurrent('a long draft', { timeout: 30_000 }, () => {
  const copies = 400;
  const draft = readFileSync(join(dir, 'draft.txt'), 'utf8');
  const body = `${draft}\n\n`.repeat(copies);

  it('gets its text report, with the right line numbers at the end', async () => {
    const r = await run(['check', '-'], body);
    expect(r.code).toBe(0);
    // A sentence's finding (not the greeting's) repeats in every copy.
    const [, line, column] = /^ {2}(\d+):(\d+) .*empathy\/passive-aggressive$/m.exec(readFileSync(join(dir, 'draft.text.golden'), 'utf8'))!;
    const linesPerCopy = `${draft}\n\n`.split('\n').length - 1;
    expect(r.stdout).toContain(`  ${(copies - 1) * linesPerCopy + Number(line)}:${column} `);
  });

  it('gets fixed', async () => {
    const r = await run(['fix', '-'], body);
    expect(r.code).toBe(0);
    expect(r.stdout.split('Because the client is waiting')).toHaveLength(copies + 1);
  });
});

describe('colours', () => {
  // `script` gives the command a terminal, as a user has (util-linux ships it on every Linux).
  // A user's terminal, not a CI runner: Node reports two colours when CI is set, so drop it too.
  const { NO_COLOR: _, FORCE_COLOR: __, CI: ___, ...plain } = process.env;
  const onTerminal = (env: NodeJS.ProcessEnv) =>
    execFileSync('script', ['-qec', `"${process.execPath}" bin/tone-coach.mjs check tests/unit/cli/draft.txt`, '/dev/null'], { cwd: root, env: { ...plain, TERM: 'xterm-256color', ...env }, encoding: 'utf8' });

  it.skipIf(!existsSync('/usr/bin/script'))('colours a terminal unless NO_COLOR is set, and never a pipe', async () => {
    expect(onTerminal({})).toContain('\u001b[33mwarning');
    expect(onTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[');
    expect((await run(['check', 'tests/unit/cli/draft.txt'], '', plain)).stdout).not.toContain('\u001b[');
  });

  it.skipIf(!existsSync('/usr/bin/script'))('asks for a file instead of waiting at a terminal', () => {
    const out = execFileSync('script', ['-qec', `"${process.execPath}" bin/tone-coach.mjs check; echo "exit $?"`, '/dev/null'], { cwd: root, env: plain, encoding: 'utf8', timeout: 20_000 });
    expect(out).toContain('tone-coach: No draft given: name a FILE, or pipe the draft into standard input.');
    expect(out).toContain('exit 2');
  });
});

describe('tone-coach test', { timeout: 30_000 }, () => {
  it('runs a pack’s examples: 0 when they hold, 1 naming each failure, 2 for a pack it cannot read', async () => {
    const good = await run(['test', 'tests/fixtures/packs/trainer-rules.json']);
    expect(good).toMatchObject({ code: 0, stdout: 'All 8 examples hold.\n' });
    const bad = await run(['test', 'tests/fixtures/packs/trainer-failing.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('✗ professionalism/no-worries: pass example 2 “No worries, I will check.” was flagged (“No worries”).\n1 example of 8 failed.\n');
    const broken = await run(['test', 'tests/fixtures/packs/broken.json']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/unknown rule id “clarity\/no-such-rule”/);
    expect((await run(['test', '--help'])).stdout).toMatch(/^Usage: tone-coach test PACK.json/);
  });
});

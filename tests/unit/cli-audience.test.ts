// tone-coach check --to: the recipients' audience from a trainer's pack picks the pack.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (args: string[]) => spawnSync(process.execPath, ['bin/tone-coach.mjs', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('tone-coach check --to', () => {
  let pack = '';
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
    pack = join(mkdtempSync(join(tmpdir(), 'tc-')), 'trainer.json');
    writeFileSync(pack, JSON.stringify({ name: 'Trainer', audiences: { recipients: { 'acme.com': 'client' }, packs: { client: 'strict', colleague: 'standard' } } }));
  });

  it('a client recipient gets the strict pack; the JSON report says who it is for', () => {
    const r = run(['check', 'tests/unit/cli/draft.txt', '--pack', pack, '--to', 'Anna Berg <anna@acme.com>,tom@example.org', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.pack).toBe('strict');
    expect(report.audience).toEqual({ audience: 'client', domain: 'acme.com', newContact: false, pack: 'strict' });
    expect(r.stdout).not.toContain('anna@');
  });

  it('--new-contact expects a greeting; a bad address is refused with exit 2', () => {
    const plain = run(['check', 'tests/unit/cli/draft.txt', '--to', 'x@other.com', '--new-contact']);
    expect(plain.stdout.split('\n')[0]).toBe('To: unknown (other.com), pack standard, new contact');
    const bad = run(['check', 'tests/unit/cli/draft.txt', '--to', 'not-an-address']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('is not an email address');
  });
});

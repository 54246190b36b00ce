// The documentation names every rule and its example pack loads: docs that drift fail the build.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules';
import { parsePack } from '../../src/engine';
import { rulesTable } from '../../scripts/rules-table';

const doc = readFileSync(new URL('../../docs/rule-packs.md', import.meta.url), 'utf8');

describe('docs/rule-packs.md', () => {
  it('lists every rule, in the table generated from the rule files (run `npm run docs:rules`)', () => {
    for (const r of RULES) expect(doc, r.id).toContain(`\`${r.id}\``);
    expect(doc).toContain(`<!-- rules:start -->\n${rulesTable()}\n<!-- rules:end -->`);
  });

  it('shows a full example pack that loads', () => {
    const json = /```json\n([\s\S]*?)```/.exec(doc)![1];
    const result = parsePack(json);
    expect(result.ok).toBe(true);
  });
});

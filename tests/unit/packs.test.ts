// Rule packs: built-in standard and strict, custom packs from JSON, and refusal of broken packs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, parsePack, resolvePack, withIgnored, builtInPack } from '../../src/engine';

const example = readFileSync(new URL('../../docs/examples/trainer-pack.json', import.meta.url), 'utf8');
const draft = "Hi Sam,\n\nJust checking in on the deck 🙂 I don't need it before Friday, but it would help. No worries if not.\n\nBest,\nMia";

describe('built-in packs', () => {
  it('strict finds more, and more severely, than standard', () => {
    const standard = analyze({ body: draft }, 'standard');
    const strict = analyze({ body: draft }, 'strict');
    expect(strict.pack).toBe('strict');
    expect(strict.findings.length).toBeGreaterThan(standard.findings.length);
    const sev = (r: typeof strict, id: string) => r.findings.find((f) => f.rule === id)?.severity;
    expect(sev(standard, 'professionalism/undermining')).toBe('info');
    expect(sev(strict, 'professionalism/undermining')).toBe('warning');
    expect(sev(standard, 'professionalism/emoji')).toBe('info');
    expect(sev(strict, 'professionalism/emoji')).toBe('warning');
  });
});

describe('custom packs', () => {
  it('the documented example loads and changes the analysis', () => {
    const result = parsePack(example);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const r = analyze({ body: draft }, result.pack);
    expect(r.pack).toBe('Client care (trainer)');
    expect(r.findings.find((f) => f.rule === 'professionalism/emoji')?.severity).toBe('error');
    expect(r.findings.find((f) => f.rule === 'professionalism/contraction')?.severity).toBe('info');
    const custom = r.findings.find((f) => f.rule === 'custom/no-worries')!;
    expect(custom).toMatchObject({ text: 'No worries', category: 'professionalism', severity: 'info' });
    // A phrase's rewrite keeps the case of what it replaces: at the start of a sentence it starts with a capital.
    expect(custom.suggestions[0]).toMatchObject({ safe: true, edits: [{ text: 'You are welcome' }] });
    expect(resolvePack(result.json).rules.get('clarity/long-sentence')).toEqual({ severity: 'warning', options: { maxWords: 22 } });
  });

  it('ignored phrases are never flagged', () => {
    const body = 'Hi Sam,\n\nAcme ASAP Logistics sends the parcel on Friday. I need the form ASAP.\n\nBest,\nMia';
    const texts = analyze({ body }, withIgnored(builtInPack('standard'), ['acme asap logistics'])).findings.map((f) => f.start);
    const second = body.lastIndexOf('ASAP');
    expect(texts).toContain(second);
    expect(texts).not.toContain(body.indexOf('ASAP'));
  });

  it.each([
    ['bad JSON with its line', '{\n  "name": "x",\n  "rules": { oops }\n}', /not valid JSON.*line 3/],
    ['an unknown rule id', '{"name":"x","rules":{"clarity/nope":"off"}}', /rules\.clarity\/nope.*unknown rule id/],
    ['a wrong severity', '{"name":"x","rules":{"clarity/long-sentence":"loud"}}', /rules\.clarity\/long-sentence/],
    ['a wrong option type', '{"name":"x","rules":{"clarity/long-sentence":{"options":{"maxWords":"ten"}}}}', /options\.maxWords.*expected number/],
    ['an unknown option', '{"name":"x","rules":{"clarity/long-sentence":{"options":{"max":3}}}}', /has no option “max”/],
    ['a missing name', '{"rules":{}}', /name/],
    ['an unknown top-level field', '{"name":"x","colour":"red"}', /colour/],
    ['a phrase with a bad category', '{"name":"x","phrases":[{"match":"a","category":"tone","severity":"info","message":"m"}]}', /phrases\.0\.category/],
    ['an unknown base pack', '{"name":"x","extends":"lenient"}', /extends/],
  ])('refuses %s with the field and the reason', (_name, text, error) => {
    const result = parsePack(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });

  it('refuses a pack over 1 MB', () => {
    const big = JSON.stringify({ name: 'big', description: 'x'.repeat(1024 * 1024) });
    const result = parsePack(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/larger than 1 MB/);
  });

  it('resolvePack throws with the reason instead of half-loading', () => {
    expect(() => resolvePack({ name: 'x', rules: { 'nope/nope': 'off' } } as never)).toThrow(/unknown rule id/);
    expect(() => resolvePack('lenient' as never)).toThrow(/Unknown pack/);
  });
});

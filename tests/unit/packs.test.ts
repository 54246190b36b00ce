// Rule packs: built-in standard and strict, custom packs from JSON, and refusal of broken packs.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze, parsePack, resolvePack, withIgnored, builtInPack } from '../../src/engine';
import { packExamples } from '../../src/engine/examples';
import { describeExample } from '../../src/engine/example-report';
import { importPack } from '../../src/ui/options/import-pack';
import { browserOptionsStore } from '../../src/ui/options/store';
import { effectivePack } from '../../src/platform/settings/effective';
import { DEFAULT_SETTINGS } from '../../src/platform/settings/schema';

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

  // The options page shows why a pack was refused in the interface language; the command line keeps English.
  it.each([
    ['bad JSON', '{\n  "name": "x",\n  "rules": { oops }\n}', /^Pakett ei ole korrektne JSON: .*\(rida 3, veerg \d+\)\.$/],
    ['an unknown rule id', '{"name":"x","rules":{"clarity/nope":"off"}}', /^Vigane pakett kohas „rules\.clarity\/nope“: tundmatu reegli id „clarity\/nope“\.$/],
    ['a wrong severity', '{"name":"x","rules":{"clarity/long-sentence":"loud"}}', /^Vigane pakett kohas „rules\.clarity\/long-sentence“: oodati .*"warning".*, saadi "loud"\.$/],
    ['a wrong option type', '{"name":"x","rules":{"clarity/long-sentence":{"options":{"maxWords":"ten"}}}}', /options\.maxWords“: oodati number, saadi string\.$/],
    ['an unknown option', '{"name":"x","rules":{"clarity/long-sentence":{"options":{"max":3}}}}', /reeglil „clarity\/long-sentence“ pole valikut „max“\.$/],
    ['a missing name', '{"rules":{}}', /„name“: väli "name" puudub\.$/],
    ['an empty name', '{"name":""}', /„name“: paketil peab olema nimi$/],
    ['an unknown top-level field', '{"name":"x","colour":"red"}', /„colour“: tundmatu väli "colour"\.$/],
    ['a bad rule id', '{"name":"x","rules":{"Custom/X":"off"}}', /reegli id on kujul „kategooria\/nimi“/],
    ['a capturing group', '{"name":"x","rules":{"custom/x":{"kind":"phrase","name":"n","category":"clarity","severity":"info","message":"m","explanation":"e","phrases":[{"match":"(a)"}]}}}', /kasuta püüdva grupi/],
    ['a replacement that changes a fact', '{"name":"x","rules":{"custom/x":{"kind":"phrase","name":"n","category":"clarity","severity":"info","message":"m","explanation":"e","phrases":[{"match":"250","replace":"some"}]}}}', /asendus „some“ muudaks/],
    ['not an object', '[]', /„\(ülemine tase\)“: pakett peab olema JSON-objekt\.$/],
  ])('refuses %s with an Estonian reason when asked in Estonian', (_name, text, error) => {
    const result = parsePack(text, 'et');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(error);
      // The same pack in English still names the reason in English.
      const english = parsePack(text);
      expect(!english.ok && english.error).toMatch(/^(Invalid pack at|The pack is not valid JSON)/);
    }
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

describe('trainer packs in the rule language', () => {
  const trainer = parsePack(readFileSync(new URL('../fixtures/packs/trainer-rules.json', import.meta.url), 'utf8'));
  if (!trainer.ok) throw new Error(trainer.error);
  const pack = trainer.pack;

  it('adds a pattern rule with a rewrite and an exception', () => {
    const f = analyze({ body: 'Hi Tom,\n\nNo worries, the file is attached.\n\nBest regards,\nMia' }, pack).findings.find((x) => x.rule === 'professionalism/no-worries');
    expect(f).toMatchObject({ text: 'No worries', severity: 'warning', message: '“No worries” is casual; “you are welcome” suits a client better.' });
    expect(f!.suggestions[0]).toMatchObject({ label: 'Use “You are welcome”', edits: [{ text: 'You are welcome' }] });
    expect(analyze({ body: 'There are no worries at all.' }, pack).findings.map((x) => x.rule)).not.toContain('professionalism/no-worries');
  });

  it('adds a rule that applies only when the incoming message is upset', () => {
    const body = 'Hello Anna, it was not our fault, the bank changed the format.';
    const rules = (incoming: string) => analyze({ body, incoming }, pack).findings.map((x) => x.rule);
    expect(rules('I am really frustrated, the invoice is wrong again.')).toContain('empathy/sorry-first');
    expect(rules('Could you send the invoice?')).not.toContain('empathy/sorry-first');
    expect(rules('')).not.toContain('empathy/sorry-first');
  });

  it('speaks Estonian in the Estonian interface, its own texts and a built-in rule’s changed message', () => {
    const long = 'We moved the meeting from Tuesday morning to Thursday afternoon because two of the designers are travelling and the room we booked is taken.';
    const r = analyze({ body: `No worries. ${long}` }, pack, { locale: 'et' });
    expect(r.findings.find((f) => f.rule === 'professionalism/no-worries')?.message).toBe('„No worries“ on liiga vaba; kliendile sobib paremini „you are welcome“.');
    expect(r.findings.find((f) => f.rule === 'clarity/long-sentence')?.message).toBe('Lauses on 24 sõna: meie kirjastiil lubab kuni 20.');
    expect(pack.catalogue.find((x) => x.id === 'empathy/sorry-first')?.name.et).toBe('Vabandus enne vabandamist');
  });

  it('runs its examples and names the one that fails', () => {
    expect(packExamples(pack).every((x) => x.ok)).toBe(true);
    const failing = parsePack(readFileSync(new URL('../fixtures/packs/trainer-failing.json', import.meta.url), 'utf8'));
    if (!failing.ok) throw new Error(failing.error);
    const bad = packExamples(failing.pack).filter((x) => !x.ok);
    expect(bad.map(describeExample)).toEqual(['professionalism/no-worries: pass example 2 “No worries, I will check.” was flagged (“No worries”).']);
  });
});

describe('importing packs on the options page', () => {
  const hostile: Array<{ why: string; text: string; error: string }> = JSON.parse(readFileSync(new URL('../fixtures/packs/hostile.json', import.meta.url), 'utf8'));
  const previous = readFileSync(new URL('../fixtures/packs/trainer-rules.json', import.meta.url), 'utf8');

  beforeEach(() => fakeBrowser.reset());

  async function activePackName() {
    const { settings, custom, managed } = await browserOptionsStore.load();
    return effectivePack(settings, custom, managed).pack.name;
  }

  it.each(hostile.map((h) => [h.why, h] as const))('refuses %s, naming the field, and keeps the previous pack', async (_why, h) => {
    const first = await importPack(previous, DEFAULT_SETTINGS, browserOptionsStore, async () => undefined);
    expect(first.ok).toBe(true);
    expect(await activePackName()).toBe('Hoolikas klienditeenindus');
    const outcome = await importPack(h.text, first.settings, browserOptionsStore, async () => undefined);
    expect(outcome.ok).toBe(false);
    expect(outcome.error).toMatch(new RegExp(h.error));
    expect(await activePackName()).toBe('Hoolikas klienditeenindus');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('imports a 0.95 MB pack of 14,000 phrases in slices, pausing between them', async () => {
    const phrases = Array.from({ length: 14000 }, (_, i) => ({ severity: 'info', category: 'clarity', match: `${i}`, message: i === 13999 ? 'Last' : 'P' }));
    const bare = JSON.stringify({ name: 'Big', phrases });
    const text = JSON.stringify({ name: 'Big', description: 'x'.repeat(Math.round(0.95 * 1024 * 1024) - bare.length - 18), phrases });
    expect(text.length / 1024 / 1024).toBeCloseTo(0.95, 2);
    let pauses = 0;
    const outcome = await importPack(text, DEFAULT_SETTINGS, browserOptionsStore, async () => void pauses++);
    expect(outcome.ok).toBe(true);
    expect(await activePackName()).toBe('Big');
    // The work was cut into many slices (each ends when about a frame's worth of time is spent).
    expect(pauses).toBeGreaterThan(3);
    const f = analyze({ body: 'Room 13999 is gone.' }, effectivePack({ ...DEFAULT_SETTINGS, pack: 'custom' }, outcome.json).pack).findings;
    expect(f.map((x) => [x.rule, x.message])).toContainEqual(['custom/13999', 'Last']);
  });
});

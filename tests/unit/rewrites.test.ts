// Issue 13's examples, as a user met them, and issue 15's whole-emoji edits: each is a regression test.
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, fix, parsePack } from '../../src/engine';

const fixed = (body: string, pack: 'standard' | 'strict' = 'standard') => fix({ body }, pack).text;
const safeRewrites = (body: string) => analyze({ body }).findings.flatMap((f) => f.suggestions.filter((s) => s.safe).map((s) => ({ rule: f.rule, after: applyEdits(body, s.edits) })));

describe('rewrites that are always correct English', () => {
  it('an over-apologetic draft: no dangling word, no doubled "I", no full stop after a question mark', () => {
    const body = "Hi Anna,\n\nI'm so sorry, I apologise for the delay. I just wanted to follow up if you had a chance to look at the draft??\n\nBest,\nMia";
    const out = fixed(body, 'strict');
    expect(out).toContain('I am following up if you had a chance to look at the draft?');
    expect(out).not.toMatch(/\bI I\b|\bso and\b|\?\s*\.|\?\?/);
    expect(out.endsWith('Best,\nMia')).toBe(true);
  });

  it('"This is VERY IMPORTANT!!!" becomes "This is very important!"', () => {
    expect(fixed('This is VERY IMPORTANT!!!')).toBe('This is very important!');
  });

  it('a blame rewrite that changes who did what is never safe', () => {
    const body = 'You failed to send it last week.';
    const blame = analyze({ body }).findings.find((f) => f.rule === 'empathy/blame')!;
    expect(blame.suggestions.every((s) => !s.safe)).toBe(true);
    expect(fixed(body)).toBe(body);
  });

  it('"I feel terrible about it" is not offered "I feel disappointing"', () => {
    const body = 'I feel terrible about it.';
    const offered = analyze({ body }).findings.flatMap((f) => f.suggestions.map((s) => applyEdits(body, s.edits)));
    expect(offered).not.toContain('I feel disappointing about it.');
  });

  it('acronyms survive: DMARC, CNAME, SPF, NDA and LH 2471 are never lowered', () => {
    const body = 'Please check the DMARC, SPF and CNAME records for LH 2471 under the NDA.';
    expect(fixed(body, 'strict')).toBe(body);
    for (const r of safeRewrites(body)) for (const fact of ['DMARC', 'SPF', 'CNAME', 'LH 2471', 'NDA']) expect(r.after, r.rule).toContain(fact);
  });

  it('a sign-off rewrite keeps the writer\'s name', () => {
    const body = 'Hi Tom,\n\nThe deck is attached.\n\nthx\nMaria Tamm';
    expect(fixed(body, 'strict')).toMatch(/Maria Tamm$/);
  });

  it('"Give a date" is never applied by fix; the placeholder it leaves is an error until filled', () => {
    const body = 'Hi Tom,\n\nCan you send the contract soon!!!\n\nBest,\nMia';
    const soon = analyze({ body }).findings.find((f) => f.rule === 'clarity/vague-deadline')!;
    expect(soon.suggestions[0].safe).toBe(false);
    const result = fix({ body });
    expect(result.text).toContain('soon!');
    expect(result.needsInput.map((f) => f.rule)).toContain('clarity/vague-deadline');
    const applied = applyEdits(body, soon.suggestions[0].edits);
    const slot = analyze({ body: applied }).findings.find((f) => f.rule === 'clarity/unfilled-slot')!;
    expect(slot).toMatchObject({ severity: 'error', text: '[[day and time]]' });
    expect(analyze({ body: applied.replace('[[day and time]]', 'Friday at 10') }).findings.map((f) => f.rule)).not.toContain('clarity/unfilled-slot');
  });

  it('a reproach becomes "To recap", keeping the writer\'s words around it', () => {
    expect(fixed('As I already told you, the room is booked for Friday.')).toBe('To recap, the room is booked for Friday.');
  });

  it('a bare refusal is offered the refusal plus an alternative to fill in', () => {
    const body = 'We cannot do that this week.';
    const f = analyze({ body }).findings.find((x) => x.rule === 'empathy/bare-refusal')!;
    expect(applyEdits(body, f.suggestions[0].edits)).toBe('We cannot do that this week. [[what you can offer instead]]');
    expect(f.suggestions[0].safe).toBe(false);
  });

  it('overlapping edits from different findings compose into one edit of the sentence', () => {
    const body = 'Obviously the file is attached :) and it costs $40!!';
    const result = fix({ body }, 'strict');
    expect(result.text).toBe('The file is attached and it costs $40!');
    // The diff shows exactly what is applied: the edits, applied, give the text.
    expect(applyEdits(body, result.edits)).toBe(result.text);
  });
});

describe('Rewrite all re-checks the whole rewritten draft', () => {
  const rules = (body: string, pack: 'standard' | 'strict') => analyze({ body }, pack, { recheck: false }).findings.map((f) => f.rule);
  const newFindings = (before: string, after: string, pack: 'standard' | 'strict') => {
    const was = rules(before, pack);
    return rules(after, pack).filter((r, i, all) => all.filter((x) => x === r).length > was.filter((x) => x === r).length && all.indexOf(r) === i);
  };

  // Found by the property test: each rewrite alone is fine, together they change what the document rules see.
  it('capitalising "i\'m" after a question mark splits a sentence: the question count of the paragraph would pass the limit, so that rewrite is held back', () => {
    const body =
      "I'm so sorry, I just wanted to follow up if you had a chance to look at NDA?? Best regards,\nPriya\nSorry to bother you, but could Tallinn confirm 15/04? Send me the report for Tallinn by 15/04.\nSorry for the delay. I am so sorry. My apologies to Mari-Liis about 15/04.\nThis is VERY IMPORTANT!!! Please check +372 5555 1234 with Anna Tamm. i'm gonna send SPF to Priya tmrw, thx\nSorry to bother you, but could Friday confirm NDA? i'm gonna send INV-2231 to Friday tmrw, thx";
    const result = fix({ body }, 'standard');
    expect(newFindings(body, result.text, 'standard')).toEqual([]);
    expect(result.heldBack.map((f) => [f.rule, f.suggestions.find((s) => s.heldBack)?.heldBack])).toEqual([
      ['professionalism/lowercase-i', { rule: 'clarity/many-questions', name: 'Many questions in one paragraph' }],
    ]);
    // The other rewrites still go in.
    expect(result.text).toContain('This is very important!');
    expect(result.applied.length).toBeGreaterThan(3);
  });

  it('Estonian: two added "Palun" push a greeting-less draft over the word count that asks for a greeting; one is held back, named in Estonian', () => {
    const body = 'Saada mulle SPF ASAP!!!\n\nSaada mulle 3 March ASAP!!!\n\nTervitades\nAnna Tamm Tsau John Smith!\n\nTee see ära ja saada March kohta €1,250.00 varsti.';
    const result = fix({ body }, 'standard');
    expect(newFindings(body, result.text, 'standard')).toEqual([]);
    expect(result.heldBack.map((f) => f.suggestions.find((s) => s.heldBack)?.heldBack)).toEqual([{ rule: 'professionalism/missing-greeting', name: 'Pöördumine puudub' }]);
    expect(result.text).toContain('Palun saada mulle SPF');
  });

  it('without a finding to raise, nothing is held back', () => {
    const result = fix({ body: 'This is VERY IMPORTANT!!!' });
    expect(result.heldBack).toEqual([]);
    expect(result.text).toBe('This is very important!');
  });
});

const emojiFindings = (body: string) => analyze({ body }, 'strict').findings.filter((x) => x.rule === 'professionalism/emoji');

describe('whole grapheme clusters', () => {
  it.each([
    ['skin tone', 'Thanks 🙏🏽 for the file.', '🙏🏽'],
    ['ZWJ sequence', 'The developer 👩‍💻 sent it.', '👩‍💻'],
    ['flag', 'Greetings from Tallinn 🇪🇪 today.', '🇪🇪'],
  ])('the emoji finding and its removal take the whole %s', (_, body, emoji) => {
    expect(emojiFindings(body)[0].text).toBe(emoji);
    const after = fixed(body, 'strict');
    expect(after).not.toMatch(/[\u{1F3FB}-\u{1F3FF}\u200d\u{1F1E6}-\u{1F1FF}]/u);
    expect(after).not.toMatch(/ {2}| \./);
  });
});

describe('keycap emoji', () => {
  it.each([
    ['Step 1️⃣ is done.', '1️⃣', 'Step 1 is done.'],
    ['Press #️⃣ then *️⃣ to dial in.', '#️⃣', 'Press # then * to dial in.'],
    ['Room 1️⃣0️⃣ is free.', '1️⃣', 'Room 10 is free.'],
  ])('%s: the whole keycap is flagged, and the safe fix keeps its number or sign', (body, flagged, out) => {
    const [f] = emojiFindings(body);
    expect([f.text, f.suggestions[0].safe, fixed(body, 'strict')]).toEqual([flagged, true, out]);
  });

  it('a plain digit, "#1" and typographic symbols are not emoji', () => {
    for (const body of ['We are #1 in sales.', 'Call extension 1 or press #.', 'Acme® Widget™, © 2026.', 'The Tallinn ↔ Helsinki ferry.'])
      expect(emojiFindings(body)).toEqual([]);
  });
});

describe('trainer packs are held to the same promise', () => {
  const pack = (match: string, replace: string) =>
    JSON.stringify({ name: 'Trainer', rules: { 'custom/x': { kind: 'phrase', name: 'x', category: 'clarity', severity: 'info', message: 'm', explanation: 'e', phrases: [{ match, replace }] } } });

  it.each([
    ['DMARC', 'dmarc', 'DMARC'],
    ['\\d+', 'some', '2471'],
    ['[A-Z]{2,}', 'it', 'DMARC'],
  ])('a replacement of “%s” by “%s” is refused at import, with the reason', (match, replace, fact) => {
    const r = parsePack(pack(match, replace));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(`Invalid pack at “rules.custom/x.phrases.0.replace”: the replacement “${replace}” would change “${fact}”; names, numbers, dates, times, amounts, links, addresses, codes and acronyms are kept exactly as written.`);
  });

  it('a replacement that keeps every fact is accepted', () => {
    expect(parsePack(pack('no worries', 'you are welcome')).ok).toBe(true);
  });
});

// Estonian drafts: detection, the Estonian rules in context, messages in the right language.
import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage } from '../../src/engine';

const FORMAL =
  'Lugupeetud härra Tamm\n\nTänan Teid kiire vastuse eest. Saadan Teile lepingu allkirjastamiseks neljapäevaks, 14. märtsiks kell 12.00. Palun andke teada, kui Teil on küsimusi.\n\nLugupidamisega\nMari Maasikas';

describe('Estonian', () => {
  it('a clean, formal Estonian client email gets no warnings', () => {
    const r = analyze({ body: FORMAL });
    expect(r.language).toBe('et');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('an informal one gets professionalism and empathy warnings, with rewrites, in Estonian', () => {
    const body = 'Tsau! Saada mulle see fail ASAP!!!';
    const r = analyze({ body });
    expect(r.language).toBe('et');
    const warnings = r.findings.filter((f) => f.severity === 'warning');
    const rules = warnings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['professionalism/et-informal-greeting', 'empathy/et-no-please', 'clarity/et-vague-deadline', 'professionalism/repeated-punctuation']));
    for (const f of warnings.filter((x) => x.category !== 'clarity')) expect(f.suggestions.length, f.rule).toBeGreaterThan(0);
    const please = r.findings.find((f) => f.rule === 'empathy/et-no-please')!;
    expect(please.message).toBe('Palve ilma sõnata „palun“ kõlab käsuna.');
    // Edits cover whole words, so the editor never splits one.
    expect(please.suggestions[0].edits).toEqual([{ start: body.indexOf('Saada'), end: body.indexOf('Saada') + 5, text: 'Palun saada' }]);
    // A language-independent rule speaks Estonian in an Estonian draft.
    expect(r.findings.find((f) => f.rule === 'professionalism/repeated-punctuation')!.message).toBe('Korduvad kirjavahemärgid mõjuvad ärritunult.');
  });

  it('English rules never run on Estonian text', () => {
    const r = analyze({ body: 'Tere, Mari!\n\nVabandust, et kirjutan hilja. Saadan lepingu varsti ära.\n\nLugupidamisega\nMart' });
    expect(r.findings.map((f) => f.rule).filter((id) => !id.includes('/et-') && !/shouting|punctuation|exclamations|emoji|greeting|sign-off|sensitive|long-sentence|wall-of-text/.test(id))).toEqual([]);
  });

  it('an English draft with an Estonian name or place is English', () => {
    expect(detectLanguage('Hi Tõnu, the meeting in Tallinn with Jüri Õunapuu is on Friday at 10.')).toBe('en');
    expect(analyze({ body: 'Hi Tõnu,\n\nThe meeting in Pärnu is on Friday. Please send it ASAP.\n\nBest,\nMia' }).findings.map((f) => f.rule)).toContain('clarity/vague-deadline');
  });

  it('very short text is unknown and gets only language-independent checks', () => {
    expect(detectLanguage('Ok.')).toBe('unknown');
    expect(analyze({ body: 'OK!!!' }).findings.map((f) => f.rule)).toEqual(['professionalism/repeated-punctuation']);
  });

  it('a draft that mixes languages is checked paragraph by paragraph', () => {
    const body = 'Hi Anna,\n\nI am gonna send the contract ASAP and the invoice after that.\n\nTere, Mari! Kas sa saad lepingu homme üle vaadata ja allkirjastada?\n\nBest,\nMia';
    const rules = analyze({ body }).findings.map((f) => f.rule);
    expect(rules).toContain('professionalism/slang');
    expect(rules).toContain('professionalism/et-informal-address');
  });

  it('messages follow the requested locale', () => {
    const et = analyze({ body: 'Tsau! Saada mulle see fail ASAP!!!' }, 'standard', { locale: 'en' });
    expect(et.findings.find((f) => f.rule === 'empathy/et-no-please')!.message).toBe('A request without "palun" (please) reads as an order.');
    const en = analyze({ body: 'Please send it NOW AT ONCE!!!' }, 'standard', { locale: 'et' });
    expect(en.findings.find((f) => f.rule === 'professionalism/shouting')!.message).toBe('Suurtähtedega kirjutamine mõjub karjumisena.');
  });

  it('an upset Estonian client gets an acknowledgement suggestion, an effort gets thanks', () => {
    const r = analyze({ body: 'Tere, Mari!\n\nParandatud arve on lisatud.\n\nLugupidamisega\nMart', incoming: 'See on juba kolmas kord, kui arve on vale. Olen väga pettunud ja saatsin Teile eile kõik andmed.' });
    const rules = r.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['empathy/et-unacknowledged-feelings', 'empathy/et-missing-thanks']));
  });
});

describe('paragraph languages', () => {
  it('an unclear paragraph keeps the draft’s language, so its rules stay on', () => {
    const body = 'Hi Anna, Reply ASAP Reply ASAP Reply ASAP\n\nThe venue needs the final numbers for the dinner on Friday, and the caterer needs them too.\n\nBest,\nMia';
    const deadlines = analyze({ body }).findings.filter((f) => f.rule === 'clarity/vague-deadline');
    // Three in one paragraph are one finding (one per kind of problem per paragraph), still there.
    expect(deadlines.length).toBe(1);
  });
});

describe('suggestion labels', () => {
  it('follow the interface language', () => {
    const et = analyze({ body: 'Hi Sam, please send the slides ASAP!!!' }, 'standard', { locale: 'et' });
    expect(et.findings.find((f) => f.rule === 'clarity/vague-deadline')!.suggestions[0].label).toBe('Nimeta kuupäev');
    expect(et.findings.find((f) => f.rule === 'professionalism/repeated-punctuation')!.suggestions[0].label).toBe('Kasuta üht „!“');
    const en = analyze({ body: 'Tsau! Saada mulle see fail ASAP!!!' }, 'standard', { locale: 'en' });
    expect(en.findings.find((f) => f.rule === 'empathy/et-no-please')!.suggestions[0].label).toBe('Add “palun”');
    expect(en.findings.find((f) => f.rule === 'professionalism/et-informal-greeting')!.suggestions[0].label).toBe('Use “Tere”');
  });
});

// The fitted scorer ranks drafts the way a coach would: for each situation the good draft scores well
// above the flawed one. Drafts here are not in the email set the scorer was fitted to.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { FEATURE_NAMES } from '../../src/engine/features';
import { REGISTER_FEATURE, SCORE_KEYS, SCORE_MODEL } from '../../src/engine/scores';
import { scoreWord } from '../../src/ui/words';
import { reasonLabel } from '../../src/ui/reasons';
import { setLocale } from '../../src/i18n';

const PAIRS: Array<{ name: string; incoming?: string; good: string; flawed: string; category: 'empathy' | 'clarity' | 'professionalism' }> = [
  {
    name: 'a reply to an upset client',
    incoming: 'Hello, the delivery arrived damaged for the second time. I am really disappointed.',
    good: 'Dear Ms Berg,\n\nI am sorry the delivery arrived damaged again; I understand how disappointing that is. A replacement leaves our warehouse today and will reach you on Thursday before 12:00.\n\nKind regards,\nLaura',
    flawed: 'Noted. The parcel was fine when it left us. You should check with the courier.',
    category: 'empathy',
  },
  {
    name: 'a request with a date against one with none',
    good: 'Hi Peter,\n\nCould you send me the signed venue contract by Wednesday at 15:00? The venue releases the booking on Thursday morning.\n\nThank you,\nLaura',
    flawed: 'Hi Peter,\n\nThe venue contract needs signing at some point, someone should probably look at it when they get a chance.\n\nLaura',
    category: 'clarity',
  },
  {
    name: 'a note to a client in a professional register against text-speak',
    good: 'Hello Mr Kask,\n\nThank you for your order. The brochures will be printed by 4 June, and I will send you the tracking number the same day.\n\nKind regards,\nLaura',
    flawed: 'hey!! thx for the order lol. gonna print the brochures soon, will send u the tracking thing when i can 😀😀',
    category: 'professionalism',
  },
  {
    name: 'a firm boundary stated kindly against a bare refusal',
    incoming: 'Could you also book my family holiday next month?',
    good: 'Hi Tom,\n\nThank you for thinking of me. Private travel is outside what I can take on, so I will have to say no this time. If it helps, I can send you the details of the travel agency we use.\n\nBest regards,\nLaura',
    flawed: 'Tom,\n\nNo. Not my job.\n\nLaura',
    category: 'empathy',
  },
  {
    name: 'an Estonian reply to a grieving colleague',
    incoming: 'Tere, Laura! Mu isa suri eile, seega ei saa ma homsele koosolekule tulla.',
    good: 'Tere, Jaan!\n\nTunnen siiralt kaasa. Ära koosoleku pärast muretse: lükkasin selle edasi ja teavitasin meeskonda.\n\nJõudu!\nLaura',
    flawed: 'Jaan,\n\nkoosolek on homme kell 10. Saada oma numbrid enne seda.',
    category: 'empathy',
  },
];

describe('fitted scores', () => {
  for (const p of PAIRS) {
    it(`rank ${p.name}: the good draft well above the flawed one`, () => {
      const good = analyze({ body: p.good, incoming: p.incoming });
      const bad = analyze({ body: p.flawed, incoming: p.incoming });
      expect(good.scores[p.category] - bad.scores[p.category], p.category).toBeGreaterThanOrEqual(20);
      expect(good.scores.overall - bad.scores.overall, 'overall').toBeGreaterThanOrEqual(25);
      expect(bad.findings.some((f) => f.category === p.category && f.severity !== 'info'), 'the flawed draft has a warning').toBe(true);
    });
  }

  it('say why: three reasons per score at most, named features, signed points that add up in direction', () => {
    const r = analyze({ body: PAIRS[0].flawed, incoming: PAIRS[0].incoming });
    for (const key of SCORE_KEYS) {
      const reasons = r.reasons![key];
      expect(reasons.length).toBeLessThanOrEqual(3);
      for (const x of reasons) expect(x.points).not.toBe(0);
    }
    expect(r.reasons!.empathy[0].points).toBeLessThan(0);
  });

  it('are deterministic, and the shipped model uses only features the engine computes', () => {
    const a = analyze({ body: PAIRS[1].good });
    expect(analyze({ body: PAIRS[1].good }).scores).toEqual(a.scores);
    const known = new Set([...FEATURE_NAMES, REGISTER_FEATURE]);
    for (const key of SCORE_KEYS) {
      for (const name of Object.keys(SCORE_MODEL.models[key].weights)) expect(name.startsWith('word:') || known.has(name), `${key}: ${name}`).toBe(true);
      // Rule hits may only lower a score.
      for (const [name, w] of Object.entries(SCORE_MODEL.models[key].weights)) if (/ (?:warnings|hints)$/.test(name)) expect(w, `${key}: ${name}`).toBeLessThanOrEqual(0);
    }
  });

  it('rank a courteous request above a blunt one on politeness, and name learnt words readably', () => {
    const polite = analyze({ body: 'Could you please take a look at the figures when you have a moment? Thanks a lot for your help!' });
    const blunt = analyze({ body: 'Why did you change the figures? What is wrong with you? Fix it.' });
    expect(polite.scores.politeness - blunt.scores.politeness).toBeGreaterThanOrEqual(30);
    setLocale('en');
    expect(reasonLabel('word:could you')).toBe('“could you”');
    expect(reasonLabel('word:^please')).toBe('“please …” at a sentence start');
    setLocale('et');
    expect(reasonLabel('word:thanks')).toBe('„thanks“');
    setLocale('en');
  });

  it('the word beside a score is true: "warm" only with warmth, no category praise beside a warning', () => {
    expect(scoreWord('empathy', 95, true)).toBe('warm');
    expect(scoreWord('empathy', 95, false)).toBe('no issues');
    expect(scoreWord('clarity', 88, false, false)).toBe('clear');
    expect(scoreWord('clarity', 88, false, true)).toBe('good');
    expect(scoreWord('professionalism', 40, false, true)).toBe('needs work');
  });

  it('say "warm" only where warmth was found', () => {
    expect(analyze({ body: 'Hi Tom,\n\nThe report is attached.\n\nBest,\nLaura' }).warmth).toBe(false);
    expect(analyze({ body: 'Hi Tom,\n\nThank you for your help. The report is attached.\n\nBest,\nLaura' }).warmth).toBe(true);
  });

  it('the issue’s examples: a curt reply to an upset client and "when I get a chance" no longer pass as excellent', () => {
    const incoming = 'This is the third time your invoice is wrong. I am really frustrated.';
    const curt = analyze({ body: 'Noted. The invoice was correct on our side. You should check your records.', incoming });
    expect(curt.scores.overall).toBeLessThan(50);
    expect(curt.scores.empathy).toBeLessThan(50);
    const slides = analyze({ body: 'As I already told you twice, the report is not my responsibility. You should have checked the numbers before sending it to the board. Whatever. I\'ll fix it when I get a chance.' });
    expect(slides.scores.overall).toBeLessThan(40);
    expect(slides.findings.some((f) => /when I get a chance/.test(f.text) && f.severity !== 'info')).toBe(true);
    const caps = analyze({ body: 'You MUST send the contract TODAY!!! NO EXCUSES.' });
    expect(caps.scores.empathy).toBeLessThan(80);
  });
});

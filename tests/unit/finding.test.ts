// The finding presenter that the card in the page and the side panel both render.
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { setLocale } from '../../src/i18n';
import { presentFinding } from '../../src/ui/finding';

const DRAFT = 'Hi Tom,\n\nI just think it is maybe kind of late. Send me the [[date]] by Friday.\n\nBest,\nMia';
const hedges = () => analyze({ body: DRAFT }).findings.find((f) => f.rule === 'clarity/stacked-hedges')!;

afterEach(() => setLocale('en'));

describe('presentFinding', () => {
  it('describes a deletion in words, never as a symbol a screen reader reads as "empty set"', () => {
    const view = presentFinding(hedges(), DRAFT);
    const s = view.suggestions[0];
    // Two neighbouring deletions are one edit (issue 13: edits that compose).
    expect(s.parts.filter((p) => p.kind === 'removal').map((p) => p.text)).toEqual(['remove “maybe kind of”']);
    expect(s.description).toBe('remove “maybe kind of”');
    expect(JSON.stringify(view)).not.toContain('∅');
  });

  it('says the same in Estonian', () => {
    setLocale('et');
    const view = presentFinding(hedges(), DRAFT);
    expect(view.suggestions[0].description).toBe('eemalda „maybe kind of”');
    expect(view.heading).toBe('Selgus · teade');
    expect(view.suggestions[0].applyLabel).toMatch(/^Rakenda: /);
  });

  it('gives the heading, the quoted words, and placeholders to fill in', () => {
    const f = { ...hedges(), suggestions: [{ label: 'Ask for a date', safe: false, edits: [{ start: 0, end: 2, text: 'By [[date]], please' }] }] };
    const view = presentFinding(f, DRAFT);
    expect(view.heading).toBe(`Clarity · ${f.severity}`);
    expect(view.quote).toBe(DRAFT.slice(f.start, f.end));
    expect(view.suggestions[0].parts).toEqual([
      { kind: 'text', text: 'By ' },
      { kind: 'placeholder', text: '[[date]]' },
      { kind: 'text', text: ', please' },
    ]);
    expect(view.needsInput).toBe(true);
  });

  it('shortens a long quote', () => {
    const long = `${'word '.repeat(60)}.`;
    const f = { ...hedges(), start: 0, end: long.length };
    const quote = presentFinding(f, long).quote;
    expect(quote.length).toBeLessThanOrEqual(160);
    expect(quote.endsWith('…')).toBe(true);
  });
});

// Interface text: plurals through Intl.PluralRules in both languages, and no raw template left over.
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/i18n/format';
import { en } from '../../src/i18n/en';
import { et } from '../../src/i18n/et';
import { setLocale, t } from '../../src/i18n';

afterEach(() => setLocale('en'));

describe('formatMessage', () => {
  it('fills parameters and picks plural forms by language', () => {
    const tpl = '{n, plural, one {# suggestion} other {# suggestions}} for “{text}”';
    expect(formatMessage(tpl, { n: 1, text: 'ASAP' }, 'en')).toBe('1 suggestion for “ASAP”');
    expect(formatMessage(tpl, { n: 0, text: 'ASAP' }, 'en')).toBe('0 suggestions for “ASAP”');
    expect(formatMessage(tpl, { n: 21, text: 'x' }, 'en')).toBe('21 suggestions for “x”');
    expect(formatMessage('{n, plural, =0 {none} other {#}}', { n: 0 }, 'en')).toBe('none');
  });

  it('leaves an unknown parameter visible instead of dropping text', () => {
    expect(formatMessage('“{text}” and {missing}', { text: 'a' }, 'en')).toBe('“a” and {missing}');
  });
});

describe('t', () => {
  it('says "1 suggestion", never "1 suggestions", in English and Estonian', () => {
    expect(t('panelFindings', 1)).toBe('1 suggestion');
    expect(t('panelFindings', 3)).toBe('3 suggestions');
    setLocale('et');
    expect(t('panelFindings', 1)).toBe('1 soovitus');
    expect(t('panelFindings', 3)).toBe('3 soovitust');
    expect(t('cliFindings', 1, 0, 1, 0)).toBe('1 leid (0 viga, 1 hoiatus, 0 teadet)');
  });

  it('counts emails on the Insights page with the right plural', () => {
    expect(t('insStreakNow', 1)).toBe('1 email in a row with no warnings');
    expect(t('insTotal', 2)).toBe('2 emails recorded');
    setLocale('et');
    expect(t('insStreakNow', 1)).toBe('1 kiri järjest ilma hoiatusteta');
    expect(t('insTotal', 2)).toBe('2 kirja salvestatud');
  });

  it('has no catalogue entry with an unfilled numbered slot beyond its arguments', () => {
    // Every {N} in English is in Estonian too, so a translation never shows a raw slot.
    for (const [key, text] of Object.entries(en)) {
      const slots = (s: string) => [...s.matchAll(/\{(\d)/g)].map((m) => m[1]).sort().join();
      expect(slots(et[key as keyof typeof et]), key).toBe(slots(text));
    }
  });
});

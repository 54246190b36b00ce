import type { DocumentRule } from '../../types';

const CASUAL = /^(later|laters|ttyl|xoxo|xx|peace|cya|see ya|bye+|thx|l8r|toodles)(?![\p{L}])/iu;

export default {
  id: 'professionalism/casual-sign-off',
  category: 'professionalism',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  scope: 'document',
  message: 'This sign-off is very casual for a client.',
  explanation: 'The last words are the ones remembered. "Best regards" or "Kind regards" closes warmly and professionally; "ttyl" or "xoxo" belongs to friends.',
  i18n: {
    et: {
      message: 'See lõputervitus on kliendile väga vaba.',
      explanation:
        'Viimased sõnad jäävad meelde. „Best regards“ või „Kind regards“ lõpetab kirja soojalt ja professionaalselt; „ttyl“ või „xoxo“ on sõprade jaoks.',
    },
  },
  check(d) {
    const m = d.signOff && CASUAL.exec(d.signOff.text);
    if (!m || !d.signOff) return [];
    const { start } = d.signOff;
    return [{ start, end: start + m[0].length, suggestions: [{ label: 'Use “Best regards”', edits: [{ start, end: start + m[0].length, text: 'Best regards' }] }] }];
  },
  examples: {
    fire: ['Hi Tom,\n\nThe files are ready.\n\nttyl,\nMia', 'Hi Tom,\n\nThe files are ready.\n\nxoxo\nMia'],
    pass: ['Hi Tom,\n\nThe files are ready.\n\nBest regards,\nMia'],
  },
} satisfies DocumentRule;

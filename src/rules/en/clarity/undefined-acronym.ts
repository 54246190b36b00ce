import type { DocumentRule, Hit } from '../../types';

// Acronyms every client knows. Anything else should be spelled out once: "service-level agreement (SLA)".
export const COMMON_ACRONYMS = new Set(
  'PDF FAQ CEO CFO CTO COO CMO HR IT PM AM OK USA UK EU US UN ASAP EOD COB FYI URL ID PS CC BCC RSVP TBD TBC ETA KPI ROI API CSV VAT NDA IBAN CV PR IP GDPR VIP DIY TV PC SMS USB WIFI NB VP LLC LTD INC CO HQ NYC LA DC EST PST GMT UTC CET CEST EET EEST AI QA UX UI FAQS PDFS CEOS IOU MBA PHD DNA GPS AD BC Q1 Q2 Q3 Q4 H1 H2 JPG PNG ZIP HTML SEO CRM ERP SaaS B2B B2C DM RE FW FWD ATM PIN OOO AOB MD'.split(
    ' ',
  ),
);
const ACRONYM = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9&]{1,5}s?(?![\p{L}\p{N}])/gu;

export default {
  id: 'clarity/undefined-acronym',
  category: 'clarity',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  scope: 'document',
  message: '“{text}” may not mean anything to the reader.',
  explanation:
    'Internal abbreviations are a private language. Spell each one out the first time ("service-level agreement (SLA)") so the client never has to ask or guess.',
  i18n: {
    et: {
      message: 'See lühend ei pruugi lugejale midagi öelda.',
      explanation:
        'Sisemised lühendid on privaatkeel. Kirjuta iga lühend esimesel korral lahti („service-level agreement (SLA)“), et klient ei peaks küsima ega oletama.',
    },
  },
  check(d): Hit[] {
    const hits: Hit[] = [];
    const seen = new Set<string>();
    for (const s of d.sentences) {
      // A run of capitals is shouting, not an acronym: leave that to the shouting rule.
      const caps = s.text.match(/[A-Z]{2,}/g) ?? [];
      if (caps.length >= 3 && caps.length * 2 > s.text.split(/\s+/).length) continue;
      for (const m of s.text.matchAll(ACRONYM)) {
        const word = m[0].replace(/s$/, '');
        if (word.length < 2 || COMMON_ACRONYMS.has(word) || seen.has(word) || /^[A-Z]\d*$/.test(word)) continue;
        seen.add(word);
        // Defined somewhere: "(SLA)" or "SLA (" or "SLA stands for".
        const defined = new RegExp(`\\(${word}s?\\)|\\b${word}\\s*\\(|${word} (?:stands for|means)`).test(d.body);
        if (defined) continue;
        const start = s.start + m.index!;
        hits.push({
          start,
          end: start + m[0].length,
          message: `“${m[0]}” may not mean anything to the reader; spell it out once.`,
          suggestions: [{ label: 'Spell it out the first time', edits: [{ start: start + m[0].length, end: start + m[0].length, text: ' ([[what it stands for]])' }] }],
        });
      }
    }
    return hits;
  },
  examples: {
    fire: ['Hi Ana,\n\nThe SLA for the new vendor starts on Monday.\n\nBest,\nMia'],
    pass: [
      'Hi Ana,\n\nThe service-level agreement (SLA) starts on Monday. The SLA covers weekends.\n\nBest,\nMia',
      'Hi Ana,\n\nThe PDF from the CEO is attached.\n\nBest,\nMia',
      'Hi Ana,\n\nSee you soon.\n\nBest,\nMIA JONES',
    ],
  },
} satisfies DocumentRule;

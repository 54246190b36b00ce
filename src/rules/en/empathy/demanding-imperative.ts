import type { Hit, SentenceRule } from '../../types';

// A bare command at the start of a sentence ("Send me the file.") with no softener anywhere in it.
const DEMAND = /^(send|give|fix|do|call|get|reply|answer|tell|sign|pay|finish|change|update|book|cancel|forward|check|email|confirm|stop|make|provide|explain|deliver|return|resend|complete)\b/i;
const SOFT = /\b(please|kindly|thanks?|thank you|could|would|can|if you|when you get a chance|let me know)\b/i;

export default {
  id: 'empathy/demanding-imperative',
  category: 'empathy',
  severity: 'info',
  strict: { severity: 'warning' },
  languages: ['en'],
  scope: 'sentence',
  message: 'A bare command can sound curt.',
  explanation:
    'A request phrased as an order ("Send me the file.") sounds like a boss talking down. "Could you send me the file?" asks the same thing with respect; indirect requests are one of the strongest signals people read as polite.',
  i18n: {
    et: {
      message: 'Paljas käsk võib kõlada järsult.',
      explanation:
        'Käsuna sõnastatud palve („Send me the file.“) kõlab nagu ülemus, kes räägib ülalt alla. „Could you send me the file?“ küsib sama lugupidavalt; kaudsed palved on üks tugevamaid viisakuse märke.',
    },
  },
  check({ text }): Hit[] {
    const m = DEMAND.exec(text);
    if (!m || SOFT.test(text) || text.endsWith('?')) return [];
    const word = m[1];
    const edits = [{ start: 0, end: word.length, text: `Could you please ${word.toLowerCase()}` }];
    const last = text[text.length - 1];
    if (last === '.' || last === '!') edits.push({ start: text.length - 1, end: text.length, text: '?' });
    else edits.push({ start: text.length, end: text.length, text: '?' });
    return [{ start: 0, end: word.length, suggestions: [{ label: 'Ask instead of ordering', edits }] }];
  },
  examples: {
    fire: ['Send me the report by Friday.', 'Fix the invoice.', 'Call me when you land!'],
    pass: ['Please send me the report by Friday.', 'Could you fix the invoice?', 'Sending the report now.', 'Do you have the file?'],
  },
} satisfies SentenceRule;

import type { Hit, SentenceRule } from '../../types';

// Common imperatives, informal (saada) and formal or plural (saatke), at the start of a sentence.
const IMPERATIVE =
  /^(saada|saatke|tee|tehke|helista|helistage|anna|andke|kirjuta|kirjutage|vasta|vastake|kinnita|kinnitage|paranda|parandage|maksa|makske|too|tooge|lisa|lisage|muuda|muutke|broneeri|broneerige|tühista|tühistage|edasta|edastage|allkirjasta|allkirjastage|vaata|vaadake|ütle|öelge|täida|täitke|kontrolli|kontrollige|võta|võtke)(?![\p{L}])/iu;
const SOFT = /\b(?:palun|palume|palusin|kas (?:te |sa )?saaksite|kas saaksid|oleksin tänulik|oleksime tänulikud|tänan|aitäh|kui võimalik)\b/iu;

export default {
  id: 'empathy/et-no-please',
  category: 'empathy',
  severity: 'warning',
  languages: ['et'],
  locale: 'et',
  scope: 'sentence',
  message: 'Palve ilma sõnata „palun“ kõlab käsuna.',
  explanation:
    'Käskivas kõneviisis lause („Saada mulle fail.“) mõjub kirjas järsult, justkui ülemus annaks korraldusi. „Palun saatke mulle fail“ või „Kas saaksite mulle faili saata?“ küsib sama lugupidavalt.',
  i18n: {
    en: {
      message: 'A request without "palun" (please) reads as an order.',
      explanation: 'An imperative ("Saada mulle fail.") sounds abrupt in writing, like a boss giving orders. "Palun saatke mulle fail" asks the same thing with respect.',
    },
  },
  check({ text }): Hit[] {
    const m = IMPERATIVE.exec(text);
    if (!m || SOFT.test(text) || text.endsWith('?')) return [];
    const word = m[1];
    return [{ start: 0, end: word.length, suggestions: [{ label: 'Lisa „palun“', edits: [{ start: 0, end: 1, text: `Palun ${word[0].toLowerCase()}` }] }] }];
  },
  examples: {
    fire: ['Saada mulle see fail ASAP!!!', 'Saatke arve homme hommikuks.', 'Helista mulle, kui kohale jõuad.'],
    pass: ['Palun saatke arve homme hommikuks.', 'Saadan arve homme hommikuks.', 'Kas saaksite arve homme saata?', 'Saadetis jõudis kohale.'],
  },
} satisfies SentenceRule;

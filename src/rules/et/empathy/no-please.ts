import type { SentenceContext, Hit } from '../../types';

// Common imperatives, informal (saada) and formal or plural (saatke), at the start of a sentence.
const IMPERATIVE =
  /^(saada|saatke|tee|tehke|helista|helistage|anna|andke|kirjuta|kirjutage|vasta|vastake|kinnita|kinnitage|paranda|parandage|maksa|makske|too|tooge|lisa|lisage|muuda|muutke|broneeri|broneerige|tühista|tühistage|edasta|edastage|allkirjasta|allkirjastage|vaata|vaadake|ütle|öelge|täida|täitke|kontrolli|kontrollige|võta|võtke|näita|näidake|tule|tulge)(?![\p{L}])/iu;
const SOFT = /\b(?:palun|palume|palusin|kas (?:te |sa )?saaksite|kas saaksid|oleksin tänulik|oleksime tänulikud|tänan|aitäh|kui võimalik)\b/iu;

export function check({ text }: SentenceContext): Hit[] {
  const m = IMPERATIVE.exec(text);
  if (!m || SOFT.test(text) || text.endsWith('?')) return [];
  const word = m[1];
  return [{ start: 0, end: word.length, suggestions: [{ label: { id: 'add-palun' }, edits: [{ start: 0, end: 1, text: `Palun ${word[0].toLowerCase()}` }] }] }];
}

// The engine: a draft in, a report out. Pure: no DOM, no browser APIs, so it runs in Node, in the
// extension's background worker and from the command line alike.
import type { DocumentContext, DocumentRule, Hit, MessageLocale, Rule, SentenceRule } from '../rules/types';
import { type BuiltInPack, type PackJson, type ResolvedPack, resolvePack } from './packs';
import { clearLanguageCache, detectLanguage, paragraphLanguages } from './language';
import { ruleText } from './localize';
import { whenLoaded } from '../core/lazy';
import { keepsProtected } from './safety';
import { applyEdits } from './apply';
import { clearRecheckCache, vetSuggestions } from './recheck';
import { snapToClusters } from '../core/graphemes';
import { findGreeting, findSignOff, isNameLine } from './salutations';
import { computeScores } from './scores';
import { type Features, extractFeatures } from './features';
import { onePerParagraph } from './merge';
import { clearRewriteAllCache, holdBack } from './rewrite-all';
import { type Span, countAtMost, countWords, splitParagraphs, splitSentences, syllables, words } from '../core/text';
import type { DraftInput, Edit, Finding, Language, Report, Severity, Stats, Suggestion } from '../core/types';

export type PackRef = BuiltInPack | PackJson | ResolvedPack;

interface SentenceResult {
  rule: Rule;
  severity: Severity;
  hits: Hit[];
}

// Sentence-level results keyed by pack, language, active conditional rules and sentence text: a
// one-word edit re-checks one sentence. Results hold text ids, so one entry serves every language.
const CACHE_LIMIT = 4000;
const sentenceCache = new Map<string, SentenceResult[]>();
const packIds = new Map<string, number>();

export function clearCache(): void {
  sentenceCache.clear();
  countCache.clear();
  clearLanguageCache();
  clearRecheckCache();
  clearRewriteAllCache();
}

export interface AnalyzeOptions {
  /** Language of messages and explanations; by default the draft's own (English when unknown). */
  locale?: MessageLocale;
  /** Re-check safe rewrites before offering them (on by default; off for the re-check itself). */
  recheck?: boolean;
}

// Up to this many words, document rules are re-run for every safe rewrite (sentence rules always are).
const DOCUMENT_RECHECK_WORDS = 600;

export function analyze(input: DraftInput, packRef?: PackRef, options: AnalyzeOptions = {}): Report {
  return analyzeWithFeatures(input, packRef, options).report;
}

/** analyze, loading a library a check needs the first time it is needed (in the browser). */
export function analyzeAsync(input: DraftInput, packRef?: PackRef, options: AnalyzeOptions = {}): Promise<Report> {
  return whenLoaded(() => analyze(input, packRef, options));
}

/** The report and the features the scores were computed from (for `npm run fit` and the evaluation). */
export function analyzeWithFeatures(input: DraftInput, packRef?: PackRef, options: AnalyzeOptions = {}): { report: Report; features: Features } {
  const pack = resolvePack(packRef);
  const body = input.body ?? '';
  const incoming = input.incoming ?? '';
  const a = findingsOf(body, input, pack, options.locale);
  const { language, visible, shape } = a;
  const { paragraphs, greeting, signOff, signatureStart, stats } = shape;
  if (options.recheck !== false) {
    // Safe rewrites are re-checked with the rules of the text they rewrite; document rules re-run on
    // the rewritten draft (without the language detection and sentence rules around them).
    const langAt = (at: number) => a.langs[Math.max(0, paragraphs.findIndex((p) => p.end >= at))] ?? language;
    const hitsFor = (lang: Language) => (text: string) =>
      splitSentences(text).flatMap((s) => checkSentence(s, a.sentenceRulesFor(lang), pack, lang, a.conditions).flatMap((r) => r.hits.map(() => r.rule.id)));
    // Document rules (a question too many, no kind word left) see the whole rewritten draft, rebuilt
    // from this one's shape: only the paragraph a rewrite touches is split again. Each re-check still
    // costs time in proportion to the draft, so longer drafts skip it (docs/PERFORMANCE.md); their
    // rewrites are re-checked together by "Rewrite all".
    const docHits = (edits: readonly Edit[]) => {
      if (stats.words > DOCUMENT_RECHECK_WORDS) return undefined;
      const after = applyEdits(body, edits);
      const shape = reshape(body, a.shape, after, edits);
      return a.documentRules.flatMap((r) => a.documentHits(after, r, shape).map(() => r.id));
    };
    vetSuggestions(body, visible, `${packId(pack)}\u0001${a.conditions}`, (at) => hitsFor(langAt(at)), docHits);
    // "Rewrite all" is re-checked as a whole: the draft with every safe rewrite applied is analysed
    // again, and a rewrite whose combination raises a finding the draft did not have is held back.
    holdBack(body, visible, (after) => findingsOf(after, input, pack, options.locale, true).visible, (id) => ruleName(pack, id, a.locale));
  }
  const features = extractFeatures({
    body: body.slice(0, signatureStart),
    incoming,
    language,
    findings: visible,
    stats,
    greeting: !!greeting,
    signOff: !!signOff,
    longestParagraphWords: paragraphs.reduce((n, p) => (p.start < signatureStart ? Math.max(n, countWords(p.text)) : n), 0),
  });
  const { scores, reasons } = computeScores(features);
  const report: Report = {
    version: 1,
    pack: pack.name,
    language,
    scores,
    stats,
    findings: visible,
    reasons,
    warmth: WARMTH.some((name) => features[name] > 0),
  };
  return { report, features };
}

// Strategies that are warmth in the reader's eyes; "warm" is said only when one of them is present.
const WARMTH = ['gratitude', 'apology', 'positive words', 'acknowledges feelings'];

/** The findings of a draft before its suggestions are re-checked, and what the re-check needs. */
function findingsOf(body: string, input: DraftInput, pack: ResolvedPack, localeOption?: MessageLocale, idsOnly = false) {
  // Re-checking "Rewrite all" needs only which rules fire where: no texts, no suggestions.
  const finding = (r: Omit<SentenceResult, 'hits'>, hit: Hit, offset: number, locale: MessageLocale) => (idsOnly ? bareFinding(body, r, hit, offset) : toFinding(body, r, hit, offset, locale));
  const incoming = input.incoming ?? '';
  const language = detectLanguage(body, incoming);
  const shape = structure(body);
  const { paragraphs, sentences, signOff } = shape;

  // Rules that apply only in a reply, or only when the incoming message says something.
  const applies = (r: Rule) => !r.when || (incoming.trim() !== '' && (!r.when.incoming.length || r.when.incoming.some((re) => re.test(incoming))));
  const enabledFor = (lang: Language) =>
    pack.catalogue.filter((r) => {
      const setting = pack.rules.get(r.id);
      return setting && setting.severity !== 'off' && (r.languages === 'any' || r.languages.includes(lang)) && applies(r);
    });
  const conditions = pack.catalogue.filter((r) => r.when && r.scope === 'sentence' && applies(r)).map((r) => r.id).join(',');
  const locale = localeOption ?? localeOf(language);
  const enabled = enabledFor(language);
  // A draft can mix languages: each paragraph's sentences are checked with the rules of its own language.
  const langs = paragraphLanguages(paragraphs, language);
  const sentenceRules = new Map<Language, SentenceRule[]>();
  const sentenceRulesFor = (lang: Language) => {
    let list = sentenceRules.get(lang);
    if (!list) sentenceRules.set(lang, (list = enabledFor(lang).filter((r): r is SentenceRule => r.scope === 'sentence')));
    return list;
  };

  const findings: Finding[] = [];
  let p = 0;
  for (const s of sentences) {
    if (s === signOff) continue;
    while (p < paragraphs.length - 1 && paragraphs[p].end < s.start) p++;
    const lang = langs[p] ?? language;
    for (const result of checkSentence(s, sentenceRulesFor(lang), pack, lang, conditions)) {
      for (const hit of result.hits) findings.push(finding(result, hit, s.start, localeOption ?? localeOf(lang)));
    }
  }

  const documentRules = enabled.filter((r): r is DocumentRule => r.scope === 'document');
  const documentHits = (text: string, rule: DocumentRule, { paragraphs, sentences, greeting, signOff, signatureStart, stats }: Shape) =>
    rule.check({ body: text, subject: input.subject ?? '', incoming, language, paragraphs, sentences, greeting, signOff, signatureStart, stats, options: pack.rules.get(rule.id)!.options });
  for (const rule of documentRules) {
    const result = { rule, severity: pack.rules.get(rule.id)!.severity as Severity };
    for (const hit of documentHits(body, rule, shape)) findings.push(finding(result, hit, 0, locale));
  }

  const kept = findings.filter(notIgnored(body, pack.ignore));
  // Rule ids only need no order: which finding of a paragraph stays does not change the count.
  const visible = onePerParagraph(idsOnly ? kept : kept.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule)), paragraphs);
  return { language, locale, langs, shape, visible, conditions, sentenceRulesFor, documentRules, documentHits };
}

function packId(pack: ResolvedPack): number {
  let id = packIds.get(pack.key);
  if (id === undefined) packIds.set(pack.key, (id = packIds.size));
  return id;
}

/** A rule's name in the interface language (an unknown id stays as it is). */
function ruleName(pack: ResolvedPack, id: string, locale: MessageLocale): string {
  const rule = pack.catalogue.find((r) => r.id === id);
  return rule ? ruleText(rule, { id: 'name' }, locale) : id;
}

/** What the document rules see of a draft's structure (`all`: every sentence, signature included). */
type Shape = Pick<DocumentContext, 'paragraphs' | 'sentences' | 'greeting' | 'signOff' | 'signatureStart' | 'stats'> & { all: Span[] };

/** Paragraphs, the message's own sentences (quotes and signature left out), greeting, sign-off and counts. */
function structure(body: string): Shape {
  const paragraphs = splitParagraphs(body);
  return shapeOf(body, paragraphs, paragraphs.flatMap((p) => sentencesIn(body, p)));
}

function sentencesIn(body: string, p: Span): Span[] {
  return splitSentences(body, p.start, p.end).filter((s) => !isQuoted(body, s.start));
}

function shapeOf(body: string, paragraphs: Span[], all: Span[]): Shape {
  const greeting = findGreeting(all);
  const signOff = findSignOff(body, all);
  const last = all[all.length - 1];
  const nameOnly = !signOff && all.length > 1 && last && isNameLine(last.text) && body.lastIndexOf('\n', last.start) > 0;
  const signatureStart = signOff ? signOff.end : nameOnly ? last.start : body.length;
  const sentences = all.filter((s) => s.start < signatureStart);
  return { paragraphs, sentences, greeting, signOff, signatureStart, stats: computeStats(body, sentences, paragraphs), all };
}

/**
 * The shape of `after`, which is `body` with `edits` applied, from the shape of `body`: only the
 * paragraphs the edits touch are split again, the others move by the change in length. Edits that
 * add a line break, or reach outside a paragraph, get the whole draft split again.
 */
function reshape(body: string, before: Shape, after: string, edits: readonly Edit[]): Shape {
  if (!edits.length) return before;
  const from = Math.min(...edits.map((e) => e.start));
  const to = Math.max(...edits.map((e) => e.end));
  const ps = before.paragraphs;
  const first = ps.findIndex((p) => p.end >= from);
  let last = first;
  while (last + 1 < ps.length && ps[last + 1].start <= to) last++;
  if (first < 0 || from < ps[first].start || to > ps[last].end || edits.some((e) => e.text.includes('\n'))) return structure(after);
  const delta = after.length - body.length;
  const move = (x: Span): Span => ({ start: x.start + delta, end: x.end + delta, text: x.text });
  const region = { start: ps[first].start, end: ps[last].end + delta, text: '' };
  const changed = splitParagraphs(after.slice(region.start, region.end)).map((p) => ({ start: p.start + region.start, end: p.end + region.start, text: p.text }));
  const paragraphs = [...ps.slice(0, first), ...changed, ...ps.slice(last + 1).map(move)];
  const all = [
    ...before.all.filter((x) => x.end <= ps[first].start),
    ...changed.flatMap((p) => sentencesIn(after, p)),
    ...before.all.filter((x) => x.start >= ps[last].end).map(move),
  ];
  return shapeOf(after, paragraphs, all);
}

function checkSentence(s: Span, rules: SentenceRule[], pack: ResolvedPack, language: Language, conditions: string): SentenceResult[] {
  const key = `${packId(pack)}\u0001${language}\u0001${conditions}\u0001${s.text}`;
  const cached = sentenceCache.get(key);
  if (cached) {
    // Refresh its place so the cache drops the least recently used sentences first.
    sentenceCache.delete(key);
    sentenceCache.set(key, cached);
    return cached;
  }
  const results: SentenceResult[] = [];
  for (const rule of rules) {
    const setting = pack.rules.get(rule.id)!;
    const hits = rule.check({ text: s.text, options: setting.options, language });
    if (hits.length) results.push({ rule, severity: setting.severity as Severity, hits });
  }
  sentenceCache.set(key, results);
  if (sentenceCache.size > CACHE_LIMIT) sentenceCache.delete(sentenceCache.keys().next().value!);
  return results;
}

function localeOf(language: Language): MessageLocale {
  return language === 'et' ? 'et' : 'en';
}

function toFinding(body: string, r: Omit<SentenceResult, 'hits'>, hit: Hit, offset: number, locale: MessageLocale): Finding {
  // Whole grapheme clusters only: a span that stops before a skin-tone modifier would orphan it.
  const [start, end] = snapToClusters(body, offset + hit.start, offset + hit.end);
  const text = body.slice(start, end);
  const suggestions: Suggestion[] = [];
  for (const s of hit.suggestions ?? []) {
    const edits = s.edits
      .map((e) => {
        const [a, b] = snapToClusters(body, offset + e.start, offset + e.end);
        return { start: a, end: b, text: e.text };
      })
      .sort((a, b) => a.start - b.start);
    const valid = edits.every((e, i) => e.start >= 0 && e.end <= body.length && e.start <= e.end && (i === 0 || edits[i - 1].end <= e.start));
    if (!valid) continue;
    const safe = s.safe !== false && !edits.some((e) => e.text.includes('[[')) && keepsProtected(body, edits) && changes(body, edits);
    suggestions.push({ label: ruleText(r.rule, s.label, locale, { text }), safe, edits });
  }
  return {
    rule: r.rule.id,
    category: r.rule.category,
    severity: r.severity,
    start,
    end,
    text,
    message: ruleText(r.rule, hit.message ?? { id: 'message' }, locale, { text }),
    explanation: ruleText(r.rule, { id: 'explanation' }, locale, { text }),
    suggestions,
  };
}

function bareFinding(body: string, r: Omit<SentenceResult, 'hits'>, hit: Hit, offset: number): Finding {
  const [start, end] = snapToClusters(body, offset + hit.start, offset + hit.end);
  return { rule: r.rule.id, category: r.rule.category, severity: r.severity, start, end, text: '', message: '', explanation: '', suggestions: [] };
}

function changes(body: string, edits: { start: number; end: number; text: string }[]): boolean {
  return edits.some((e) => body.slice(e.start, e.end) !== e.text);
}

function isQuoted(body: string, at: number): boolean {
  const lineStart = body.lastIndexOf('\n', at - 1) + 1;
  return /^\s*>/.test(body.slice(lineStart, at + 1));
}

/** A filter that drops findings inside a phrase never to flag. Each phrase is searched for once, not once per finding. */
function notIgnored(body: string, ignore: readonly string[]): (f: Finding) => boolean {
  if (!ignore.length) return () => true;
  const lower = body.toLowerCase();
  const spans: Array<[number, number]> = [];
  for (const p of ignore) for (let i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1)) spans.push([i, i + p.length]);
  spans.sort((a, b) => a[0] - b[0]);
  // reach[i]: the furthest end of spans[0..i]; a finding is covered when a span starting at or before it reaches its end.
  const reach: number[] = [];
  for (const [, end] of spans) reach.push(Math.max(end, reach[reach.length - 1] ?? 0));
  return (f) => {
    const n = countAtMost(spans.length, (i) => spans[i][0], f.start);
    return n === 0 || reach[n - 1] < f.end;
  };
}

// Words and syllables per sentence, cached like the rule results: typing changes one sentence.
const countCache = new Map<string, [number, number]>();
function sentenceCounts(text: string): [number, number] {
  let c = countCache.get(text);
  if (!c) {
    const ws = words(text);
    c = [ws.length, ws.reduce((n, w) => n + syllables(w.text), 0)];
    countCache.set(text, c);
    if (countCache.size > CACHE_LIMIT) countCache.delete(countCache.keys().next().value!);
  }
  return c;
}

function computeStats(body: string, sentences: Span[], paragraphs: Span[]): Stats {
  let wordCount = 0;
  let syl = 0;
  let longest = 0;
  let questions = 0;
  for (const s of sentences) {
    const [count, sy] = sentenceCounts(s.text);
    wordCount += count;
    longest = Math.max(longest, count);
    syl += sy;
    if (s.text.endsWith('?')) questions++;
  }
  const n = Math.max(1, sentences.length);
  const wps = wordCount / n;
  const grade = wordCount ? 0.39 * wps + 11.8 * (syl / wordCount) - 15.59 : 0;
  return {
    words: wordCount || countWords(body),
    sentences: sentences.length,
    paragraphs: paragraphs.length,
    questions,
    exclamations: (body.match(/!/g) ?? []).length,
    readingGrade: Math.max(0, Math.round(grade * 10) / 10),
    avgSentenceWords: Math.round(wps * 10) / 10,
    longestSentenceWords: longest,
  };
}

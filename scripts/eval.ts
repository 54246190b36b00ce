// `npm run eval [-- --data DIR] [--json]`: how well the coach's judgement agrees with people.
// The own labelled email set (tests/fixtures/emails: development and held-out parts), politeness
// (Stanford Politeness Corpus, paper protocol), formality of email sentences (Pavlick & Tetreault)
// and Enron emails (Peterson et al.). Score figures come twice: from the shipped model (fitted on all
// development data: "full fit") and cross-validated (each row scored by a model fitted without its fold).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Category, Finding, Report } from '../src/core/types';
import { CATEGORIES } from '../src/core/types';
import { analyze, fixDraft } from '../src/engine';
import { applyEdits } from '../src/engine/apply';
import type { Email } from './data';
import { missingPublicFiles } from './data';
import { auc, median, spearman } from './metrics';
import { crossValidate } from './model';
import { type Analysed, collect } from './rows';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/eval' }, json: { type: 'boolean', default: false } } });
const dir = resolve(values.data!);
const missing = missingPublicFiles(dir);
if (missing.length) {
  console.error(`tone-coach eval: no evaluation data at ${missing.join(', ')}.\nPoint to the folder with --data DIR (it holds politeness/, formality/ and enron/ as in ../shared/eval).`);
  process.exit(2);
}

const t0 = performance.now();
const data = collect(dir);
const cv = crossValidate(data.rows);
/** A score from the shipped model, or the cross-validated one for a development row. */
const scoreOf = (a: Analysed<unknown>, key: keyof Report['scores'], mode: 'full' | 'cv') => (mode === 'cv' && a.row !== undefined ? cv[key][a.row] : a.report.scores[key]);

const warns = (r: Report, c: Category) => r.findings.some((f) => f.category === c && f.severity !== 'info');
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const pct = (x: number) => Math.round(1000 * x) / 10;
const r3 = (x: number) => Math.round(1000 * x) / 1000;

// ---- Own email set ----------------------------------------------------------------------------
function ownSet(items: Analysed<Email>[], mode: 'full' | 'cv') {
  let flagged = 0;
  let mustFlag = 0;
  let clean = 0;
  let mustClean = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const { item: e, report } of items) {
    for (const c of e.mustFlag) {
      mustFlag++;
      if (warns(report, c)) flagged++;
      else misses.push(`${e.id} (${c})`);
    }
    for (const c of e.mustClean) {
      mustClean++;
      if (!warns(report, c)) clean++;
      else falseAlarms.push(`${e.id} (${c}: ${report.findings.filter((f) => f.category === c && f.severity !== 'info').map((f) => f.rule).join(', ')})`);
    }
  }
  const categoryAuc = {} as Record<Category, number>;
  for (const c of CATEGORIES) {
    const pos = items.filter((a) => a.item.mustClean.includes(c)).map((a) => scoreOf(a, c, mode));
    const neg = items.filter((a) => a.item.mustFlag.includes(c)).map((a) => scoreOf(a, c, mode));
    categoryAuc[c] = r3(auc(pos, neg));
  }
  const good = items.filter((a) => a.item.quality === 'good').map((a) => scoreOf(a, 'overall', mode));
  const bad = items.filter((a) => a.item.quality === 'flawed').map((a) => scoreOf(a, 'overall', mode));
  let spans = 0;
  let covered = 0;
  let keeps = 0;
  let kept = 0;
  for (const { item: e, report } of items) {
    for (const s of e.spans ?? []) {
      spans++;
      const at = e.body.indexOf(s.text);
      if (report.findings.some((f) => f.category === s.category && f.start < at + s.text.length && f.end > at)) covered++;
    }
    if (e.keep?.length) {
      // Every safe rewrite on its own, and all of them at once.
      const texts = [fixDraft(e), ...report.findings.flatMap((f) => f.suggestions.filter((s) => s.safe).map((s) => applyEdits(e.body, s.edits)))];
      for (const k of e.keep) {
        keeps++;
        if (texts.every((t) => t.includes(k))) kept++;
      }
    }
  }
  return {
    drafts: items.length,
    mustFlag: { total: mustFlag, warned: pct(flagged / Math.max(1, mustFlag)) },
    mustClean: { total: mustClean, clean: pct(clean / Math.max(1, mustClean)) },
    categoryAuc,
    overall: { good: Math.round(mean(good)), flawed: Math.round(mean(bad)), gap: Math.round(mean(good) - mean(bad)) },
    spans: { total: spans, covered: pct(covered / Math.max(1, spans)) },
    keep: { total: keeps, kept: pct(kept / Math.max(1, keeps)) },
    misses,
    falseAlarms,
  };
}

const dev = data.emails.filter((a) => !a.item.heldOut);
const held = data.emails.filter((a) => a.item.heldOut);
const byLang = (lang: string) => dev.filter((a) => a.item.lang === lang);

// ---- Public corpora ---------------------------------------------------------------------------
function politeness(key: 'wikipedia' | 'stackExchange', mode: 'full' | 'cv') {
  const q = data.politeness[key];
  const p = q.polite.map((a) => scoreOf(a, 'politeness', mode));
  const n = q.impolite.map((a) => scoreOf(a, 'politeness', mode));
  const threshold = median([...p, ...n]);
  const correct = p.filter((s) => s > threshold).length + n.filter((s) => s <= threshold).length;
  return { rows: q.rows, quartileRows: p.length + n.length, auc: r3(auc(p, n)), accuracy: pct(correct / (p.length + n.length)) };
}

function formality(mode: 'full' | 'cv') {
  return { rows: data.formality.length, spearman: r3(spearman(data.formality.map((a) => scoreOf(a, 'professionalism', mode)), data.formality.map((a) => a.item.human))) };
}

function enron(mode: 'full' | 'cv') {
  const e = data.enron;
  const prof = e.map((a) => scoreOf(a, 'professionalism', mode));
  const formal = e.filter((a) => a.item.formality >= 3).map((a) => scoreOf(a, 'professionalism', mode));
  const informal = e.filter((a) => a.item.formality <= 2).map((a) => scoreOf(a, 'professionalism', mode));
  const requests = e.filter((a) => a.item.request === true);
  const noAsk = requests.filter((a) => a.report.findings.some((f) => f.rule === 'clarity/no-clear-ask'));
  return {
    rows: e.length,
    spearman: r3(spearman(prof, e.map((a) => a.item.formality))),
    auc: r3(auc(formal, informal)),
    requestEmails: requests.length,
    noClearAsk: pct(noAsk.length / Math.max(1, requests.length)),
  };
}

// ---- Per rule: how often it is right ----------------------------------------------------------
interface RuleRow {
  rule: string;
  severity: string;
  /** Development drafts it fires on, where its category is labelled. */
  labelled: number;
  /** Of those, the share where the category must be flagged. */
  precision: number | null;
  /** Of the drafts whose category must be flagged, the share this rule fires on. */
  recall: number | null;
  /** Public rows it fires on, and the share of them rated impolite or informal by people. */
  publicFires: number;
  publicPrecision: number | null;
}

function perRule(): RuleRow[] {
  const rules = new Map<string, { severity: Set<string>; category: Category; right: number; wrong: number; fires: number; pub: number; pubBad: number }>();
  const entry = (f: Finding) => {
    let r = rules.get(f.rule);
    if (!r) rules.set(f.rule, (r = { severity: new Set(), category: f.category, right: 0, wrong: 0, fires: 0, pub: 0, pubBad: 0 }));
    r.severity.add(f.severity);
    return r;
  };
  const mustFlagCount = {} as Record<Category, number>;
  for (const c of CATEGORIES) mustFlagCount[c] = dev.filter((a) => a.item.mustFlag.includes(c)).length;
  for (const { item: e, report } of dev) {
    for (const id of new Set(report.findings.map((f) => f.rule))) {
      const f = report.findings.find((x) => x.rule === id)!;
      const r = entry(f);
      if (e.mustFlag.includes(f.category)) (r.right++, r.fires++);
      else if (e.mustClean.includes(f.category)) r.wrong++;
    }
  }
  const pub = (a: Analysed<unknown>, bad: boolean) => {
    for (const id of new Set(a.report.findings.map((f) => f.rule))) {
      const r = entry(a.report.findings.find((x) => x.rule === id)!);
      r.pub++;
      if (bad) r.pubBad++;
    }
  };
  for (const key of ['wikipedia', 'stackExchange'] as const) {
    data.politeness[key].polite.forEach((a) => pub(a, false));
    data.politeness[key].impolite.forEach((a) => pub(a, true));
  }
  data.formality.forEach((a) => pub(a, a.item.human < 0));
  data.enron.forEach((a) => pub(a, a.item.formality <= 2));
  return [...rules.entries()]
    .map(([rule, r]) => ({
      rule,
      severity: [...r.severity].sort().join('/'),
      labelled: r.right + r.wrong,
      precision: r.right + r.wrong ? pct(r.right / (r.right + r.wrong)) : null,
      recall: mustFlagCount[r.category] ? pct(r.fires / mustFlagCount[r.category]) : null,
      publicFires: r.pub,
      publicPrecision: r.pub ? pct(r.pubBad / r.pub) : null,
    }))
    .sort((a, b) => a.rule.localeCompare(b.rule));
}

// ---- Speed of the scorer itself ---------------------------------------------------------------
function scorerSpeed() {
  const sample = dev.slice(0, 50).map((a) => a.item);
  for (const e of sample) analyze(e);
  const t = performance.now();
  for (let i = 0; i < 4; i++) for (const e of sample) analyze(e);
  return Math.round(((performance.now() - t) / (4 * sample.length)) * 1000) / 1000;
}

const result = {
  date: new Date().toISOString().slice(0, 10),
  data: dir,
  own: {
    split: { development: dev.length, heldOut: held.length, english: dev.filter((a) => a.item.lang === 'en').length, estonian: dev.filter((a) => a.item.lang === 'et').length },
    development: { full: ownSet(dev, 'full'), cv: ownSet(dev, 'cv') },
    english: ownSet(byLang('en'), 'full'),
    estonian: ownSet(byLang('et'), 'full'),
    heldOut: ownSet(held, 'full'),
  },
  politeness: {
    wikipedia: { full: politeness('wikipedia', 'full'), cv: politeness('wikipedia', 'cv') },
    stackExchange: { full: politeness('stackExchange', 'full'), cv: politeness('stackExchange', 'cv') },
  },
  formality: { full: formality('full'), cv: formality('cv') },
  enron: { full: enron('full'), cv: enron('cv') },
  rules: perRule(),
  msPerDraft: scorerSpeed(),
  seconds: 0,
};
result.seconds = Math.round((performance.now() - t0) / 100) / 10;

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');
const o = result.own.development;
const targets: Array<[string, string, string, boolean]> = [
  ['own set: must-flag categories that warn', `${o.full.mustFlag.warned} %`, '≥ 90 %', o.full.mustFlag.warned >= 90],
  ['own set: must-stay-clean categories with no warning', `${o.full.mustClean.clean} %`, '≥ 95 %', o.full.mustClean.clean >= 95],
  ...CATEGORIES.map((c): [string, string, string, boolean] => [`own set: AUC ${c} (full fit / cross-validated)`, `${o.full.categoryAuc[c]} / ${o.cv.categoryAuc[c]}`, '≥ 0.95', o.cv.categoryAuc[c] >= 0.95]),
  ['own set: overall gap good − flawed (full / cv)', `${o.full.overall.gap} / ${o.cv.overall.gap}`, '≥ 25', o.cv.overall.gap >= 25],
  ['Wikipedia politeness accuracy (full / cv)', `${result.politeness.wikipedia.full.accuracy} % / ${result.politeness.wikipedia.cv.accuracy} %`, '≥ 84 %', result.politeness.wikipedia.cv.accuracy >= 84],
  ['Stack Exchange politeness accuracy (full / cv)', `${result.politeness.stackExchange.full.accuracy} % / ${result.politeness.stackExchange.cv.accuracy} %`, '≥ 72 %', result.politeness.stackExchange.cv.accuracy >= 72],
  ['Formality Spearman (full / cv)', `${result.formality.full.spearman} / ${result.formality.cv.spearman}`, '≥ 0.70', result.formality.cv.spearman >= 0.7],
  ['Enron Spearman (full / cv)', `${result.enron.full.spearman} / ${result.enron.cv.spearman}`, '≥ 0.55', result.enron.cv.spearman >= 0.55],
  ['Enron "no clear ask" on request emails', `${result.enron.full.noClearAsk} % of ${result.enron.full.requestEmails}`, '≤ 5 %', result.enron.full.noClearAsk <= 5],
];

const lines: string[] = [];
lines.push(`# Tone Coach accuracy (${result.date}; data: ${dir}; ${result.seconds} s)`, '');
lines.push('## Targets (development data; a cross-validated figure decides where there is one)', '', '| measure | figure | target | met |', '|---|---|---|---|');
for (const [name, fig, target, ok] of targets) lines.push(`| ${name} | ${fig} | ${target} | ${mark(ok)} |`);
lines.push('', `## Own email set (${result.own.split.development} development drafts: ${result.own.split.english} English, ${result.own.split.estonian} Estonian; ${result.own.split.heldOut} held out)`, '');
lines.push('| part | drafts | must-flag warned | must-clean clean | AUC empathy | AUC clarity | AUC professionalism | overall good / flawed (gap) | spans covered | kept in rewrites |', '|---|---|---|---|---|---|---|---|---|---|');
const ownLine = (name: string, s: ReturnType<typeof ownSet>) =>
  lines.push(`| ${name} | ${s.drafts} | ${s.mustFlag.warned} % of ${s.mustFlag.total} | ${s.mustClean.clean} % of ${s.mustClean.total} | ${s.categoryAuc.empathy} | ${s.categoryAuc.clarity} | ${s.categoryAuc.professionalism} | ${s.overall.good} / ${s.overall.flawed} (${s.overall.gap}) | ${s.spans.covered} % of ${s.spans.total} | ${s.keep.kept} % of ${s.keep.total} |`);
ownLine('development, full fit', o.full);
ownLine('development, cross-validated', o.cv);
ownLine('development, English', result.own.english);
ownLine('development, Estonian', result.own.estonian);
ownLine('held out (never fitted to)', result.own.heldOut);
lines.push('', '## Public corpora', '', '| corpus | rows | measure | full fit | cross-validated |', '|---|---|---|---|---|');
for (const [name, key] of [['Wikipedia politeness', 'wikipedia'], ['Stack Exchange politeness', 'stackExchange']] as const) {
  const p = result.politeness[key];
  lines.push(`| ${name} | ${p.full.rows} (${p.full.quartileRows} in quartiles) | AUC / accuracy | ${p.full.auc} / ${p.full.accuracy} % | ${p.cv.auc} / ${p.cv.accuracy} % |`);
}
lines.push(`| Email sentences, formality | ${result.formality.full.rows} | Spearman | ${result.formality.full.spearman} | ${result.formality.cv.spearman} |`);
lines.push(`| Enron emails, formality | ${result.enron.full.rows} | Spearman / AUC formal vs informal | ${result.enron.full.spearman} / ${result.enron.full.auc} | ${result.enron.cv.spearman} / ${result.enron.cv.auc} |`);
lines.push(`| Enron emails with a request (both annotators) | ${result.enron.full.requestEmails} | "no clear ask" raised | ${result.enron.full.noClearAsk} % | (no fit) |`);
lines.push('', '## Per rule (development drafts of the own set; public rows)', '', '| rule | severity | own: fires where labelled | own: precision | own: recall | public: fires | public: share impolite/informal |', '|---|---|---|---|---|---|---|');
const orDash = (x: number | null, unit = ' %') => (x === null ? '–' : `${x}${unit}`);
for (const r of result.rules) lines.push(`| ${r.rule} | ${r.severity} | ${r.labelled} | ${orDash(r.precision)} | ${orDash(r.recall)} | ${r.publicFires} | ${orDash(r.publicPrecision)} |`);
lines.push('', `Scoring: ${result.msPerDraft} ms per draft for the whole analysis (rules, features and scores).`);
if (o.full.misses.length) lines.push('', `Must-flag categories without a warning (development): ${o.full.misses.join('; ')}`);
if (o.full.falseAlarms.length) lines.push('', `Must-clean categories with a warning (development): ${o.full.falseAlarms.join('; ')}`);
console.log(lines.join('\n'));

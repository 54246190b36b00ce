// The subcommands. Each parses its own arguments (args.ts) and calls the same engine as the extension.
import { analyze, builtInPack, fix as fixWithReport, type BuiltInPack, type ResolvedPack } from '../engine';
import { classify, forNewContact, normalizeAddress, normalizeRuleKey, type Audience } from '../engine/audience';
import { setLocale } from '../i18n';
import { DRAFT_OPTIONS, DRAFT_OPTIONS_HELP, loadPack, oneOf, parse, type Command } from './args';
import { formatText } from './format';
import { InputError, isBlank, readText, subjectOf } from './input';
import { runJsonl } from './jsonl';

const FORMATS = ['text', 'json', 'jsonl'] as const;
const LANGS = ['en', 'et'] as const;

const FILE_HELP = `Reads the draft from FILE, or from standard input when FILE is "-" or missing.
UTF-8 and UTF-16 with a byte-order mark are read as they are; name any other encoding.
Exit status: 0 on success, 2 on bad input.`;

const CHECK_OPTIONS = {
  ...DRAFT_OPTIONS,
  format: { type: 'string', default: 'text' },
  lang: { type: 'string' },
  to: { type: 'string', multiple: true },
  'new-contact': { type: 'boolean', default: false },
} as const;

export const check: Command = {
  summary: 'check [FILE|-] [options]   report the findings and scores of a draft',
  usage: `Usage: tone-coach check [FILE|-] [options]

Reports what the coach finds in a draft: scores, findings, explanations and rewrites.

Options:
  --format text|json|jsonl      a readable report (default), the report as JSON, or JSON Lines:
                                one {"id", "body", "incoming"?, "subject"?} per input line and one
                                output line per input line (the report, or {"id", "line", "error"})
  --lang en|et                  the language of messages (default: the draft's own)
  --to ADDRESS                  a recipient (repeat it, or separate with commas): the pack's
                                "audiences" sort it (client, executive, colleague, vendor) and
                                pick the pack for that audience; the report gains "audience"
  --new-contact                 a first email to this recipient: greeting and formal address
                                (Estonian "Teie") are expected
${DRAFT_OPTIONS_HELP}

${FILE_HELP}`,
  async run(args) {
    const { values, file } = parse('check', args, CHECK_OPTIONS, this.usage);
    const format = oneOf('format', values.format, FORMATS);
    const lang = values.lang === undefined ? undefined : oneOf('lang', values.lang, LANGS);
    if (lang) setLocale(lang);
    const chosen = await loadPack(values.pack);
    const who = audienceFor(values.to ?? [], chosen, values['new-contact']);
    const pack = who ? who.pack : chosen;
    if (format === 'jsonl') {
      if (values.encoding !== 'auto') throw new InputError('--encoding does not apply to --format jsonl: JSON Lines are always UTF-8.');
      return runJsonl(source(file), { pack, lang });
    }
    const input = await readDraft(file, values);
    const report = analyze(input, pack, { locale: lang });
    if (format === 'json') {
      process.stdout.write(JSON.stringify(who ? { ...report, audience: who.view } : report, null, 2) + '\n');
      return 0;
    }
    if (who) process.stdout.write(`${who.line}\n`);
    // Without --lang the report's own words follow the draft's language.
    if (!lang) setLocale(report.language === 'et' ? 'et' : 'en');
    const colour = Boolean(process.stdout.isTTY && process.stdout.hasColors());
    process.stdout.write(formatText(report, input.body, file === undefined || file === '-' ? 'stdin' : file, colour));
    return 0;
  },
};

const FIX_OPTIONS = {
  ...DRAFT_OPTIONS,
  'allow-slots': { type: 'boolean', default: false },
} as const;

export const fix: Command = {
  summary: 'fix [FILE|-] [options]     print the draft with every safe rewrite applied',
  usage: `Usage: tone-coach fix [FILE|-] [options]

Prints the draft with every safe rewrite applied: ones that need no input from you and keep every
name, number, date, link and address. Suggestions that need your input (a [[placeholder]]) or a
second look are never applied; standard error says how many were left.

Options:
${DRAFT_OPTIONS_HELP}
  --allow-slots                 exit 0 even when the output still holds a [[placeholder]]

${FILE_HELP}
Exit status 1 when the output still holds a [[placeholder]] to fill in (unless --allow-slots).`,
  async run(args) {
    const { values, file } = parse('fix', args, FIX_OPTIONS, this.usage);
    const pack = await loadPack(values.pack);
    const result = fixWithReport(await readDraft(file, values), pack);
    process.stdout.write(result.text);
    const left = result.needsInput.length;
    if (left) process.stderr.write(`tone-coach fix: ${plural(left, 'suggestion needs', 'suggestions need')} your input or a second look and ${left === 1 ? 'was' : 'were'} not applied.\n`);
    for (const f of result.heldBack) {
      const why = f.suggestions.find((s) => s.heldBack)?.heldBack;
      process.stderr.write(`tone-coach fix: held back the rewrite of “${f.text}” (${f.rule}): together with the others it would raise “${why?.name}” (${why?.rule}).\n`);
    }
    const slots = (result.text.match(SLOTS) ?? []).length;
    if (slots && !values['allow-slots']) {
      process.stderr.write(`tone-coach fix: the output still holds ${plural(slots, 'placeholder', 'placeholders')} ([[…]]) to fill in before sending; --allow-slots accepts that.\n`);
      return 1;
    }
    return 0;
  },
};

/**
 * --to: the recipients' audience by the pack's own "audiences" (a trainer's pack), and the pack that
 * audience gets. Undefined without --to.
 */
function audienceFor(raw: readonly string[], chosen: BuiltInPack | ResolvedPack, newContact: boolean) {
  const addresses = raw.flatMap((a) => a.split(',')).map((a) => normalizeAddress(a)).filter((a): a is string => !!a);
  const bad = raw.flatMap((a) => a.split(',')).filter((a) => a.trim() && !normalizeAddress(a));
  if (bad.length) throw new InputError(`--to: “${bad[0].trim()}” is not an email address.`);
  if (!addresses.length) return undefined;
  const audiences = typeof chosen === 'string' ? undefined : chosen.audiences;
  const rules: Record<string, Audience> = {};
  for (const [k, v] of Object.entries(audiences?.recipients ?? {})) {
    const key = normalizeRuleKey(k);
    if (key) rules[key] = v;
  }
  const match = classify(addresses, rules, []);
  const choice = audiences?.packs?.[match.audience];
  const base = choice === 'standard' || choice === 'strict' ? builtInPack(choice) : typeof chosen === 'string' ? builtInPack(chosen) : chosen;
  const pack = newContact ? forNewContact(base) : base;
  const line = `To: ${match.audience}${match.domain ? ` (${match.domain})` : ''}, pack ${pack.name}${newContact ? ', new contact' : ''}`;
  return { pack, line, view: { audience: match.audience, domain: match.domain, newContact, pack: pack.name } };
}

const SLOTS = /\[\[[^[\]\n]*\]\]/g;

function plural(n: number, one: string, many: string): string {
  return `${n} ${new Intl.PluralRules('en').select(n) === 'one' ? one : many}`;
}

/** FILE, or "-" for standard input when none is named. */
function source(file: string | undefined): string {
  // Waiting for a draft typed at the terminal looks like a hang; an explicit "-" still allows it.
  if (file === undefined && process.stdin.isTTY) throw new InputError('No draft given: name a FILE, or pipe the draft into standard input. See `tone-coach --help`.');
  return file ?? '-';
}

/** The draft and what comes with it; refuses input with nothing to check. */
async function readDraft(file: string | undefined, values: { incoming?: string; subject: string; encoding: string }) {
  const path = source(file);
  const body = await readText(path, 'draft', values.encoding);
  if (isBlank(body)) throw new InputError(`Nothing to check: ${subjectOf(path, 'draft').toLowerCase()} has no text.`);
  const incoming = values.incoming === undefined ? '' : await readText(values.incoming, 'incoming message', values.encoding);
  return { body, incoming, subject: values.subject };
}

// tone-coach: check or fix drafts from the command line with the same engine the extension uses.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, fixDraft, parsePack, BUILT_IN_PACKS, type BuiltInPack, type ResolvedPack } from '../engine';
import { formatText } from './format';
import { setLocale, type UiLocale } from '../i18n';

const USAGE = `Usage:
  tone-coach check [FILE|-] [--pack standard|strict|PATH] [--incoming FILE] [--subject TEXT] [--format text|json|jsonl] [--lang en|et]
  tone-coach fix [FILE|-] [--pack standard|strict|PATH] [--incoming FILE]

Reads the draft from FILE, or from standard input when FILE is "-" or missing.
--lang chooses the language of messages (default: the draft's own).
--format jsonl reads one JSON object per line ({"id", "body", "incoming"?, "subject"?}) and writes one report per line.
Exit status: 0 on success, 2 on bad input.`;

class InputError extends Error {}

interface Options {
  command: string;
  file: string;
  pack: BuiltInPack | ResolvedPack;
  incoming: string;
  subject: string;
  format: 'text' | 'json' | 'jsonl';
  lang?: UiLocale;
}

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') throw new InputError(USAGE);
  if (command !== 'check' && command !== 'fix') throw new InputError(`Unknown command “${command}”.\n\n${USAGE}`);
  const o: Options = { command, file: '-', pack: 'standard', incoming: '', subject: '', format: 'text' };
  let fileSeen = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new InputError(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--pack') o.pack = loadPack(value());
    else if (arg === '--incoming') o.incoming = readText(value(), 'incoming message');
    else if (arg === '--subject') o.subject = value();
    else if (arg === '--lang') {
      const l = value();
      if (l !== 'en' && l !== 'et') throw new InputError(`--lang must be en or et, not “${l}”.`);
      o.lang = l;
    }
    else if (arg === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'jsonl') throw new InputError(`--format must be text, json or jsonl, not “${f}”.`);
      o.format = f;
    } else if (arg.startsWith('--')) throw new InputError(`Unknown option “${arg}”.\n\n${USAGE}`);
    else if (fileSeen) throw new InputError(`Only one FILE can be checked at a time; got “${o.file}” and “${arg}”.`);
    else {
      o.file = arg;
      fileSeen = true;
    }
  }
  return o;
}

function loadPack(ref: string): BuiltInPack | ResolvedPack {
  if ((BUILT_IN_PACKS as string[]).includes(ref)) return ref as BuiltInPack;
  const result = parsePack(readText(ref, 'pack'));
  if (!result.ok) throw new InputError(`${ref}: ${result.error}`);
  return result.pack;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `Cannot read the ${what}: no file “${path}”.` : `Cannot read the ${what} “${path}”: ${(e as Error).message}`);
  }
}

async function runJsonl(o: Options): Promise<number> {
  const input = o.file === '-' ? process.stdin : (await import('node:fs')).createReadStream(o.file);
  input.on('error', () => undefined);
  let status = 0;
  let n = 0;
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let row: { id?: unknown; body?: unknown; incoming?: unknown; subject?: unknown };
    try {
      row = JSON.parse(line);
    } catch (e) {
      process.stderr.write(`line ${n}: invalid JSON: ${(e as Error).message}\n`);
      status = 2;
      continue;
    }
    if (typeof row !== 'object' || row === null || typeof row.body !== 'string') {
      process.stderr.write(`line ${n}: expected an object with a string "body"\n`);
      status = 2;
      continue;
    }
    const report = analyze({ body: row.body, incoming: typeof row.incoming === 'string' ? row.incoming : '', subject: typeof row.subject === 'string' ? row.subject : '' }, o.pack, { locale: o.lang });
    process.stdout.write(JSON.stringify({ id: row.id ?? n, ...report }) + '\n');
  }
  return status;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const o = parseArgs(argv);
    if (o.lang) setLocale(o.lang);
    if (o.format === 'jsonl') return await runJsonl(o);
    const body = readText(o.file, 'draft');
    const input = { body, incoming: o.incoming, subject: o.subject };
    if (o.command === 'fix') {
      process.stdout.write(fixDraft(input, o.pack));
      return 0;
    }
    const report = analyze(input, o.pack, { locale: o.lang });
    // Without --lang the report's own words follow the draft's language.
    if (!o.lang) setLocale(report.language === 'et' ? 'et' : 'en');
    if (o.format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    else {
      const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(formatText(report, body, o.file === '-' ? 'stdin' : o.file, colour));
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`tone-coach: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

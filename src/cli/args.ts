// Arguments, parsed by Node's util.parseArgs; every command declares its options here or next to it.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BUILT_IN_PACKS, parsePack, type BuiltInPack, type ResolvedPack } from '../engine';
import { InputError, readText } from './input';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** A subcommand: `tone-coach NAME …`. */
export interface Command {
  /** One line for the overall help. */
  summary: string;
  /** The command's own `--help` text. */
  usage: string;
  run(args: string[]): Promise<number>;
}

/** Thrown when the user asked for help: main prints the text on standard output and exits 0. */
export class HelpRequested {
  constructor(readonly text: string) {}
}

/** Options every command that reads a draft takes. */
export const DRAFT_OPTIONS = {
  pack: { type: 'string', default: 'standard' },
  incoming: { type: 'string' },
  subject: { type: 'string', default: '' },
  encoding: { type: 'string', default: 'auto' },
} as const satisfies OptionSpec;

export const DRAFT_OPTIONS_HELP = `  --pack standard|strict|PATH   the rule pack (default: standard)
  --incoming FILE               the message you are replying to
  --subject TEXT                the email's subject
  --encoding LABEL              the file's encoding when it is not UTF-8 or UTF-16 with a
                                byte-order mark (e.g. windows-1252)
  -h, --help                    show this help`;

const HELP = { help: { type: 'boolean', short: 'h' } } as const;
type Config<O extends OptionSpec> = { args: string[]; options: O & typeof HELP; allowPositionals: true; strict: true };

/** parseArgs with `--help`, at most one FILE, and errors as one line that points to the help. */
export function parse<O extends OptionSpec>(name: string, args: string[], options: O, usage: string) {
  let parsed: ReturnType<typeof parseArgs<Config<O>>>;
  try {
    parsed = parseArgs<Config<O>>({ args, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
  } catch (e) {
    throw argumentError(e, `tone-coach ${name}`);
  }
  if ((parsed.values as { help?: boolean }).help) throw new HelpRequested(usage);
  if (parsed.positionals.length > 1) throw new InputError(`Only one FILE can be checked at a time; got ${parsed.positionals.map((p) => `“${p}”`).join(' and ')}.`);
  return { values: parsed.values, file: parsed.positionals[0] as string | undefined };
}

/** parseArgs's error in one short line that points to the help. */
export function argumentError(e: unknown, command: string): InputError {
  const { code, message } = e as { code?: string; message: string };
  const arg = /'([^' ]*)/.exec(message)?.[1]; // parseArgs quotes the argument at fault first
  const what =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `Unknown option “${arg}”.`
    : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /missing|ambiguous/.test(message) ? `${arg} needs a value.`
    : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? `Unexpected argument “${arg}”.`
    : message.split('\n')[0].replace(/([^.])$/, '$1.');
  return new InputError(`${what} See \`${command} --help\`.`);
}

/** One of the allowed values of an option, or a clear error naming them. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.length === 2 ? allowed.join(' or ') : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  throw new InputError(`--${option} must be ${list}, not “${value}”.`);
}

export async function loadPack(ref: string): Promise<BuiltInPack | ResolvedPack> {
  if ((BUILT_IN_PACKS as readonly string[]).includes(ref)) return ref as BuiltInPack;
  const result = parsePack(await readText(ref, 'pack'));
  if (!result.ok) throw new InputError(`${ref}: ${result.error}`);
  return result.pack;
}

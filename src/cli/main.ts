// tone-coach: check or fix drafts from the command line with the same engine the extension uses.
import { parseArgs } from 'node:util';
import { HelpRequested, argumentError, type Command } from './args';
import { check, fix } from './commands';
import { test } from './test-pack';
import { InputError } from './input';

// Baked in by scripts/build-cli.mjs from package.json.
declare const TONE_COACH_VERSION: string;

/** Every subcommand; a new one is a file exporting a Command and a line here. */
const COMMANDS: Record<string, Command> = { check, fix, test };

const USAGE = `Usage: tone-coach COMMAND [FILE|-] [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.summary}`)
  .join('\n')}

Options:
  -h, --help       show this help (or \`tone-coach COMMAND --help\` for a command's options)
  -v, --version    show the version

Exit status: 0 on success, 2 on bad input.`;

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // The first word names the command; parseArgs has no subcommands, so each command parses the rest.
  if (name === 'help') throw new HelpRequested(rest[0] && Object.hasOwn(COMMANDS, rest[0]) ? COMMANDS[rest[0]].usage : USAGE);
  if (name && !name.startsWith('-')) {
    if (!Object.hasOwn(COMMANDS, name)) throw new InputError(`Unknown command “${name}”; the commands are ${Object.keys(COMMANDS).join(', ')}. See \`tone-coach --help\`.`);
    return COMMANDS[name].run(rest);
  }
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } }, strict: true }));
  } catch (e) {
    throw argumentError(e, 'tone-coach');
  }
  if (values.version) {
    process.stdout.write(`${TONE_COACH_VERSION}\n`);
    return 0;
  }
  if (values.help) throw new HelpRequested(USAGE);
  // No command at all: the usage, as an error.
  throw new InputError(`No command given.\n\n${USAGE}`);
}

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (e) {
    if (e instanceof HelpRequested) {
      process.stdout.write(e.text + '\n');
      return 0;
    }
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

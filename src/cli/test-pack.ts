// `tone-coach test PACK.json`: runs the examples a pack carries with the pack itself and names each
// one that fails. Exit status 0 when all hold, 1 when one fails, 2 when the pack can't be read.
import { packExamples } from '../engine/examples';
import { describeExample, summarise } from '../engine/example-report';
import { InputError } from './input';
import { loadPack, parse, type Command } from './args';

export const test: Command = {
  summary: 'test PACK.json             run the examples in a rule pack',
  usage: `Usage: tone-coach test PACK.json

Runs every example the pack carries (its own rules' and the rules it changes) with the pack, and
names each example that fails.

Options:
  -h, --help                    show this help

Exit status: 0 when every example holds, 1 when one fails, 2 when the pack can't be read.`,
  async run(args) {
    const { file } = parse('test', args, {}, this.usage);
    if (!file) throw new InputError('Name the pack to test: tone-coach test PACK.json');
    const pack = await loadPack(file);
    if (typeof pack === 'string') throw new InputError(`“${file}” is a built-in pack; its examples run in the project's tests.`);
    const results = packExamples(pack);
    for (const r of results) if (!r.ok) process.stdout.write(`✗ ${describeExample(r)}\n`);
    process.stdout.write(`${summarise(results)}\n`);
    return results.every((r) => r.ok) ? 0 : 1;
  },
};

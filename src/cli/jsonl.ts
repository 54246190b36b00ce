// `check --format jsonl`: many drafts in one process. Every input line gets exactly one output line,
// in order: the report, or an error record naming the line (and the id when it could be read), so
// output line N always answers input line N.
import { createReadStream } from 'node:fs';
import { analyze, type PackRef } from '../engine';
import type { UiLocale } from '../i18n';
import { InputError, MAX_INPUT_BYTES, isBlank } from './input';

export interface JsonlContext {
  pack: PackRef;
  lang?: UiLocale;
}

export async function runJsonl(file: string, ctx: JsonlContext): Promise<number> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  let status = 0;
  let n = 0;
  try {
    for await (const bytes of lines(input as AsyncIterable<Buffer>, MAX_INPUT_BYTES)) {
      n++;
      const result = checkLine(bytes, n, ctx);
      if ('error' in result) {
        process.stderr.write(`line ${n}: ${result.error}\n`);
        status = 2;
      }
      process.stdout.write(JSON.stringify(result) + '\n');
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`Cannot read the drafts: no file “${file}”.`);
    if (code === 'EISDIR') throw new InputError(`The drafts “${file}” are a directory; give a JSON Lines file.`);
    throw e;
  }
  return status;
}

type Row = { id?: unknown; body?: unknown; incoming?: unknown; subject?: unknown };

function checkLine(bytes: Buffer | null, n: number, ctx: JsonlContext): object {
  const fail = (error: string, id: unknown = n) => ({ id, line: n, error });
  if (!bytes) return fail(`longer than ${MAX_INPUT_BYTES / 1024 / 1024} MB; skipped`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('not UTF-8 text (JSON Lines are UTF-8)');
  }
  if (isBlank(text)) return fail('empty line; expected a JSON object');
  let row: Row;
  try {
    row = JSON.parse(text);
  } catch (e) {
    return fail(`invalid JSON: ${(e as Error).message}`);
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return fail('expected an object with a string "body"');
  const id = row.id ?? n;
  if (typeof row.body !== 'string') return fail('expected an object with a string "body"', id);
  if (isBlank(row.body)) return fail('nothing to check: "body" is empty', id);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const report = analyze({ body: row.body, incoming: str(row.incoming), subject: str(row.subject) }, ctx.pack, { locale: ctx.lang });
  return { id, ...report };
}

/**
 * The lines of a byte stream, without their "\n". A line longer than `limit` bytes is read past
 * (never held in memory) and given as null, so one giant line cannot exhaust memory.
 */
export async function* lines(input: AsyncIterable<Buffer>, limit: number): AsyncGenerator<Buffer | null> {
  let parts: Buffer[] = [];
  let size = 0;
  const take = (piece: Buffer) => {
    size += piece.length;
    if (size <= limit) parts.push(piece);
    else parts = [];
  };
  const line = () => {
    const out = size > limit ? null : Buffer.concat(parts);
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of input) {
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      take(chunk.subarray(from, nl));
      yield line();
      from = nl + 1;
    }
    take(chunk.subarray(from));
  }
  if (size > 0) yield line();
}

// Reading what the user hands the command line: files or standard input, as text in a known
// encoding, with one clear sentence for everything that is not a draft.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** Bad input: main prints the message on one line and exits 2. */
export class InputError extends Error {}

/** The largest draft (or JSONL line) the command line takes: far beyond any email, small enough to stay fast. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/** How messages name an input: “The draft “x.txt”” or “The draft on standard input”. */
export function subjectOf(path: string, what: string): string {
  return path === '-' ? `The ${what} on standard input` : `The ${what} “${path}”`;
}

/** Reads FILE (or standard input for "-") as bytes, refusing directories and anything over `limit`. */
export async function readBytes(path: string, what: string, limit = MAX_INPUT_BYTES): Promise<Buffer> {
  const subject = subjectOf(path, what);
  try {
    if (path !== '-' && (await stat(path)).isDirectory()) throw new InputError(`${subject} is a directory; give a text file.`);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of (path === '-' ? process.stdin : createReadStream(path)) as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      // Stop at the limit: an endless stream (`< /dev/zero`) gets an answer, not a hang. A large
      // program is better called binary than too long.
      if (size > limit) {
        throw new InputError(
          chunks[0].includes(0) && !byteOrderMark(chunks[0])
            ? `${subject} is a binary file, not text.`
            : `${subject} is larger than ${limit / 1024 / 1024} MB; split it into smaller drafts (one per line with --format jsonl).`,
        );
      }
    }
    return Buffer.concat(chunks);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`Cannot read the ${what}: no file “${path}”.`);
    if (code === 'EACCES') throw new InputError(`Cannot read ${subject.toLowerCase()}: permission denied.`);
    throw new InputError(`Cannot read ${subject.toLowerCase()}: ${(e as Error).message}`);
  }
}

/** Reads FILE or standard input as text; see `decode`. */
export async function readText(path: string, what: string, encoding = 'auto'): Promise<string> {
  return decode(await readBytes(path, what), subjectOf(path, what), encoding);
}

/**
 * Bytes to text. `auto` reads UTF-8, and UTF-16 (LE or BE) or UTF-8 with a byte-order mark; any
 * other encoding must be named (`--encoding windows-1252`). Binary files and text in an
 * undeclared encoding are refused: checking them would only report noise.
 */
export function decode(bytes: Uint8Array, subject: string, encoding = 'auto'): string {
  if (encoding !== 'auto') {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding);
    } catch {
      throw new InputError(`Unknown encoding “${encoding}”; use a WHATWG label such as utf-8, utf-16le or windows-1252.`);
    }
    return refuseBinary(decoder.decode(bytes), subject);
  }
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-32') throw new InputError(`${subject} is UTF-32 text, which is not supported; save it as UTF-8.`);
  if (bom) return refuseBinary(new TextDecoder(bom).decode(bytes), subject); // TextDecoder drops the mark itself.
  if (bytes.includes(0)) {
    throw new InputError(
      looksLikeUtf16(bytes)
        ? `${subject} looks like UTF-16 text without a byte-order mark; save it as UTF-8, or name it with --encoding utf-16le (or utf-16be).`
        : `${subject} is a binary file, not text.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(`${subject} is not UTF-8 text (byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at}); save it as UTF-8, or name its encoding with --encoding (e.g. windows-1252).`);
  }
}

function byteOrderMark(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32' | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 && b.length >= 4 ? 'utf-32' : 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32';
  return undefined;
}

// Latin text in UTF-16 has a zero in nearly every other byte, on the same side.
function looksLikeUtf16(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  return Math.max(even, odd) > 0.4 * (n / 2) && Math.min(even, odd) < 0.05 * (n / 2);
}

function refuseBinary(text: string, subject: string): string {
  if (text.includes('\0')) throw new InputError(`${subject} is a binary file, not text.`);
  return text;
}

// Where decoding first failed: the text before the first replacement character was valid UTF-8.
function firstInvalidUtf8(b: Uint8Array): number {
  const text = new TextDecoder().decode(b);
  return Buffer.byteLength(text.slice(0, text.indexOf('\uFFFD')));
}

/** True when there is nothing to check: no characters other than white space. */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

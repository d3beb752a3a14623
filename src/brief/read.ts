// Reads a brief file from disk, refusing what is not a reasonable UTF-8 text file (too big, binary, other encodings).
import { open, stat } from 'node:fs/promises';
import { BriefdeckError, problem, type Problem } from '../errors.js';

/** Briefs larger than this are refused before parsing (a real brief is a few kilobytes). */
export const MAX_BRIEF_BYTES = 1024 * 1024;

export interface SourceText {
  file: string;
  text: string;
}

/** Directories, devices and pipes are refused before they are opened (a pipe would block the read). */
const notAFile = (info: { isDirectory(): boolean }) =>
  `cannot read the brief: ${info.isDirectory() ? 'it is a directory' : 'it is a device or pipe'}, not a YAML file`;

const refuse = (file: string, code: Problem['code'], message: string, at: Partial<Problem> = {}) =>
  new BriefdeckError([problem(code, message, { file, ...at })]);

export async function readBrief(file: string): Promise<SourceText> {
  return { file, text: decodeBrief(await readCapped(file), file) };
}

/** Reads at most MAX_BRIEF_BYTES + 1 bytes, so a huge (or growing) file is never loaded whole. */
async function readCapped(file: string): Promise<Uint8Array> {
  let handle;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw refuse(file, 'read', notAFile(info)); // before open: a FIFO would block it
    handle = await open(file, 'r');
  } catch (e) {
    if (e instanceof BriefdeckError) throw e;
    throw refuse(file, 'read', `cannot read the brief: ${reason((e as NodeJS.ErrnoException).code)}`, { hint: 'check the path' });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw refuse(file, 'read', notAFile(info));
    const buffer = Buffer.alloc(MAX_BRIEF_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_BRIEF_BYTES) throw tooBig(file, buffer, Math.max(info.size, length));
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof BriefdeckError) throw e;
    throw refuse(file, 'read', `cannot read the brief: ${reason((e as NodeJS.ErrnoException).code)}`);
  } finally {
    await handle.close();
  }
}

/** What went wrong, in words: the system's error codes (ELOOP, ENOENT …) mean nothing to most people. */
export function reason(code: string | undefined): string {
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    ENOTDIR: 'no such file (a part of the path is not a folder)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a directory, not a YAML file',
    ELOOP: 'a symbolic link loop (the link leads back to itself)',
    EEXIST: 'a file with this name is in the way',
    ENAMETOOLONG: 'the path is too long',
    EMFILE: 'too many files are open',
    ENFILE: 'too many files are open',
    EIO: 'the disk could not be read (an input/output error)',
    EBUSY: 'the file is busy (in use by another program)',
    ENXIO: 'it is a device, not a YAML file',
    ENODEV: 'it is a device, not a YAML file',
  };
  return (code && reasons[code]) ?? `the system could not read it${code ? ` (error ${code})` : ''}`;
}

/** The size refusal points at the line where the file passes the limit. */
function tooBig(file: string, bytes: Uint8Array, size: number): BriefdeckError {
  const mib = (size / 1024 / 1024).toFixed(1);
  const shown = size > MAX_BRIEF_BYTES + 1 ? `${mib} MiB` : 'larger than 1 MiB';
  return refuse(file, 'limit', `the file is ${shown}; expected a brief of at most 1 MiB`, {
    ...positionOf(bytes, MAX_BRIEF_BYTES),
    hint: 'a brief is a few kilobytes of text: split it, or remove pasted binary content',
  });
}

/** Decodes UTF-8 strictly; a NUL byte, a UTF-16 file or invalid UTF-8 means this is not a text brief. */
export function decodeBrief(bytes: Uint8Array, file: string): string {
  const encoding = otherUnicode(bytes);
  if (encoding) {
    throw refuse(file, 'read', `expected UTF-8 text, found ${encoding} text`, {
      line: 1,
      column: 1,
      hint: 'save the brief as UTF-8 (in most editors: Save with Encoding → UTF-8)',
    });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw refuse(file, 'read', 'expected a YAML text file, found binary data (a NUL byte)', {
      ...positionOf(bytes, nul),
      hint: 'a brief is a UTF-8 text file',
    });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    const found = `byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}`;
    const position = positionOf(bytes, at);
    throw refuse(file, 'read', `expected UTF-8 text, found ${found}, which is not valid UTF-8 here`, {
      ...position,
      sourceLine: lineAt(bytes, at),
      hint: 'save the brief as UTF-8 (the file looks like it uses another encoding, such as Latin-1 or Windows-1252)',
    });
  }
}

/**
 * UTF-16 or UTF-32, by its byte-order mark or, without one, by where the zero bytes of the first
 * character fall (YAML starts with ASCII: a key, `#`, `-` or `%`), as XML 1.0 appendix F does.
 */
export function otherUnicode(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [0, 1, 2, 3].map((i) => (i < bytes.length ? bytes[i] : -1));
  const utf32 =
    (a === 0xff && b === 0xfe && c === 0 && d === 0) ||
    (a === 0 && b === 0 && c === 0xfe && d === 0xff) ||
    (isAsciiText(a) && b === 0 && c === 0 && d === 0) ||
    (a === 0 && b === 0 && c === 0 && isAsciiText(d));
  if (utf32) return 'UTF-32';
  const utf16 =
    (a === 0xff && b === 0xfe) ||
    (a === 0xfe && b === 0xff) ||
    (isAsciiText(a) && b === 0 && isAsciiText(c) && d === 0) ||
    (a === 0 && isAsciiText(b) && c === 0 && isAsciiText(d));
  if (utf16) return 'UTF-16';
  return undefined;
}

const isAsciiText = (byte: number) => byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte < 0x7f);

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const [length, low, high] =
    b >= 0xc2 && b <= 0xdf
      ? [2, 0x80, 0xbf]
      : b === 0xe0
        ? [3, 0xa0, 0xbf]
        : b === 0xed
          ? [3, 0x80, 0x9f]
          : b >= 0xe1 && b <= 0xef
            ? [3, 0x80, 0xbf]
            : b === 0xf0
              ? [4, 0x90, 0xbf]
              : b === 0xf4
                ? [4, 0x80, 0x8f]
                : b >= 0xf1 && b <= 0xf3
                  ? [4, 0x80, 0xbf]
                  : [0, 0, 0];
  if (length === 0 || i + length > bytes.length) return 0;
  if (bytes[i + 1] < low || bytes[i + 1] > high) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}

/** The line holding byte `offset`, decoded leniently (invalid bytes shown as U+FFFD). */
function lineAt(bytes: Uint8Array, offset: number): string {
  const start = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const newline = bytes.indexOf(0x0a, offset);
  return new TextDecoder('utf-8').decode(bytes.subarray(start, newline < 0 ? bytes.length : newline)).replace(/\r$/, '');
}

/** 1-based line and column (in UTF-16 units, as editors count) of byte `offset`. */
export function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

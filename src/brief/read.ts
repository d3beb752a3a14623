// Reads a brief file from disk, refusing what is not a reasonable UTF-8 text file.
import { readFile, stat } from 'node:fs/promises';
import { BriefdeckError, problem } from '../errors.js';

/** Briefs larger than this are refused before parsing (a real brief is a few kilobytes). */
export const MAX_BRIEF_BYTES = 1024 * 1024;

export interface SourceText {
  file: string;
  text: string;
}

export async function readBrief(file: string): Promise<SourceText> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new BriefdeckError([problem('read', 'is not a file', { file })]);
    size = info.size;
  } catch (e) {
    if (e instanceof BriefdeckError) throw e;
    throw new BriefdeckError([problem('read', 'cannot read the brief: no such file', { file, hint: 'check the path' })]);
  }
  if (size > MAX_BRIEF_BYTES) {
    const mib = (size / 1024 / 1024).toFixed(1);
    throw new BriefdeckError([problem('limit', `the file is ${mib} MiB; briefs are limited to 1 MiB`, { file, hint: 'split the brief or remove pasted binary content' })]);
  }
  return { file, text: decodeBrief(await readFile(file), file) };
}

/** Decodes UTF-8 strictly; a NUL byte or invalid UTF-8 means this is not a text brief. */
export function decodeBrief(bytes: Uint8Array, file: string): string {
  if (bytes.includes(0)) {
    throw new BriefdeckError([problem('read', 'this is a binary file, not a YAML brief', { file, hint: 'a brief is a UTF-8 text file' })]);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new BriefdeckError([problem('read', 'the file is not valid UTF-8 text', { file, line: at.line, column: at.column, hint: 'save the brief as UTF-8' })]);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(lineStart, i));
      } catch {
        break;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: 1 };
}

// Writes output files atomically: a temp file beside the target, flushed, then renamed over it. Never half-written.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BriefdeckError, problem } from './errors.js';
import { systemErrorWords } from './oserror.js';

/** Temp files start with this, so a leftover (after a power cut) is easy to recognise. */
export const TEMP_PREFIX = '.briefdeck-';

export async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(target), `${TEMP_PREFIX}${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync(); // the bytes reach the disk before the name points at them
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    const { message, hint } = describeFailure(e as NodeJS.ErrnoException);
    throw new BriefdeckError([problem('write', `cannot write the deck: ${message}`, { file: target, hint })]);
  }
}

function describeFailure(e: NodeJS.ErrnoException): { message: string; hint?: string } {
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return { message: 'permission denied', hint: 'choose another output directory with -o, or close the deck if PowerPoint has it open' };
    case 'EBUSY':
      return { message: 'the file is in use', hint: 'close the deck in PowerPoint and build again' };
    case 'ENOSPC':
      return { message: 'the disk is full' };
    case 'EROFS':
      return { message: 'the file system is read-only', hint: 'choose another output directory with -o' };
    case 'EISDIR':
    case 'ENOTEMPTY':
      return { message: 'a directory has this name', hint: 'remove or rename the directory, or choose another output directory with -o' };
    case 'EEXIST': // mkdir of the output directory, where a file has its name
    case 'ENOTDIR':
      return { message: 'a file stands where a directory of the path should be', hint: 'choose another output directory with -o' };
    default:
      return { message: systemErrorWords(e) };
  }
}

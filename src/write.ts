// Writes output files atomically: a temp file beside the target, then rename. Never half-written.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BriefdeckError, problem } from './errors.js';

export async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw new BriefdeckError([problem('write', `cannot write the deck: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file: target })]);
  }
}

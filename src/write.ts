// Writes output files atomically: a temp file beside the target, flushed, then renamed over it. Never half-written.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BriefdeckError, problem } from './errors.js';
import { systemErrorWords } from './shared/oserror.js';

/** Temp files start with this, so a leftover (after a power cut) is easy to recognise. */
export const TEMP_PREFIX = '.briefdeck-';
/** `.briefdeck-NAME.PID.HEX.tmp`: the pid of the writer, so a later write can tell a dead process's leftover. */
const TEMP_NAME = /^\.briefdeck-.+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/** How a file is written atomically. */
export interface WriteOptions {
  /**
   * Cancels the write: the temp file is removed, the target left as it was, and the promise rejects with the
   * signal's reason. A write with a signal belongs to its caller, who stops it when the process is interrupted;
   * one without is discarded by the process's interrupt handler (see `onUnownedWrites`).
   */
  signal?: AbortSignal;
}

/** Temp file → its target, for every write in flight in this process; `owned` ones have an AbortSignal. */
const inFlight = new Map<string, { target: string; owned: boolean }>();
let unownedListener: ((writing: boolean) => void) | undefined;
const unownedCount = () => [...inFlight.values()].filter((w) => !w.owned).length;

/**
 * Tells `listener` when the first write without an AbortSignal starts (true) and when the last one ends (false):
 * the CLI handles SIGINT and SIGTERM only in between, when there is a temp file to remove.
 */
export function onUnownedWrites(listener: (writing: boolean) => void): void {
  unownedListener = listener;
}

/** Removes every temp file this process is writing, synchronously (for a signal handler about to exit); returns their targets. */
export function discardWritesSync(): string[] {
  const targets = [...inFlight].map(([temp, { target }]) => {
    rmSync(temp, { force: true });
    return target;
  });
  inFlight.clear();
  return targets;
}

function track(temp: string, target: string, owned: boolean): void {
  inFlight.set(temp, { target, owned });
  if (!owned && unownedCount() === 1) unownedListener?.(true);
}

function untrack(temp: string): void {
  const write = inFlight.get(temp);
  if (!write || !inFlight.delete(temp)) return;
  if (!write.owned && unownedCount() === 0) unownedListener?.(false);
}

/** Removes the temp files left in `dir` by processes that no longer run (killed, or a power cut); best effort. */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(dir).catch(() => [])) {
    const pid = Number(TEMP_NAME.exec(name)?.[1] ?? 0);
    if (pid > 0 && pid !== process.pid && !isRunning(pid)) {
      await rm(join(dir, name), { force: true }).then(
        () => removed.push(name),
        () => undefined,
      );
    }
  }
  return removed;
}

/** Whether a process with this pid exists: signal 0 checks without sending anything; EPERM means it runs as another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Writes `bytes` to `target` atomically: a temp file beside it, flushed, then renamed over it; missing folders are created.
 *
 * @param target - the file to write
 * @param bytes - its content
 * @param options - `signal` to cancel the write
 * @throws BriefdeckError (code `write`) naming the file, the reason in plain words and a hint; the signal's reason when cancelled
 */
export async function writeAtomic(target: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  return writeAllAtomic([{ target, bytes }], options);
}

/** A file to write: where, and what. */
export interface FileToWrite {
  target: string;
  bytes: Uint8Array;
}

/**
 * Writes several files as one: every temp file is written and flushed first, then each is renamed over its target.
 * A failure before the renames (a full disk, a directory in the way) leaves every target as it was.
 */
export async function writeAllAtomic(files: FileToWrite[], options: WriteOptions = {}): Promise<void> {
  const { signal } = options;
  const temps = files.map(({ target }) => join(dirname(target), `${TEMP_PREFIX}${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`));
  files.forEach(({ target }, i) => track(temps[i], target, Boolean(signal))); // before a file can exist, so an interruption from here on removes it
  let failed: string | undefined;
  try {
    for (const dir of new Set(files.map(({ target }) => dirname(target)))) {
      failed = files.find(({ target }) => dirname(target) === dir)!.target;
      signal?.throwIfAborted();
      await mkdir(dir, { recursive: true });
      await removeStaleTempFiles(dir);
    }
    for (const [i, { target, bytes }] of files.entries()) {
      failed = target;
      await writeTemp(temps[i], bytes, signal);
    }
    for (const { target } of files) {
      failed = target;
      await refuseDirectory(target);
    }
    signal?.throwIfAborted();
    for (const [i, { target }] of files.entries()) {
      failed = target;
      await rename(temps[i], target);
    }
  } catch (e) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true }).catch(() => undefined)));
    if (signal?.aborted) throw signal.reason;
    const { message, hint } = describeFailure(e as NodeJS.ErrnoException);
    throw new BriefdeckError([problem('write', `cannot write the deck: ${message}`, { file: failed, hint })]);
  } finally {
    temps.forEach(untrack);
  }
}

/** One temp file beside its target (the folder is made first), written and flushed: the bytes reach the disk before a name points at them. */
async function writeTemp(temp: string, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes, { signal });
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A directory where a file is to go is refused before any file is renamed (rename would fail only for that one). */
async function refuseDirectory(target: string): Promise<void> {
  const stats = await stat(target).catch(() => undefined);
  if (stats?.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR' });
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

// watch's side of the build worker: requests in, results out; close() stops a build in progress at once.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Request, Result } from './worker.js';

/** A worker result, or `cancelled` when the builder was closed first (nothing built, nothing to write). */
export type Outcome = Result | { kind: 'cancelled' };

export interface DeckBuilder {
  reloadTemplates(): Promise<Outcome>;
  build(brief: string, strict: boolean, html?: boolean): Promise<Outcome>;
  /** Kills the worker, even in the middle of a CPU-bound stage; pending requests resolve as cancelled. */
  close(): void;
}

/** The compiled worker beside this module; from the TypeScript sources (vitest), the one in dist/ (`npm test` compiles first). */
const WORKER = fileURLToPath(
  import.meta.url.endsWith('.ts') ? new URL('../../dist/watch/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url),
);

/** Of this process's node options, the worker gets the memory limits only: ones about the main script (--eval, --input-type) would break it. */
const memoryOptions = () => process.execArgv.filter((option) => /^--(max-old-space-size|max-semi-space-size|stack-size)=/.test(option));

/** Signals the worker shares with watch when the terminal's Ctrl-C reaches the whole process group: not a crash. */
const STOPPING = new Set(['SIGINT', 'SIGTERM', 'SIGHUP']);

type Body = Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * Builds in one worker process, which keeps its templates, fonts and caches between builds (started on first use).
 * A process rather than a worker thread: SIGKILL stops it at once, while terminating a thread waits for its heap —
 * up to a second for a large deck on a busy machine.
 */
export function startBuilder(templatesDir: string, reference?: string, theme?: string): DeckBuilder {
  let worker: ChildProcess | undefined;
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, (outcome: Outcome) => void>();

  const settleAll = (outcome: Outcome) => {
    for (const settle of pending.values()) settle(outcome);
    pending.clear();
  };

  function spawn(): ChildProcess {
    const started = fork(WORKER, [templatesDir, reference ?? '', theme ?? ''], {
      serialization: 'advanced',
      execArgv: memoryOptions(),
    });
    started.on('message', (reply: Result & { id: number }) => {
      const { id, ...result } = reply;
      const settle = pending.get(id);
      pending.delete(id);
      settle?.(result as Result);
    });
    // A crash (out of memory, an uncaught error): reported as a bug; the next request starts a new worker.
    started.on('exit', (code, signal) => {
      if (worker === started) worker = undefined;
      const stopping = closed || (signal !== null && STOPPING.has(signal));
      settleAll(stopping ? { kind: 'cancelled' } : { kind: 'bug', message: `the build worker stopped (${signal ?? `exit code ${code}`})` });
    });
    started.on('error', (e) => settleAll({ kind: 'bug', message: e.message, stack: e.stack }));
    return started;
  }

  function request(body: Body): Promise<Outcome> {
    if (closed) return Promise.resolve({ kind: 'cancelled' });
    const target = (worker ??= spawn());
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      target.send({ ...body, id });
    });
  }

  return {
    reloadTemplates: () => request({ kind: 'templates' }),
    build: (brief, strict, html) => request({ kind: 'build', brief, strict, html }),
    close() {
      closed = true;
      settleAll({ kind: 'cancelled' });
      if (!worker) return;
      worker.kill('SIGKILL'); // the kernel frees its memory; nothing here waits for that
      worker.unref();
      worker.channel?.unref();
      worker = undefined;
    },
  };
}

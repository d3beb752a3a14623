// The main thread's side of watch's build worker: requests in, results out; close() stops a build in progress at once.
import { Worker } from 'node:worker_threads';
import type { Request, Result, WorkerSetup } from './worker.js';

/** A worker result, or `cancelled` when the builder was closed first (nothing built, nothing to write). */
export type Outcome = Result | { kind: 'cancelled' };

export interface DeckBuilder {
  reloadTemplates(): Promise<Outcome>;
  build(brief: string, strict: boolean): Promise<Outcome>;
  /** Terminates the worker, even in the middle of a CPU-bound stage; pending requests resolve as cancelled. */
  close(): Promise<void>;
}

/** The compiled worker beside this module; from the TypeScript sources (vitest), the one in dist/ (`npm test` compiles first). */
const WORKER = import.meta.url.endsWith('.ts') ? new URL('../../dist/watch/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);

type Body = Request extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** Starts builds in one worker thread, which keeps its templates, fonts and caches between builds (started on first use). */
export function startBuilder(templatesDir: string): DeckBuilder {
  let worker: Worker | undefined;
  let nextId = 1;
  let closed = false;
  const pending = new Map<number, (outcome: Outcome) => void>();

  const settleAll = (outcome: Outcome) => {
    for (const settle of pending.values()) settle(outcome);
    pending.clear();
  };

  function spawn(): Worker {
    // No inherited node options: those about the main script (--input-type, --eval) would stop the worker, and the
    // compiled worker needs none (V8 flags such as --max-old-space-size are process-wide and apply anyway).
    const started = new Worker(WORKER, { workerData: { templatesDir } satisfies WorkerSetup, execArgv: [] });
    started.on('message', (reply: Result & { id: number }) => {
      const { id, ...result } = reply;
      const settle = pending.get(id);
      pending.delete(id);
      settle?.(result as Result);
    });
    // A crash (out of memory, an uncaught error): reported as a bug; the next request starts a new worker.
    started.on('error', (e) => settleAll({ kind: 'bug', message: e.message, stack: e.stack }));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      settleAll(closed ? { kind: 'cancelled' } : { kind: 'bug', message: `the build worker stopped (exit code ${code})` });
    });
    return started;
  }

  function request(body: Body): Promise<Outcome> {
    if (closed) return Promise.resolve({ kind: 'cancelled' });
    const target = (worker ??= spawn());
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      target.postMessage({ ...body, id });
    });
  }

  return {
    reloadTemplates: () => request({ kind: 'templates' }),
    build: (brief, strict) => request({ kind: 'build', brief, strict }),
    async close() {
      closed = true;
      const running = worker;
      worker = undefined;
      settleAll({ kind: 'cancelled' });
      await running?.terminate();
    },
  };
}

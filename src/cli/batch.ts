// Batch builds on worker threads: a pool of batch workers builds the briefs, and their results come back in input order.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { BriefdeckError, usageError, warningsAsErrors, type Problem } from '../errors.js';
import type { Deck } from '../pipeline.js';
import type { Banner } from '../templates/markings.js';
import type { TemplateSet } from '../templates/render.js';

/** Where the batch worker's script is: the ONE place that knows it (tsc's dist/cli/batch-worker.js beside this file). */
export function batchWorkerUrl(): URL {
  return new URL('./batch-worker.js', import.meta.url);
}

/** What every worker needs to build like the serial path: the templates' options and --strict. */
export interface BatchSettings {
  templates: string;
  reference?: string;
  theme?: string;
  paper?: string;
  strict: boolean;
}

/** A worker's answer for one brief: the deck's bytes (the CLI writes them), a refusal, the templates refused, or a bug. */
export type BatchResult =
  | { kind: 'built'; index: number; bytes: Uint8Array; titles: string[]; warnings: Problem[]; banner?: Banner; seconds: number }
  | { kind: 'refused'; index: number; problems: Problem[]; exitCode: number }
  | { kind: 'templates-refused'; index: number; problems: Problem[]; exitCode: number }
  | { kind: 'bug'; index: number; message: string; stack?: string };

/** A built or refused brief, the two results the batch hands on (templates refused and bugs are thrown instead). */
export type BriefResult = Extract<BatchResult, { kind: 'built' | 'refused' }>;

/** The job a worker is sent: a brief by its place in the input. */
export interface BatchJob {
  index: number;
  file: string;
}

/** Builds one brief's deck with the loaded templates, as both the serial path and the workers do; throws BriefdeckError when refused. */
export async function deckOf(file: string, templates: TemplateSet, strict: boolean): Promise<Deck> {
  // The rendering stack loads only once a brief is accepted, so help, check, new and a refusal stay quick.
  const [{ loadBrief }, { markingCheck }] = await Promise.all([import('../brief/load.js'), import('../templates/markings.js')]);
  const loaded = await loadBrief(file, markingCheck(templates.theme)); // an unknown marking is refused with the schema's problems
  const { buildDeck } = await import('../pipeline.js');
  const deck = await buildDeck(loaded, templates);
  if (strict && deck.warnings.length) throw warningsAsErrors(deck.warnings);
  return deck;
}

/** How many workers build `briefs` briefs: --jobs, else one per core; never more than there are briefs. */
export function workerCount(jobs: number | undefined, briefs: number): number {
  return Math.max(1, Math.min(jobs ?? availableParallelism(), briefs));
}

/** --jobs N: a whole number of 1 or more; a usage error otherwise. Undefined when the option is left out. */
export function parseJobs(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (/^\s*\d+\s*$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text))) return Number(text);
  throw usageError(
    `--jobs: expected a whole number of 1 or more, found "${text}"`,
    `leave --jobs out to build on every core (${availableParallelism()} here), or write --jobs 1 to build one brief at a time`,
  );
}

/** An internal error in a worker, rethrown in the CLI with the worker's stack so it is reported as the serial path reports one. */
function workerBug(result: Extract<BatchResult, { kind: 'bug' }>): Error {
  const error = new Error(result.message);
  error.stack = result.stack ?? result.message;
  return error;
}

/**
 * Builds `briefs` on `count` worker threads and yields each result in input order, as soon as it and every result
 * before it are in. Refused templates are thrown as the serial path throws them, and a bug as an internal error; the
 * workers are terminated when the caller stops reading (finished, thrown, or broken off).
 */
export async function* buildInWorkers(briefs: string[], settings: BatchSettings, count: number): AsyncGenerator<BriefResult> {
  // With a worker on every core, TurboFan's background compiles (each worker compiles the same hot code) take CPU from
  // the builds: 16 briefs on 2 workers used 10.3–11.0 s CPU with it, 6.5–7.3 s without, and two 999-slide briefs
  // 14.0–15.3 s against 12.7–13.4 s. With a core to spare it compiles there for free, so it stays on. V8's flags are
  // the process's: set before the first worker's isolate starts. Code runs the same either way; the bytes do not change.
  if (count >= availableParallelism()) {
    process.env.BRIEFDECK_NO_OPT = '1'; // the workers' bin/bundle-loader.cjs takes the code cache made without TurboFan
    (await import('node:v8')).setFlagsFromString('--no-opt');
  }
  // Loaded here, not at the top: a build of one brief, check and --version never start a worker.
  const { Worker: WorkerThread } = await import('node:worker_threads');
  const pool = new WorkerPool(briefs, settings, count, WorkerThread);
  try {
    for (let index = 0; index < briefs.length; index++) {
      const result = await pool.result(index);
      if (result.kind === 'bug') throw workerBug(result);
      if (result.kind === 'templates-refused') throw new BriefdeckError(result.problems, result.exitCode);
      yield result;
    }
  } finally {
    await pool.stop();
  }
}

/** The workers, the next brief to hand out, and the results not yet read. */
class WorkerPool {
  private next = 0;
  private stopping = false;
  private readonly workers: Worker[] = [];
  private readonly results = new Map<number, BatchResult>();
  private readonly waiting = new Map<number, (result: BatchResult) => void>();

  constructor(
    private readonly briefs: string[],
    settings: BatchSettings,
    count: number,
    private readonly WorkerThread: typeof Worker,
  ) {
    for (let i = 0; i < count; i++) this.start(settings);
  }

  /** The result for brief `index`, once it is in. */
  result(index: number): Promise<BatchResult> {
    const done = this.results.get(index);
    if (done) {
      this.results.delete(index);
      return Promise.resolve(done);
    }
    return new Promise((resolve) => this.waiting.set(index, resolve));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(result: BatchResult): void {
    const waiter = this.waiting.get(result.index);
    if (waiter) {
      this.waiting.delete(result.index);
      waiter(result);
    } else this.results.set(result.index, result);
  }

  /** A worker that takes one brief at a time, the next one as soon as it answers; a worker that dies fails its brief as a bug. */
  private start(settings: BatchSettings): void {
    const worker = new this.WorkerThread(batchWorkerUrl(), { workerData: settings });
    this.workers.push(worker);
    let current: number | undefined;
    const give = () => {
      current = this.next < this.briefs.length ? this.next++ : undefined;
      if (current !== undefined) worker.postMessage({ index: current, file: this.briefs[current] } satisfies BatchJob);
    };
    const died = (message: string, stack?: string) => {
      if (this.stopping || !this.workers.includes(worker)) return; // 'exit' follows 'error': the brief failed once
      this.workers.splice(this.workers.indexOf(worker), 1);
      if (current !== undefined) this.settle({ kind: 'bug', index: current, message, stack });
      current = undefined;
      if (!this.workers.length) while (this.next < this.briefs.length) this.settle({ kind: 'bug', index: this.next++, message, stack });
    };
    worker.on('message', (result: BatchResult) => {
      this.settle(result);
      give();
    });
    worker.on('error', (e: Error) => died(`a batch worker failed: ${e.message}`, e.stack));
    worker.on('exit', (code) => died(`a batch worker stopped (exit code ${code}) while building a brief`));
    give();
  }
}

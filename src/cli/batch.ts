// Batch builds on worker threads: a pool of batch workers builds the briefs, and their results come back in input order.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { BriefdeckError, isBriefdeckError, usageError, warningsAsErrors, type Problem } from '../errors.js';
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
  html?: boolean; // --html: each deck's HTML page too
}

/** A worker's answer for one brief: the deck's bytes (the CLI writes them), a refusal, the templates refused, or a bug. */
export type BatchResult =
  | { kind: 'built'; index: number; bytes: Uint8Array; html?: string; titles: string[]; warnings: Problem[]; banner?: Banner; seconds: number }
  | { kind: 'refused'; index: number; problems: Problem[]; exitCode: number }
  | { kind: 'templates-refused'; index: number; problems: Problem[]; exitCode: number }
  | { kind: 'bug'; index: number; message: string; stack?: string };

/** A built or refused brief, the two results the batch hands on (templates refused and bugs are thrown instead). */
export type BriefResult = Extract<BatchResult, { kind: 'built' | 'refused' }>;

/**
 * What a batch worker is started with. `claims` is shared by every thread of the batch: [0] the next brief to build (each
 * thread takes the next one with Atomics.add, so none waits for the CLI thread to hand it one), then one slot per worker
 * holding the brief it is building (-1 when none), so a worker that dies is known to have failed that brief.
 */
export interface BatchWorkerData {
  settings: BatchSettings;
  briefs: string[];
  claims: SharedArrayBuffer;
  slot: number;
  /** Every core has a thread building: TurboFan for the hottest code only. */
  lessTurbofan: boolean;
}

/** The last message of a worker: every brief is taken. */
export interface BatchDone {
  kind: 'done';
}

/** The next brief for this thread to build (an index past the end when all are taken). */
export const claimBrief = (claims: Int32Array): number => Atomics.add(claims, 0, 1);

/** One brief built with the loaded templates, as a batch result: built, refused, or a bug (with the stack of the thread it happened in). */
export async function briefResult(index: number, file: string, templates: TemplateSet, strict: boolean, html = false): Promise<BatchResult> {
  const started = performance.now();
  try {
    const deck = await deckOf(file, templates, strict, html);
    const titles = deck.slides.map((slide) => slide.title);
    const seconds = (performance.now() - started) / 1000;
    return { kind: 'built', index, bytes: deck.bytes, html: deck.html, titles, warnings: deck.warnings, banner: deck.banner, seconds };
  } catch (e) {
    if (isBriefdeckError(e)) return { kind: 'refused', index, problems: e.problems, exitCode: e.exitCode };
    return { kind: 'bug', index, message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack };
  }
}

/** Builds one brief's deck with the loaded templates, as both the serial path and the workers do; throws BriefdeckError when refused. */
export async function deckOf(file: string, templates: TemplateSet, strict: boolean, html = false): Promise<Deck & { html?: string }> {
  // The rendering stack loads only once a brief is accepted, so help, check, new and a refusal stay quick.
  const [{ loadBrief }, { markingCheck }] = await Promise.all([import('../brief/load.js'), import('../templates/markings.js')]);
  const loaded = await loadBrief(file, markingCheck(templates.theme)); // an unknown marking is refused with the schema's problems
  const { buildDeck, buildDeckAndPage } = await import('../pipeline.js');
  const deck = html ? await buildDeckAndPage(loaded, templates) : await buildDeck(loaded, templates); // --html: the page from the same planning
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
function workerBug(result: { message: string; stack?: string }): Error {
  const error = new Error(result.message);
  error.stack = result.stack ?? result.message;
  return error;
}

/**
 * Builds `briefs` on `count` threads, this one and count − 1 workers, and yields each result in input order, as soon as it
 * and every result before it are in. The workers start first, so they load while this thread loads its templates; this
 * thread, already warm, builds too. Refused templates are thrown as the serial path throws them, and a bug as an internal
 * error; the workers are terminated when the caller stops reading (finished, thrown, or broken off).
 */
export async function* buildInWorkers(briefs: string[], settings: BatchSettings, count: number): AsyncGenerator<BriefResult> {
  // Every core busy building: the workers hold TurboFan to the hottest code (batch-worker.ts says why and how much).
  const lessTurbofan = count >= availableParallelism();
  // worker_threads loads only here: --version, check and a single build never need it.
  const { Worker } = await import('node:worker_threads');
  const pool = new WorkerPool(Worker, briefs, settings, count - 1, lessTurbofan);
  try {
    const { loadTemplates } = await import('../templates/render.js');
    pool.buildHere(loadTemplates(settings.templates, settings), settings.strict, settings.html); // a refusal is thrown here, as in a serial build
    for (let index = 0; index < briefs.length; index++) {
      const result = await pool.result(index);
      if (result.kind === 'bug') throw workerBug(result);
      if (result.kind === 'templates-refused') throw new BriefdeckError(result.problems, result.exitCode);
      yield result;
    }
    await pool.finished();
  } finally {
    await pool.stop();
  }
}

/** The worker threads, the briefs' claims shared with them, and the results not yet read. */
class WorkerPool {
  private stopping = false;
  private readonly claims: Int32Array;
  private readonly workers = new Set<Worker>();
  private readonly ended: Promise<void>[] = [];
  /** A worker that died holding no brief: reported once every result is in. */
  private crash: { message: string; stack?: string } | undefined;
  private readonly settled = new Set<number>();
  private readonly results = new Map<number, BatchResult>();
  private readonly waiting = new Map<number, (result: BatchResult) => void>();

  constructor(
    private readonly Thread: typeof Worker,
    private readonly briefs: string[],
    settings: BatchSettings,
    count: number,
    lessTurbofan: boolean,
  ) {
    this.claims = new Int32Array(new SharedArrayBuffer(4 * (1 + count))).fill(-1, 1);
    for (let slot = 1; slot <= count; slot++) this.start({ settings, briefs, claims: this.claims.buffer as SharedArrayBuffer, slot, lessTurbofan });
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

  /** This thread takes briefs too, one at a time, letting the workers' answers and the writes through in between. */
  buildHere(templates: TemplateSet, strict: boolean, html = false): void {
    void (async () => {
      for (let index = claimBrief(this.claims); index < this.briefs.length && !this.stopping; index = claimBrief(this.claims)) {
        this.settle(await briefResult(index, this.briefs[index], templates, strict, html));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
  }

  /** Once every worker has taken its last brief or died; a worker that died holding no brief is an internal error all the same. */
  async finished(): Promise<void> {
    await Promise.all(this.ended);
    if (this.crash) throw workerBug(this.crash);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    Atomics.store(this.claims, 0, this.briefs.length); // no thread takes another brief
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private settle(result: BatchResult): void {
    if (this.settled.has(result.index)) return;
    this.settled.add(result.index);
    const waiter = this.waiting.get(result.index);
    if (waiter) {
      this.waiting.delete(result.index);
      waiter(result);
    } else this.results.set(result.index, result);
  }

  /** A worker that builds the briefs it claims; one that dies fails the brief it was building as a bug. */
  private start(data: BatchWorkerData): void {
    const worker = new this.Thread(batchWorkerUrl(), { workerData: data });
    this.workers.add(worker);
    let failure: { message: string; stack?: string } | undefined;
    let done = false;
    let ended!: () => void;
    this.ended.push(new Promise((resolve) => (ended = resolve)));
    worker.on('message', (message: BatchResult | BatchDone) => {
      if (message.kind !== 'done') return this.settle(message);
      done = true;
      ended();
    });
    worker.on('error', (e: Error) => (failure ??= { message: `a batch worker failed: ${e.message}`, stack: e.stack }));
    // Its messages are all in by now (Node drains them before 'exit').
    worker.on('exit', (code) => {
      this.workers.delete(worker);
      ended();
      if (this.stopping || done) return;
      const crash = failure ?? { message: `a batch worker stopped (exit code ${code}) while building a brief` };
      const holding = Atomics.load(this.claims, data.slot);
      if (holding >= 0) this.settle({ kind: 'bug', index: holding, ...crash });
      else this.crash ??= crash;
    });
  }
}

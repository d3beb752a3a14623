// build's batch worker (a worker thread): loads the templates once, then builds the briefs it claims and hands back each deck's bytes (the CLI writes them).
import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { isBriefdeckError, type Problem } from '../errors.js';
import { loadTemplates, type TemplateSet } from '../templates/render.js';
import { briefResult, claimBrief, type BatchDone, type BatchResult, type BatchWorkerData } from './batch.js';

const { settings, briefs, claims: shared, slot, lessTurbofan } = workerData as BatchWorkerData;
const claims = new Int32Array(shared);
/**
 * With a thread on every core, TurboFan only for the hottest code (text measuring): by default it compiles so much that a serial
 * build of 16 sample-size briefs spends 1.6–1.8 s CPU in its background threads to save 0.5 s; with 1 M ticks of budget they
 * spend 0.4–0.6 s, and the batch on 2 cores 3.1 s CPU against 3.7 s with --no-opt. Set here, once this worker's bundle is
 * compiled: V8's flags are the process's and part of the code cache's check, which a flag set before would fail.
 */
if (lessTurbofan) setFlagsFromString('--interrupt-budget=1000000');

/** The templates, loaded as the serial path loads them; a refusal is the answer to every brief (the CLI reports it once). */
function loadSet(): { templates: TemplateSet } | { refused: Problem[]; exitCode: number } {
  try {
    return { templates: loadTemplates(settings.templates, { reference: settings.reference, theme: settings.theme, paper: settings.paper }) };
  } catch (e) {
    if (!isBriefdeckError(e)) throw e;
    return { refused: e.problems, exitCode: e.exitCode };
  }
}

/** The deck's buffer moves to the CLI instead of being copied, when the deck owns all of it. */
function transferable(result: BatchResult): ArrayBuffer[] {
  if (result.kind !== 'built') return [];
  const { bytes } = result;
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

/** Builds brief after brief, each the next not yet taken by any thread of the batch, until none is left. */
async function buildClaimed(): Promise<void> {
  const set = loadSet();
  for (let index = claimBrief(claims); index < briefs.length; index = claimBrief(claims)) {
    Atomics.store(claims, slot, index); // the brief this worker fails if it dies now
    const result: BatchResult =
      'refused' in set
        ? { kind: 'templates-refused', index, problems: set.refused, exitCode: set.exitCode }
        : await briefResult(index, briefs[index], set.templates, settings.strict, settings.html);
    parentPort!.postMessage(result, transferable(result));
    Atomics.store(claims, slot, -1);
  }
  parentPort!.postMessage({ kind: 'done' } satisfies BatchDone);
}

void buildClaimed();

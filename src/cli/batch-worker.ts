// build's batch worker (a worker thread): loads the templates once, then builds each brief it is sent and hands back the deck's bytes (the CLI writes them).
import { parentPort, workerData } from 'node:worker_threads';
import { isBriefdeckError, type Problem } from '../errors.js';
import { loadTemplates, type TemplateSet } from '../templates/render.js';
import { deckOf, type BatchJob, type BatchResult, type BatchSettings } from './batch.js';

const settings = workerData as BatchSettings;

/** The templates, loaded as the serial path loads them; a refusal is the answer to every brief (the CLI reports it once). */
function loadSet(): { templates: TemplateSet } | { refused: Problem[]; exitCode: number } {
  try {
    return { templates: loadTemplates(settings.templates, { reference: settings.reference, theme: settings.theme, paper: settings.paper }) };
  } catch (e) {
    if (!isBriefdeckError(e)) throw e;
    return { refused: e.problems, exitCode: e.exitCode };
  }
}

const set = loadSet(); // at start, while the first brief is on its way

async function build({ index, file }: BatchJob): Promise<BatchResult> {
  if ('refused' in set) return { kind: 'templates-refused', index, problems: set.refused, exitCode: set.exitCode };
  const started = performance.now();
  try {
    const deck = await deckOf(file, set.templates, settings.strict);
    const titles = deck.slides.map((slide) => slide.title);
    return { kind: 'built', index, bytes: deck.bytes, titles, warnings: deck.warnings, banner: deck.banner, seconds: (performance.now() - started) / 1000 };
  } catch (e) {
    if (isBriefdeckError(e)) return { kind: 'refused', index, problems: e.problems, exitCode: e.exitCode };
    return { kind: 'bug', index, message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack };
  }
}

/** The deck's buffer moves to the CLI instead of being copied, when the deck owns all of it. */
function transferable(result: BatchResult): ArrayBuffer[] {
  if (result.kind !== 'built') return [];
  const { bytes } = result;
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

// One brief at a time: the CLI sends the next one when this one is answered.
parentPort!.on('message', (job: BatchJob) => {
  void build(job).then((result) => parentPort!.postMessage(result, transferable(result)));
});

// watch's build worker (a worker thread): loads the templates and builds decks, so the main thread can stop a slow build at once.
import { parentPort, workerData } from 'node:worker_threads';
import { loadBrief } from '../brief/load.js';
import { isBriefdeckError, warningsAsErrors, type Problem } from '../errors.js';
import { buildDeck } from '../pipeline.js';
import { loadTemplates, type TemplateSet } from '../templates/render.js';

export interface WorkerSetup {
  templatesDir: string;
}

export type Request = { id: number } & ({ kind: 'templates' } | { kind: 'build'; brief: string; strict: boolean });

/** What the worker sends back: templates loaded or refused, a deck's bytes (not yet written), a refusal, or a bug. */
export type Result =
  | { kind: 'templates-loaded'; files: string[] }
  | { kind: 'templates-refused'; problems: Problem[]; kept: boolean } // kept: the previous set stays in use
  | { kind: 'built'; bytes: Uint8Array; slides: number; warnings: Problem[] }
  | { kind: 'refused'; problems: Problem[] }
  | { kind: 'bug'; message: string; stack?: string };

const { templatesDir } = workerData as WorkerSetup;
let templates: TemplateSet | undefined;

/** Loads the templates; a broken set is refused and the previous one kept. */
function reloadTemplates(): Result {
  try {
    templates = loadTemplates(templatesDir);
    return { kind: 'templates-loaded', files: templates.files };
  } catch (e) {
    if (!isBriefdeckError(e)) throw e;
    return { kind: 'templates-refused', problems: e.problems, kept: Boolean(templates) };
  }
}

async function build(brief: string, strict: boolean): Promise<Result> {
  if (!templates) {
    const loaded = reloadTemplates(); // a new worker, or none of the sets tried so far loaded
    if (!templates) return loaded;
  }
  try {
    const deck = await buildDeck(await loadBrief(brief), templates);
    if (strict && deck.warnings.length) throw warningsAsErrors(deck.warnings);
    return { kind: 'built', bytes: deck.bytes, slides: deck.slides.length, warnings: deck.warnings };
  } catch (e) {
    if (isBriefdeckError(e)) return { kind: 'refused', problems: e.problems };
    throw e;
  }
}

/** The deck's buffer is handed over rather than copied when the bytes are all of it. */
const transferable = (result: Result) =>
  result.kind === 'built' && result.bytes.byteOffset === 0 && result.bytes.byteLength === result.bytes.buffer.byteLength
    ? [result.bytes.buffer as ArrayBuffer] : [];

parentPort!.on('message', (request: Request) => {
  const work = request.kind === 'templates' ? Promise.resolve().then(reloadTemplates) : build(request.brief, request.strict);
  void work
    .catch((e: unknown): Result => ({ kind: 'bug', message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack }))
    .then((result) => parentPort!.postMessage({ id: request.id, ...result }, transferable(result)));
});

// watch's build worker (a child process): loads the templates and builds decks, so watch can stop a slow build at once.
import { loadBrief } from '../brief/load.js';
import { isBriefdeckError, warningsAsErrors, type Problem } from '../errors.js';
import { buildDeck } from '../pipeline.js';
import { picturePaths } from '../pictures.js';
import type { ServedDeck } from '../serve/deck.js';
import { loadTemplates, type TemplateSet } from '../templates/render.js';

/** Tells the worker where the templates are: the first argument after the script. */
export const TEMPLATES_ARG = 2;

export type Request = { id: number } & ({ kind: 'templates' } | { kind: 'build'; brief: string; strict: boolean; html?: boolean }); // html: the deck as `serve` shows it, not a .pptx

/** What the worker sends back: templates loaded or refused, a deck's bytes (not yet written), a refusal, or a bug. */
export type Result =
  | { kind: 'templates-loaded'; files: string[] }
  | { kind: 'templates-refused'; problems: Problem[]; kept: boolean } // kept: the previous set stays in use
  | { kind: 'built'; bytes: Uint8Array; slides: number; warnings: Problem[]; pictures?: string[] } // pictures: the picture files the brief names
  | { kind: 'served'; served: ServedDeck; slides: number; warnings: Problem[]; pictures?: string[] } // a build for `serve`: HTML, nothing to write
  | { kind: 'refused'; problems: Problem[]; pictures?: string[] }
  | { kind: 'bug'; message: string; stack?: string };

const templatesDir = process.argv[TEMPLATES_ARG];
const reference = process.argv[TEMPLATES_ARG + 1] || undefined; // --reference, when given
const theme = process.argv[TEMPLATES_ARG + 2] || undefined; // --theme, when given
let templates: TemplateSet | undefined;

/** Loads the templates; a broken set is refused and the previous one kept. */
function reloadTemplates(): Result {
  try {
    templates = loadTemplates(templatesDir, { reference, theme });
    return { kind: 'templates-loaded', files: templates.files };
  } catch (e) {
    if (!isBriefdeckError(e)) throw e;
    return { kind: 'templates-refused', problems: e.problems, kept: Boolean(templates) };
  }
}

async function build(brief: string, strict: boolean, html = false): Promise<Result> {
  if (!templates) {
    const loaded = reloadTemplates(); // a new worker, or none of the sets tried so far loaded
    if (!templates) return loaded;
  }
  let pictures: string[] | undefined; // known once the brief is valid, also when a picture is refused: fixing it rebuilds
  try {
    const loaded = await loadBrief(brief);
    pictures = picturePaths(loaded);
    if (html) return served(await (await import('../serve/deck.js')).servedDeck(loaded, templates), strict, pictures); // loaded only by serve's worker
    const deck = await buildDeck(loaded, templates);
    if (strict && deck.warnings.length) throw warningsAsErrors(deck.warnings);
    return { kind: 'built', bytes: deck.bytes, slides: deck.slides.length, warnings: deck.warnings, pictures };
  } catch (e) {
    if (isBriefdeckError(e)) return { kind: 'refused', problems: e.problems, pictures };
    throw e;
  }
}

function served(deck: ServedDeck, strict: boolean, pictures: string[]): Result {
  if (strict && deck.warnings.length) throw warningsAsErrors(deck.warnings);
  return { kind: 'served', served: deck, slides: deck.deck.slides.length, warnings: deck.warnings, pictures };
}

// One request at a time, in order; when watch goes away, the IPC channel closes and so does this process.
let queue: Promise<unknown> = Promise.resolve();
process.on('message', (request: Request) => {
  queue = queue
    .then(() => (request.kind === 'templates' ? reloadTemplates() : build(request.brief, request.strict, request.html)))
    .catch((e: unknown): Result => ({ kind: 'bug', message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack }))
    .then((result) => {
      if (process.connected) process.send!({ id: request.id, ...result });
      if (request.kind === 'build' && request.html && result.kind === 'served') warmUp(request.brief);
    });
});

let warmed = false;
/** serve: the first deck built twice more, unseen, while the page loads, so the first saves are built by optimised code (about 40 ms, not 200). */
function warmUp(brief: string): void {
  if (warmed) return;
  warmed = true;
  for (let round = 0; round < 2; round++) queue = queue.then(() => build(brief, false, true)).catch(() => undefined);
}

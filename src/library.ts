// The library's one-call builds: a brief file (or text) to a finished deck, as `briefdeck build` makes it, and the deck written atomically.
import { briefFromText, loadBrief, type LoadedBrief } from './brief/load.js';
import type { Brief } from './brief/schema.js';
import { usageError, warningsAsErrors } from './errors.js';
import { buildDeck, type Deck } from './pipeline.js';
import { markingCheck } from './templates/markings.js';
import { loadTemplates, type TemplateOptions, type TemplateSet } from './templates/render.js';
import { writeAtomic, type WriteOptions } from './write.js';

/** What {@link buildDeckFromFile} and {@link buildDeckFromText} take: the options of `briefdeck build`. */
export interface BuildOptions extends TemplateOptions {
  /**
   * The templates: a folder whose theme.yaml, labels.yaml and *.hbs replace the bundled ones (as `--templates DIR`), or a
   * set already loaded with `loadTemplates()` (quicker for many briefs; `reference`, `theme` and `paper` are then the set's).
   * Default: the bundled templates.
   */
  templates?: string | TemplateSet;
  /** Refuse the brief when the build has warnings (as `--strict`): they are thrown as errors. */
  strict?: boolean;
}

/** A finished deck and the brief it was built from. */
export interface BriefDeck extends Deck {
  /** The brief file (or the name given to brief text), as problems name it. */
  file: string;
  /** The brief as validated: defaults filled in, text as the slides show it. */
  brief: Brief;
}

/**
 * Builds the deck for a brief file, as `briefdeck build FILE` does: the brief read and validated (its classification
 * checked against the theme's markings), the templates loaded, the slides planned and the .pptx made in memory. Nothing
 * is written: hand the result to {@link writeDeck}.
 *
 * The same brief and templates always give the same bytes; document dates come from `SOURCE_DATE_EPOCH`, else the brief.
 *
 * @param file - the brief (.yaml or .yml)
 * @param options - templates folder or set, reference deck, built-in theme, paper, strictness
 * @returns the deck's bytes, its slides, the warnings (each a positioned `Problem`), the banner and the brief
 * @throws BriefdeckError when the brief (or a template) is refused: `error.problems` lists every problem at
 *   `FILE:LINE:COLUMN` with its key path and a hint, as the CLI prints them; `error.exitCode` is the CLI's (1, or 2 for a bad option)
 * @example
 * ```ts
 * const deck = await buildDeckFromFile('briefs/dialogue.yaml', { theme: 'print' });
 * await writeDeck(deck, 'out/dialogue.pptx');
 * ```
 */
export async function buildDeckFromFile(file: string, options: BuildOptions = {}): Promise<BriefDeck> {
  const templates = templateSet(options);
  return finish(await loadBrief(file, markingCheck(templates.theme)), templates, options.strict);
}

/**
 * Builds the deck for brief text already in memory, as {@link buildDeckFromFile} does for a file.
 *
 * @param text - the brief's YAML
 * @param options - as for {@link buildDeckFromFile}, and `file`: the name problems are reported under, whose folder
 *   pictures named in the brief are found relative to (default `brief.yaml`, in the current folder)
 * @returns the deck, its slides, warnings, banner and the brief
 * @throws BriefdeckError when the brief (or a template) is refused, with every problem positioned in `text`
 * @example
 * ```ts
 * const deck = await buildDeckFromText(yamlText, { file: 'drafts/meeting.yaml' });
 * ```
 */
export async function buildDeckFromText(text: string, options: BuildOptions & { file?: string } = {}): Promise<BriefDeck> {
  const templates = templateSet(options);
  return finish(briefFromText(text, options.file ?? 'brief.yaml', markingCheck(templates.theme)), templates, options.strict);
}

/**
 * Writes a deck atomically, as the CLI does: to a temporary file beside `path`, flushed, then renamed over it. A deck
 * already at `path` is replaced whole or left as it was, never half-written; missing folders are created.
 *
 * @param deck - a deck from {@link buildDeckFromFile}, {@link buildDeckFromText} or `buildDeck` (only its `bytes` are read)
 * @param path - the .pptx file to write
 * @param options - `signal`: an AbortSignal that cancels the write (the temporary file is removed, the promise rejects with its reason)
 * @throws BriefdeckError (code `write`) naming the file and the reason, with a hint (permission denied, disk full, …)
 */
export async function writeDeck(deck: Pick<Deck, 'bytes'>, path: string, options: WriteOptions = {}): Promise<void> {
  await writeAtomic(path, deck.bytes, options);
}

/** The options' template set: the one given, else loaded from its folder (the bundled one by default) with the options. */
function templateSet({ templates, reference, theme, paper }: BuildOptions): TemplateSet {
  if (typeof templates === 'object') {
    const given = Object.entries({ reference, theme, paper }).filter(([, value]) => value !== undefined);
    if (given.length)
      throw usageError(
        `${given.map(([name]) => name).join(', ')}: not used with a template set already loaded`,
        'pass them to loadTemplates(), or give templates as a folder',
      );
    return templates;
  }
  return loadTemplates(templates, { reference, theme, paper });
}

/** The deck of a loaded brief; with `strict`, its warnings refused as errors. */
async function finish(loaded: LoadedBrief, templates: TemplateSet, strict = false): Promise<BriefDeck> {
  const deck = await buildDeck(loaded, templates);
  if (strict && deck.warnings.length) throw warningsAsErrors(deck.warnings);
  return { ...deck, file: loaded.file, brief: loaded.brief };
}

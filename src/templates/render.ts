// Loads the slide templates once and renders the brief into slide markup text.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Handlebars, { type TemplateDelegate, type HelperDelegate } from './runtime.js';
import { BriefdeckError, EXIT, problem, type Problem } from '../errors.js';
import { systemErrorWords } from '../shared/oserror.js';
import type { Brief } from '../brief/schema.js';
import { BUNDLED_TEMPLATES, templateFile } from './bundled.js';
import { type PathCheckOptions } from './check-paths.js';
import { compileTemplate } from './compiled.js';
import { buildContext, contextShape, type Shape } from './context.js';
import { labelsFor, loadLabels, overlayTables, type LabelTables, type Labels } from './labels.js';
import { helpers } from './helpers.js';
import { builtInThemeFile, loadTheme, locateInTheme, type Theme } from './theme.js';
import { deckWithSections } from './sections.js';

/** The template each of the brief's own sections is rendered with (not listed in theme.yaml's deck: placed by `after:`). */
const SECTION_TEMPLATE = 'section';

/** What a section's template sees at its top level: one item of the brief's `sections`. */
function sectionShape(data: Shape): Shape {
  const sections = data.kind === 'object' ? data.fields.sections : undefined;
  return sections?.kind === 'list' ? sections.of : { kind: 'any' };
}

/**
 * A loaded template set: the theme, the slide templates compiled, the labels and the reference deck. Made by
 * {@link loadTemplates}; load it once and pass it to `buildDeck` (or `buildDeckFromFile`'s `templates`) for every brief.
 */
export interface TemplateSet {
  /** The templates folder the set was loaded from (the bundled `templates/` when none was given). */
  dir: string;
  /** The theme: colours, fonts, sizes, markings, the order of the slides (`deck:`). */
  theme: Theme;
  themeFile: string; // the theme.yaml read (the folder's own or the bundled one)
  files: string[]; // every file the set was read from (for watch)
  /** Slide markup for a brief; `today` is the build's document date (YYYY-MM-DD), which decides the tense when the brief has no `prepared_on`. */
  render: (brief: Brief, today?: string) => string;
  /** The labels in a brief's language (for notes written outside the templates: continuations, shortened titles). */
  labels: (brief: Brief) => Labels;
  reference?: { file: string; bytes: Uint8Array }; // the organisation's reference deck (--reference), when one is given
}

/** How a template set is loaded besides its folder: the options `build` takes as --reference, --theme and --paper. */
export interface TemplateOptions {
  /** The organisation's PowerPoint template (.pptx or .potx) to build on; overrides `reference:` in theme.yaml. */
  reference?: string;
  /** A built-in theme: `default` or `print`; not with a templates folder that has its own theme.yaml. */
  theme?: string;
  /** Paper of the notes pages: `a4` or `letter` (default: from the brief's language). */
  paper?: string;
}

/**
 * Reads theme.yaml and every template it lists, each from `dir` when it has that file, else the bundled one;
 * reports broken templates as FILE:LINE of the file actually read.
 *
 * @param dir - a templates folder whose theme.yaml, labels.yaml and *.hbs replace the bundled ones of the same name;
 *   the bundled set when left out
 * @param options - a reference deck, a built-in theme, the notes pages' paper
 * @returns the loaded set, to build any number of briefs with
 * @throws BriefdeckError with every problem found (a missing folder, a theme or template that is broken, at FILE:LINE)
 * @example
 * ```ts
 * const bundled = loadTemplates();
 * const print = loadTemplates(undefined, { theme: 'print' });
 * const own = loadTemplates('my-templates', { reference: 'corporate.potx' });
 * ```
 */
export function loadTemplates(dir: string = BUNDLED_TEMPLATES, options: TemplateOptions = {}): TemplateSet {
  const { themeFile, theme: own } = loadSetTheme(dir, options.theme);
  const theme = options.paper === undefined ? own : { ...own, paper: paperOption(options.paper) };
  const reference = readReference(options.reference, theme.reference && resolve(dirname(themeFile), theme.reference), themeFile);
  const labelsFile = templateFile(dir, 'labels.yaml');
  const labels = readLabels(labelsFile);
  const env = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) env.registerHelper(name, fn as HelperDelegate);
  const problems: Problem[] = [];
  const pathCheck: PathCheckOptions = { shape: contextShape(Object.keys(labels.en ?? {})), helpers: Object.keys(helpers), labels: Object.keys(labels.en ?? {}) };
  const deck = theme.deck.filter((name) => name !== SECTION_TEMPLATE); // the sections' template is placed by their after:, not by the list
  const templateFiles = deck.map((name) => templateFile(dir, `${name}.hbs`));
  const compile = (name: string, file: string, check: typeof pathCheck): TemplateDelegate => {
    if (!existsSync(file)) {
      problems.push(problem('template', `theme.yaml lists "${name}" but ${join(dir, `${name}.hbs`)} does not exist`, { file: themeFile }));
      return () => '';
    }
    let source: string;
    try {
      source = readFileSync(file, 'utf8');
    } catch (e) {
      problems.push(problem('template', `cannot read the template: ${systemErrorWords(e)}`, { file }));
      return () => '';
    }
    const compiled = compileTemplate(env, source, file, check);
    problems.push(...compiled.problems);
    return compiled.template;
  };
  const compiled = new Map(deck.map((name, index) => [name, compile(name, templateFiles[index], pathCheck)]));
  // the brief's own sections: one template rendered once per section (it sees the section, and the whole data as @root)
  const sectionFile = templateFile(dir, `${SECTION_TEMPLATE}.hbs`);
  const section = compile(SECTION_TEMPLATE, sectionFile, { ...pathCheck, shape: sectionShape(pathCheck.shape), root: pathCheck.shape, where: 'a section (an item of sections)' });
  if (problems.length) throw new BriefdeckError(problems);
  const render = (brief: Brief, today?: string): string => {
    const context = buildContext(brief, labels, today, theme.topicsOverview);
    const options = { data: { root: context } };
    const parts = deckWithSections(deck, context.sections ?? []).map((item) =>
      typeof item === 'number' ? section(context.sections![item], options) : compiled.get(item)!(context, options),
    );
    return `<deck>${parts.join('\n')}</deck>`;
  };
  const assets = [...(reference ? [reference.file] : []), ...(theme.logo ? [resolve(dirname(themeFile), theme.logo.file)] : []), ...(theme.fonts.files ?? [])];
  const labelsOf = (brief: Brief) => labelsFor(labels, brief.language ?? 'en-GB');
  const labelFiles = [...new Set([labelsFile, join(BUNDLED_TEMPLATES, 'labels.yaml')])]; // a folder's labels overlay the bundled ones
  return { dir, theme, themeFile, reference, files: [themeFile, ...labelFiles, ...templateFiles, sectionFile, ...assets], render, labels: labelsOf }; // watch follows them all
}

/** --paper: a4 or letter, else a usage error. */
function paperOption(paper: string): Theme['paper'] {
  const known = ['a4', 'letter'] as const;
  const found = known.find((name) => name === paper.toLowerCase());
  if (found) return found;
  throw new BriefdeckError([problem('usage', `--paper: expected a4 or letter, found "${paper}"`, { hint: 'leave --paper out to take the paper from the brief\'s language' })], EXIT.usage);
}

/** The labels: a folder's own labels.yaml over the bundled one, so a label it lacks (one added since it was copied) keeps working. */
function readLabels(labelsFile: string): LabelTables {
  const bundledFile = join(BUNDLED_TEMPLATES, 'labels.yaml');
  const bundled = readingFile(bundledFile, () => loadLabels(bundledFile));
  return resolve(labelsFile) === resolve(bundledFile) ? bundled : overlayTables(bundled, readingFile(labelsFile, () => loadLabels(labelsFile)));
}

/** The reference deck's bytes: --reference, else the theme's `reference:`; a file that cannot be read is refused naming it. */
function readReference(option: string | undefined, fromTheme: string | undefined, themeFile: string): TemplateSet['reference'] {
  const file = option ?? fromTheme;
  if (!file) return undefined;
  try {
    if (!statSync(file).isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    return { file, bytes: new Uint8Array(readFileSync(file)) };
  } catch (e) {
    const where = option ? { file } : { file: themeFile, path: 'reference', ...locateInTheme(themeFile, ['reference']) };
    const named = option ? '' : ` ${file}`; // from theme.yaml, the message names the file the theme points at
    throw new BriefdeckError([problem('template', `cannot read the reference deck${named}: ${systemErrorWords(e)}`, { ...where, hint: 'give --reference (or reference: in theme.yaml) a PowerPoint .pptx or .potx file' })]);
  }
}

/**
 * The theme a templates folder uses (its own theme.yaml, else the bundled one, or the built-in theme `--theme` names);
 * a missing folder, an unknown theme or `--theme` beside a folder's own theme.yaml is a usage error.
 */
export function loadSetTheme(dir: string, themeName?: string): { themeFile: string; theme: Theme } {
  checkTemplatesDir(dir);
  const own = templateFile(dir, 'theme.yaml');
  if (themeName !== undefined && resolve(own) !== resolve(BUNDLED_TEMPLATES, 'theme.yaml')) {
    throw new BriefdeckError(
      [problem('usage', `--theme ${themeName} cannot be used with a templates folder that has its own theme.yaml`, { file: own, hint: `write "theme: ${themeName}" in ${own} instead: its own keys are then written over that theme` })],
      EXIT.usage,
    );
  }
  const themeFile = themeName === undefined ? own : builtInThemeFile(themeName);
  return { themeFile, theme: readingFile(themeFile, () => loadTheme(themeFile)) };
}

/** --templates must name a readable folder; a missing path or a file is a usage error naming it. */
export function checkTemplatesDir(dir: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch (e) {
    throw new BriefdeckError([problem('usage', `cannot use this templates folder: ${systemErrorWords(e)}`, { file: dir, hint: 'give --templates a folder holding your own theme.yaml, labels.yaml or *.hbs templates' })], EXIT.usage);
  }
  if (!isDirectory) throw new BriefdeckError([problem('usage', 'expected a folder for --templates, found a file', { file: dir, hint: 'give --templates the folder that holds your own theme.yaml, labels.yaml or *.hbs templates' })], EXIT.usage);
}

/** Runs a loader; a file it cannot read (missing, unreadable) becomes a template problem naming the file. */
function readingFile<T>(file: string, load: () => T): T {
  try {
    return load();
  } catch (e) {
    if (e instanceof BriefdeckError || !(e as NodeJS.ErrnoException).code) throw e;
    throw new BriefdeckError([problem('template', `cannot read ${file.endsWith('theme.yaml') ? 'the theme' : 'the labels'}: ${systemErrorWords(e)}`, { file })]);
  }
}

// `briefdeck build`: brief(s) → out/NAME.pptx, one status line per deck.
import { BriefdeckError, EXIT, isBriefdeckError, type Problem } from '../../errors.js';
import { briefFiles, checkOutDir, outputPath, refuseOutputClashes } from '../../files.js';
import { shownPath } from '../../shared/paths.js';
import type { Deck } from '../../pipeline.js';
import type { TemplateSet } from '../../templates/render.js';
import { writeAllAtomic } from '../../write.js';
import type { CommandSpec } from '../args.js';
import { buildInWorkers, deckOf, parseJobs, workerCount, type BatchSettings } from '../batch.js';
import { deckOptions, htmlOption } from './options.js';
import { consoleOut, reportProblems, type Out } from '../output.js';

export interface BuiltDeck {
  brief: string;
  output: string;
  deck: Pick<Deck, 'bytes' | 'warnings' | 'banner'> & { slides: { title: string }[]; html?: string }; // a worker hands back the slides' titles only
  seconds: number;
  html?: string; // where the deck's HTML page was written (--html)
}

/** Builds one brief and writes its deck; throws BriefdeckError (nothing written) when refused. */
export async function buildOne(file: string, outDir: string, templates: TemplateSet, strict = false, html = false): Promise<BuiltDeck> {
  const started = performance.now();
  const deck = await deckOf(file, templates, strict, html);
  return writeBuilt(file, outDir, deck, (performance.now() - started) / 1000);
}

/** Writes a built deck to DIR/NAME.pptx and its page, when made, to DIR/NAME.html (each atomically); `seconds` so far, the writes' added. */
async function writeBuilt(file: string, outDir: string, deck: BuiltDeck['deck'], seconds: number): Promise<BuiltDeck> {
  const started = performance.now();
  const output = outputPath(file, outDir);
  const html = deck.html === undefined ? undefined : outputPath(file, outDir, '.html');
  const page = html ? [{ target: html, bytes: new TextEncoder().encode(deck.html) }] : [];
  await writeAllAtomic([{ target: output, bytes: deck.bytes }, ...page]); // both or neither: a refusal says nothing was written
  return { brief: file, output, deck, seconds: seconds + (performance.now() - started) / 1000, ...(html ? { html } : {}) };
}

export function statusLine(built: BuiltDeck): string {
  const warnings = built.deck.warnings.length ? `, ${built.deck.warnings.length} warning(s)` : '';
  const page = built.html ? `\n${shownPath(built.html)}  ${built.deck.slides.length} slides (HTML, fonts and pictures inlined)` : '';
  return `${shownPath(built.output)}  ${built.deck.slides.length} slides  ${built.seconds.toFixed(2)} s${warnings}${page}`;
}

/** Runs `fn` for each brief; reports refusals and carries on; returns the exit code. */
export async function forEachBrief(inputs: string[], out: Out, fn: (file: string) => Promise<void>, briefs = briefFiles(inputs)): Promise<number> {
  let code: number = EXIT.ok;
  for (const file of briefs) {
    try {
      await fn(file);
    } catch (e) {
      code = Math.max(code, reportRefusal(out, file, e));
    }
  }
  return code;
}

/** A brief's refusal: its problems, then one line saying nothing was written; returns its exit code. Anything but a BriefdeckError is rethrown. */
function reportRefusal(out: Out, file: string, e: unknown): number {
  if (!isBriefdeckError(e)) throw e;
  reportProblems(out, e.problems);
  out.error(`${file}: refused (${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}); nothing written`);
  return e.exitCode;
}

/**
 * The parallel path: briefs built on worker threads, each written here and reported through `afterBuild` in input
 * order (so the output is the serial path's), as soon as it and every brief before it are done.
 */
async function buildInParallel(
  briefs: string[],
  settings: BatchSettings,
  workers: number,
  outDir: string,
  out: Out,
  afterBuild: (built: BuiltDeck) => Promise<void>,
) {
  let code: number = EXIT.ok;
  for await (const result of buildInWorkers(briefs, settings, workers)) {
    const file = briefs[result.index];
    try {
      if (result.kind === 'refused') throw new BriefdeckError(result.problems, result.exitCode);
      const deck = {
        bytes: result.bytes,
        html: result.html,
        slides: result.titles.map((title) => ({ title })),
        warnings: result.warnings,
        banner: result.banner,
      };
      await afterBuild(await writeBuilt(file, outDir, deck, result.seconds));
    } catch (e) {
      code = Math.max(code, reportRefusal(out, file, e));
    }
  }
  return code;
}

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'Build a deck from each brief (a file, or every *.yaml in a directory) into DIR/NAME.pptx.',
  args: '<brief.yaml|dir>...',
  minPositionals: 1,
  options: { ...deckOptions, html: htmlOption },
  run: (positionals, values) => buildAndExport(positionals, values, false),
};

const NO_EXPORTS = { afterBuild: async () => {}, close: async () => EXIT.ok };

/** build and preview: each brief built and written, then exported (PDF, handout, pictures) as asked. */
export async function buildAndExport(positionals: string[], values: Record<string, string | boolean | undefined>, preview: boolean): Promise<number> {
  const out = consoleOut();
  const jobs = parseJobs(values.jobs);
  const outDir = String(values.out);
  checkOutDir(outDir);
  const briefs = briefFiles(positionals);
  refuseOutputClashes(briefs, outDir, { pdf: Boolean(values.pdf), handout: Boolean(values.handout), preview, html: Boolean(values.html) });
  const optional = (name: string) => (values[name] === undefined ? undefined : String(values[name]));
  const settings: BatchSettings = {
    templates: String(values.templates),
    reference: optional('reference'),
    theme: optional('theme'),
    paper: optional('paper'),
    strict: Boolean(values.strict),
    html: Boolean(values.html),
  };
  const workers = workerCount(jobs, briefs.length);
  // One worker would only add its start-up: one brief, or --jobs 1, builds here, in this thread. Workers load their own templates.
  const templates = workers > 1 ? undefined : (await import('../../templates/render.js')).loadTemplates(settings.templates, settings);
  const request = { preview, pdf: Boolean(values.pdf), handout: Boolean(values.handout) };
  const report = { info: (line: string) => out.info(line), problems: (problems: Problem[]) => reportProblems(out, problems) };
  // The export stack (LibreOffice sessions, sharp, fonts) loads only when a PDF, handout or pictures are asked for.
  const exporter = request.preview || request.pdf || request.handout ? (await import('../../export/session.js')).createExporter(request, report) : NO_EXPORTS;
  const afterBuild = async (built: BuiltDeck) => {
    reportProblems(out, built.deck.warnings);
    out.info(statusLine(built));
    await exporter.afterBuild(built);
  };
  const code = templates
    ? await forEachBrief(positionals, out, async (file) => afterBuild(await buildOne(file, outDir, templates, settings.strict, settings.html)), briefs)
    : await buildInParallel(briefs, settings, workers, outDir, out, afterBuild);
  return Math.max(code, await exporter.close());
}

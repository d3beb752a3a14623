// `briefdeck build`: brief(s) → out/NAME.pptx, one status line per deck.
import { EXIT, isBriefdeckError, warningsAsErrors, type Problem } from '../../errors.js';
import { briefFiles, checkOutDir, outputPath, refuseOutputClashes } from '../../files.js';
import { shownPath } from '../../shared/paths.js';
import type { Deck } from '../../pipeline.js';
import type { TemplateSet } from '../../templates/render.js';
import type { CommandSpec } from '../args.js';
import { deckOptions } from './options.js';
import { consoleOut, reportProblems, type Out } from '../output.js';

export interface BuiltDeck {
  brief: string;
  output: string;
  deck: Deck;
  seconds: number;
}

/** Builds one brief and writes its deck; throws BriefdeckError (nothing written) when refused. */
export async function buildOne(file: string, outDir: string, templates: TemplateSet, strict = false): Promise<BuiltDeck> {
  const started = performance.now();
  // The rendering stack loads only once a brief is accepted, so help, check, new and a refusal stay quick.
  const [{ loadBrief }, { markingCheck }] = await Promise.all([import('../../brief/load.js'), import('../../templates/markings.js')]);
  const loaded = await loadBrief(file, markingCheck(templates.theme)); // an unknown marking is refused with the schema's problems
  const [{ buildDeck }, { writeAtomic }] = await Promise.all([import('../../pipeline.js'), import('../../write.js')]);
  const deck = await buildDeck(loaded, templates);
  if (strict && deck.warnings.length) throw warningsAsErrors(deck.warnings);
  const output = outputPath(file, outDir);
  await writeAtomic(output, deck.bytes);
  return { brief: file, output, deck, seconds: (performance.now() - started) / 1000 };
}

export function statusLine(built: BuiltDeck): string {
  const warnings = built.deck.warnings.length ? `, ${built.deck.warnings.length} warning(s)` : '';
  return `${shownPath(built.output)}  ${built.deck.slides.length} slides  ${built.seconds.toFixed(2)} s${warnings}`;
}

/** Runs `fn` for each brief; reports refusals and carries on; returns the exit code. */
export async function forEachBrief(inputs: string[], out: Out, fn: (file: string) => Promise<void>, briefs = briefFiles(inputs)): Promise<number> {
  let code: number = EXIT.ok;
  for (const file of briefs) {
    try {
      await fn(file);
    } catch (e) {
      if (!isBriefdeckError(e)) throw e;
      reportProblems(out, e.problems);
      out.error(`${file}: refused (${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}); nothing written`);
      code = Math.max(code, e.exitCode);
    }
  }
  return code;
}

export const buildCommand: CommandSpec = {
  name: 'build',
  summary: 'Build a deck from each brief (a file, or every *.yaml in a directory) into DIR/NAME.pptx.',
  usage:
    'briefdeck build <brief.yaml|dir>... [-o DIR] [--templates DIR] [--reference FILE.pptx] [--theme NAME] [--strict] [--pdf] [--handout] [--paper a4|letter]',
  minPositionals: 1,
  options: deckOptions,
  run: (positionals, values) => buildAndExport(positionals, values, false),
};

const NO_EXPORTS = { afterBuild: async () => {}, close: async () => EXIT.ok };

/** build and preview: each brief built and written, then exported (PDF, handout, pictures) as asked. */
export async function buildAndExport(positionals: string[], values: Record<string, string | boolean | undefined>, preview: boolean): Promise<number> {
  const out = consoleOut();
  const outDir = String(values.out);
  checkOutDir(outDir);
  const briefs = briefFiles(positionals);
  refuseOutputClashes(briefs, outDir, { pdf: Boolean(values.pdf), handout: Boolean(values.handout), preview });
  const { loadTemplates } = await import('../../templates/render.js');
  const templates = loadTemplates(String(values.templates), {
    reference: values.reference === undefined ? undefined : String(values.reference),
    theme: values.theme === undefined ? undefined : String(values.theme),
    paper: values.paper === undefined ? undefined : String(values.paper),
  });
  const request = { preview, pdf: Boolean(values.pdf), handout: Boolean(values.handout) };
  const report = { info: (line: string) => out.info(line), problems: (problems: Problem[]) => reportProblems(out, problems) };
  // The export stack (LibreOffice sessions, sharp, fonts) loads only when a PDF, handout or pictures are asked for.
  const exporter = request.preview || request.pdf || request.handout ? (await import('../../export/session.js')).createExporter(request, report) : NO_EXPORTS;
  const code = await forEachBrief(
    positionals,
    out,
    async (file) => {
      const built = await buildOne(file, outDir, templates, Boolean(values.strict));
      reportProblems(out, built.deck.warnings);
      out.info(statusLine(built));
      await exporter.afterBuild(built);
    },
    briefs,
  );
  return Math.max(code, await exporter.close());
}

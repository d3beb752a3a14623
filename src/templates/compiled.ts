// A template compiled once per content: the bundled ones at build time, any other (a --templates file) on first load, again only when it changes.
import Handlebars, { type TemplateDelegate } from './runtime.js';
import { problem, type Problem } from '../errors.js';
import { contentHash, precomputed } from '../shared/precomputed.js';
import { checkMarkup } from './check-markup.js';
import { checkPaths, type PathCheckOptions } from './check-paths.js';
import { handlebarsCompiler } from './compiler.js';
import { SOURCE_ATTRIBUTE } from './contract.js';

/** The precomputed file's name (dist/precomputed/templates.json): compiled specs of the bundled templates, by content key. */
export const TEMPLATES = 'templates';
/** Stands for the template's file in a precompiled spec (its slides' source markers), replaced by the file it is loaded from. */
const FILE_TOKEN = 'briefdeck-template-file-7c1e';

export interface CompiledTemplate {
  template: TemplateDelegate;
  problems: Problem[]; // markup, path and syntax problems at FILE:LINE; the template renders '' when there are any
}

/** Templates compiled in this process, by file and content (each bound to the env it was first made on: every env has the same helpers). */
const compiledInProcess = new Map<string, CompiledTemplate>();
const KEPT = 256;
/** Specs compiled in this process that scripts/precompute.js keeps for the next start (problem-free ones only). */
const fresh: Record<string, string> = {};

/** What a compiled template depends on besides the source: the data's shape, the helpers, the labels, the Handlebars version. */
function checkKey(check: PathCheckOptions): string {
  return JSON.stringify([check.shape, check.root ?? null, check.where ?? null, check.helpers, check.labels, Handlebars.VERSION]);
}

/** The template in `source` (read from `file`), checked and compiled on the runtime `env`: once per file, content and checks. */
export function compileTemplate(env: typeof Handlebars, source: string, file: string, check: PathCheckOptions): CompiledTemplate {
  const checks = checkKey(check);
  const inProcess = contentHash([file, source, checks]);
  const known = compiledInProcess.get(inProcess);
  if (known) return known;
  const key = contentHash([source, checks]);
  const spec = precomputed<string>(TEMPLATES)[key];
  const compiled = spec !== undefined ? { template: env.template(specOf(spec, file)), problems: [] } : compileFresh(env, source, file, check, key);
  if (compiledInProcess.size >= KEPT) compiledInProcess.delete(compiledInProcess.keys().next().value!);
  compiledInProcess.set(inProcess, compiled);
  return compiled;
}

/** Checks the markup and paths, then compiles with the full Handlebars; a syntax error is a problem at its line. */
function compileFresh(env: typeof Handlebars, source: string, file: string, check: PathCheckOptions, key: string): CompiledTemplate {
  const markup = checkMarkup(source, file);
  const problems = [...markup.problems, ...checkPaths(source, file, check)];
  const tokenised = !source.includes(FILE_TOKEN); // a source holding the token itself is compiled for its own file only
  try {
    const spec = handlebarsCompiler().precompile(markedSlides(source, tokenised ? FILE_TOKEN : file, markup.slideTags), { strict: false, noEscape: false }) as string;
    const template = env.template(specOf(spec, file));
    template({}); // surface errors now rather than on first use
    if (!problems.length && tokenised) fresh[key] = spec;
    return { template, problems };
  } catch (e) {
    const message = (e as Error).message.split('\n')[0].replaceAll(FILE_TOKEN, encodeURIComponent(file));
    return { template: () => '', problems: [...problems, problem('template', message, { file, line: handlebarsLine(e as Error) })] };
  }
}

/** The template function of a precompiled spec, its source markers naming `file`. */
function specOf(spec: string, file: string): TemplateSpecification {
  const own = spec.replaceAll(encodeURIComponent(FILE_TOKEN), encodeURIComponent(file));
  return new Function(`return ${own};`)() as TemplateSpecification;
}

/** For the build: the specs compiled in this process without problems, by content key. */
export function freshSpecs(): Record<string, string> {
  return { ...fresh };
}

/** Each literal <slide gets the template file and line, so a problem found in the rendered markup can point back here. */
function markedSlides(source: string, file: string, slideTags: { offset: number; line: number }[]): string {
  let marked = source;
  for (const { offset, line } of [...slideTags].reverse()) {
    marked = `${marked.slice(0, offset)} ${SOURCE_ATTRIBUTE}="${encodeURIComponent(file)}:${line}"${marked.slice(offset)}`;
  }
  return marked;
}

function handlebarsLine(e: Error): number | undefined {
  const m = /on line (\d+)/.exec(e.message);
  return m ? Number(m[1]) : undefined;
}

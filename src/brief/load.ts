// loadBrief(): read → parse → sanitize → validate, giving a typed Brief and its warnings.
import { BriefdeckError, isBriefdeckError, problem, type Problem } from '../errors.js';
import { formatPath, locate, type KeyPath } from '../shared/locate.js';
import { parseBriefText, sourceLine, type ParsedBrief } from './parse.js';
import { textFinder } from './find-text.js';
import { trustedSchemaProblems } from './partial.js';
import { readBrief } from './read.js';
import { sanitizeBrief } from './sanitize.js';
import { timelineFindings } from './timeline.js';
import type { Brief } from './schema.js';
import { validateBrief } from './validate.js';

/** A problem a layer above finds in the brief (the theme's classification markings), named by its key path. */
export interface Finding {
  path: KeyPath;
  message: string;
  hint?: string;
}

/** A check from a layer above, run with the schema's so every problem is reported at once. */
export type BriefCheck = (data: unknown) => Finding[];

/** A brief read and validated: the typed brief, its warnings, and where its values are in the source (for positioned problems). */
export interface LoadedBrief {
  /** The file it was read from (or the name given to its text). */
  file: string;
  /** The brief as validated, every shorthand expanded. */
  brief: Brief;
  /** Warnings at FILE:LINE:COLUMN: characters removed, timeline without dates, … */
  warnings: Problem[];
  /** A finding about this brief as a problem at its FILE:LINE:COLUMN (for checks run after loading). */
  place?: (finding: Finding) => Problem;
  /** Where a slide text came from in the brief (line, column, key path, source line), to position layout warnings. */
  locateText?: (text: string) => Pick<Problem, 'line' | 'column' | 'path' | 'sourceLine'> | undefined;
}

/**
 * Parses and validates brief text already in memory (no disk access); syntax errors come with the schema problems that can still be trusted; `check` adds problems the schema cannot see.
 *
 * @param text - the brief's YAML
 * @param file - the name problems are reported under (and pictures are found relative to)
 * @param check - more checks on the parsed data, reported with the schema's (the CLI checks the classification against the theme's markings)
 * @returns the brief, its warnings and its positions
 * @throws BriefdeckError with every problem at `FILE:LINE:COLUMN`: YAML syntax, schema, limits
 */
export function briefFromText(text: string, file: string, check?: BriefCheck): LoadedBrief {
  const parsed = parseBriefText(text, file, trustedSchemaProblems);
  const stripped = sanitizeBrief(parsed);
  const place = (finding: Finding) => placed(parsed, finding);
  const found = (check?.(parsed.data) ?? []).map(place);
  let validated: ReturnType<typeof validateBrief>;
  try {
    validated = validateBrief(parsed);
  } catch (e) {
    if (isBriefdeckError(e) && found.length) throw new BriefdeckError(byPosition([...e.problems, ...found]));
    throw e;
  }
  if (found.length) throw new BriefdeckError(found);
  return {
    file,
    brief: validated.brief,
    warnings: byPosition([
      ...parsed.warnings,
      ...stripped,
      ...validated.warnings,
      ...timelineFindings(validated.brief).map((f) => ({ ...place(f), severity: 'warning' as const })),
    ]),
    place,
    locateText: textLocator(parsed),
  };
}

/** Slide text → the position of the brief value it came from; the index of the brief's strings is built on first use. */
function textLocator(parsed: ParsedBrief): NonNullable<LoadedBrief['locateText']> {
  let find: ((text: string) => KeyPath | undefined) | undefined;
  return (text) => {
    find ??= textFinder(parsed.data);
    const path = find(text);
    if (!path) return undefined;
    const position = locate(parsed.doc, parsed.lines, path);
    return { ...position, path: formatPath(path), sourceLine: sourceLine(parsed.text, position.line) };
  };
}

/**
 * Reads a brief file and validates it: read (refusing binary, non-UTF-8 or oversized files) → parse → sanitize → validate.
 *
 * @param file - the brief (.yaml or .yml)
 * @param check - more checks on the parsed data, as for {@link briefFromText}
 * @returns the brief, its warnings and its positions, for `buildDeck`
 * @throws BriefdeckError with every problem at `FILE:LINE:COLUMN` (the file cannot be read, YAML syntax, schema)
 * @example
 * ```ts
 * const loaded = await loadBrief('briefs/dialogue.yaml');
 * console.log(loaded.brief.title, loaded.warnings.length);
 * ```
 */
export async function loadBrief(file: string, check?: BriefCheck): Promise<LoadedBrief> {
  const { text } = await readBrief(file);
  return briefFromText(text, file, check);
}

/** A finding as a problem: positioned when the brief's source is known, else with the file and key path only. */
export function placeFinding(loaded: LoadedBrief, finding: Finding): Problem {
  return loaded.place?.(finding) ?? problem('schema', finding.message, { file: loaded.file, path: formatPath(finding.path), hint: finding.hint });
}

function placed(parsed: ParsedBrief, finding: Finding): Problem {
  const position = locate(parsed.doc, parsed.lines, finding.path);
  return problem('schema', finding.message, {
    file: parsed.file,
    ...position,
    path: formatPath(finding.path),
    sourceLine: sourceLine(parsed.text, position.line),
    hint: finding.hint,
  });
}

function byPosition(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

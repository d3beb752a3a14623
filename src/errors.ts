// One error family: every user-facing problem is a Problem; BriefdeckError carries a list of them.

/** An error refuses the brief; a warning is reported beside a deck that is still built (refused too with `strict`). */
export type Severity = 'error' | 'warning';

/** What kind of problem: where it comes from (the brief's syntax or schema, a template, a limit, the disk, …). */
export type ProblemCode =
  | 'read' // the file could not be read (missing, too big, binary, not UTF-8)
  | 'syntax' // YAML syntax
  | 'schema' // the brief breaks the contract
  | 'template' // a template or theme file is broken
  | 'limit' // a safety limit (size, aliases) was hit
  | 'sanitize' // text was changed to keep the package valid (warnings)
  | 'layout' // text was shortened or scaled to fit (warnings)
  | 'usage' // the command line is wrong
  | 'tool' // an external program (LibreOffice) is missing or failed
  | 'write'; // the output could not be written

/** One problem or warning, positioned where known: `FILE:LINE:COLUMN: key.path: message (hint)`, as `formatProblemShort` writes it. */
export interface Problem {
  code: ProblemCode;
  severity: Severity;
  message: string;
  file?: string;
  line?: number; // 1-based
  column?: number; // 1-based
  path?: string; // key path in the brief, e.g. participants[0].members[1].name
  sourceLine?: string; // the offending source line, for the caret display
  hint?: string; // did-you-mean or what to do
  subject?: string; // the slide text a layout warning is about, so the pipeline can position it at the brief value it came from
}

/** Exit codes the CLI maps errors to. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/**
 * The one error briefdeck throws for anything a user can fix (a refused brief, a broken template, a bad option, a file it
 * cannot write): `problems` lists every problem found at once, positioned; `exitCode` is what the CLI exits with
 * (1 refused, 2 usage). Its message is the problems in their short form, one per line. Anything else thrown is a bug.
 */
export class BriefdeckError extends Error {
  readonly problems: Problem[];
  readonly exitCode: number;
  constructor(problems: Problem[], exitCode: number = EXIT.refused) {
    super(problems.map(formatProblemShort).join('\n'));
    this.name = 'BriefdeckError';
    this.problems = problems;
    this.exitCode = exitCode;
  }
}

export function problem(code: ProblemCode, message: string, at: Partial<Problem> = {}): Problem {
  return { code, severity: 'error', message, ...at };
}

export function warning(code: ProblemCode, message: string, at: Partial<Problem> = {}): Problem {
  return { code, severity: 'warning', message, ...at };
}

/** --strict: the same warnings, refused as errors. */
export function warningsAsErrors(warnings: Problem[]): BriefdeckError {
  return new BriefdeckError(warnings.map((w) => ({ ...w, severity: 'error' as const })));
}

/** A usage error (exit 2). */
export function usageError(message: string, hint?: string): BriefdeckError {
  return new BriefdeckError([problem('usage', message, { hint })], EXIT.usage);
}

/** FILE:LINE:COLUMN: path: message — the one-line form used in lists and error messages. */
export function formatProblemShort(p: Problem): string {
  const where = [p.file, p.line, p.column].filter((x) => x !== undefined && x !== '').join(':');
  const label = p.severity === 'warning' ? 'warning: ' : '';
  const path = p.path ? `${p.path}: ` : '';
  const hint = p.hint ? ` (${p.hint})` : '';
  return `${where ? where + ': ' : ''}${label}${path}${p.message}${hint}`;
}

export function isBriefdeckError(e: unknown): e is BriefdeckError {
  return e instanceof BriefdeckError;
}

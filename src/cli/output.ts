// Terminal output: problems with the source line and a caret, status lines; colour unless NO_COLOR or not a TTY; nothing from a file name or brief reaches the terminal raw.
import { formatProblemShort, type Problem } from '../errors.js';

/** reportProblems writes lines it has already made safe (and perhaps coloured) through this, when an Out has it. */
export const SAFE_LINE = Symbol('write a line already made safe for the terminal');

export interface Out {
  info(line: string): void;
  error(line: string): void;
  colour: boolean;
  [SAFE_LINE]?: (line: string) => void;
}

/** Every line goes out through terminalSafe: status lines carry file names, and file names can hold escape sequences. */
export function consoleOut(): Out {
  const colour = !process.env.NO_COLOR && Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb';
  return {
    info: (line) => process.stdout.write(`${terminalSafe(line, true)}\n`),
    error: (line) => process.stderr.write(`${terminalSafe(line, true)}\n`),
    [SAFE_LINE]: (line) => process.stderr.write(`${line}\n`),
    colour,
  };
}

const paint = (on: boolean, code: string, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/**
 * Characters a terminal acts on instead of showing: C0 controls (tab and, in multi-line output, the line
 * break aside), DEL, C1 controls (0x9B alone starts an escape sequence) and the bidi embeddings, overrides and
 * isolates that reorder what is shown.
 */
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_KEEPING_NEWLINES = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** One unsafe character as it is shown: \x1b, \x9b, \u202e. */
const escaped = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Text from a file name or a brief made safe to print: every control character, escape and bidi override shown escaped (ESC as \x1b). */
export function terminalSafe(text: string, keepNewlines = false): string {
  return text.replace(keepNewlines ? UNSAFE_KEEPING_NEWLINES : UNSAFE, escaped);
}

/** Source lines longer than this are shown as a window around the column. */
const MAX_SHOWN = 100;

/** FILE:LINE:COLUMN: path: message, then the source line with a caret under the column. */
export function formatProblem(p: Problem, colour = false): string {
  const head = terminalSafe(formatProblemShort({ ...p, hint: undefined }));
  const lines = [paint(colour, p.severity === 'warning' ? '33' : '31', head)];
  if (p.sourceLine !== undefined && p.line !== undefined) {
    const { shown, caretAt } = sourceWindow(p.sourceLine, p.column ?? 1);
    const gutter = `${p.line} | `;
    lines.push(`  ${gutter}${withTabs(shown)}`);
    if (p.column !== undefined) lines.push(`  ${' '.repeat(gutter.length)}${caretPadding(shown, caretAt)}${paint(colour, '1', '^')}`);
  }
  if (p.hint) lines.push(`  ${paint(colour, '36', 'hint:')} ${terminalSafe(p.hint)}`);
  return lines.join('\n');
}

/** A long line cut to about MAX_SHOWN characters around the column, with "…" where text was left out. */
function sourceWindow(source: string, column: number): { shown: string; caretAt: number } {
  if (source.length <= MAX_SHOWN) return { shown: source, caretAt: column };
  const start = Math.max(0, Math.min(column - 1 - MAX_SHOWN / 2, source.length - MAX_SHOWN));
  const end = Math.min(source.length, start + MAX_SHOWN);
  const before = start > 0 ? '…' : '';
  return { shown: `${before}${source.slice(start, end)}${end < source.length ? '…' : ''}`, caretAt: column - start + before.length };
}

/** A source line made safe, its tabs kept (the caret line keeps them too, so the caret lines up). */
const withTabs = (source: string) =>
  source
    .split('\t')
    .map((part) => terminalSafe(part))
    .join('\t');

/** Spaces as wide as the text before the column as shown (tabs kept, escapes as long as they are, wide CJK characters counted twice, combining marks not at all). */
function caretPadding(source: string, column: number): string {
  return [...source.slice(0, Math.max(0, column - 1))].map((ch) => (ch === '\t' ? '\t' : ' '.repeat(shownWidth(ch)))).join('');
}

function shownWidth(ch: string): number {
  const shown = terminalSafe(ch);
  return shown === ch ? displayWidth(ch) : shown.length;
}

function displayWidth(ch: string): number {
  if (/\p{M}|\u200B|\u200D|\uFE0F/u.test(ch)) return 0;
  const code = ch.codePointAt(0)!;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/** More problems than this are summed up in one line: a pasted list of thousands of bad entries would bury the terminal. */
export const MAX_PROBLEMS_SHOWN = 100;

export function reportProblems(out: Out, problems: Problem[]): void {
  const write = out[SAFE_LINE] ?? out.error; // formatProblem has made the text safe; its colours stay
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) write(formatProblem(p, out.colour));
  const hidden = problems.length - MAX_PROBLEMS_SHOWN;
  if (hidden > 0) out.error(`… and ${hidden} more problem${hidden === 1 ? '' : 's'} not shown; fix the ones above and run again`);
}

// Terminal output: problems with the source line and a caret, status lines; colour unless NO_COLOR or not a TTY.
import { formatProblemShort, type Problem } from '../errors.js';

export interface Out {
  info(line: string): void;
  error(line: string): void;
  colour: boolean;
}

export function consoleOut(): Out {
  const colour = !process.env.NO_COLOR && Boolean(process.stderr.isTTY) && process.env.TERM !== 'dumb';
  return { info: (line) => process.stdout.write(`${line}\n`), error: (line) => process.stderr.write(`${line}\n`), colour };
}

const paint = (on: boolean, code: string, text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);

/** Source lines longer than this are shown as a window around the column. */
const MAX_SHOWN = 100;

/**
 * Brief text is untrusted: control characters (an ESC could drive the terminal) are shown as
 * visible symbols, one character for one, so the caret still lines up.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, (ch) => (ch === '\x7f' ? '\u2421' : String.fromCharCode(0x2400 + ch.charCodeAt(0)))).replace(/[\u0080-\u009F]/g, '\uFFFD');
}

/** FILE:LINE:COLUMN: path: message, then the source line with a caret under the column. */
export function formatProblem(p: Problem, colour = false): string {
  const head = visible(formatProblemShort({ ...p, hint: undefined }));
  const lines = [paint(colour, p.severity === 'warning' ? '33' : '31', head)];
  if (p.sourceLine !== undefined && p.line !== undefined) {
    const { shown, caretAt } = sourceWindow(visible(p.sourceLine), p.column ?? 1);
    const gutter = `${p.line} | `;
    lines.push(`  ${gutter}${shown}`);
    if (p.column !== undefined) lines.push(`  ${' '.repeat(gutter.length)}${caretPadding(shown, caretAt)}${paint(colour, '1', '^')}`);
  }
  if (p.hint) lines.push(`  ${paint(colour, '36', 'hint:')} ${visible(p.hint)}`);
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

/** Spaces as wide as the text before the column (tabs kept, wide CJK characters counted twice, combining marks not at all). */
function caretPadding(source: string, column: number): string {
  return [...source.slice(0, Math.max(0, column - 1))].map((ch) => (ch === '\t' ? '\t' : ' '.repeat(displayWidth(ch)))).join('');
}

function displayWidth(ch: string): number {
  if (/\p{M}|\u200B|\u200D|\uFE0F/u.test(ch)) return 0;
  const code = ch.codePointAt(0)!;
  const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/** More problems than this are summed up in one line: a pasted list of thousands of bad entries would bury the terminal. */
export const MAX_PROBLEMS_SHOWN = 100;

export function reportProblems(out: Out, problems: Problem[]): void {
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) out.error(formatProblem(p, out.colour));
  const hidden = problems.length - MAX_PROBLEMS_SHOWN;
  if (hidden > 0) out.error(`… and ${hidden} more problem${hidden === 1 ? '' : 's'} not shown; fix the ones above and run again`);
}

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

/** FILE:LINE:COLUMN: path: message, then the source line with a caret under the column. */
export function formatProblem(p: Problem, colour = false): string {
  const head = formatProblemShort({ ...p, hint: undefined });
  const label = p.severity === 'warning' ? paint(colour, '33', head) : paint(colour, '31', head);
  const lines = [label];
  if (p.sourceLine !== undefined && p.line !== undefined) {
    const gutter = `${p.line} | `;
    lines.push(`  ${gutter}${p.sourceLine}`);
    if (p.column !== undefined) lines.push(`  ${' '.repeat(gutter.length)}${caretPadding(p.sourceLine, p.column)}${paint(colour, '1', '^')}`);
  }
  if (p.hint) lines.push(`  ${paint(colour, '36', 'hint:')} ${p.hint}`);
  return lines.join('\n');
}

/** Keeps tabs so the caret lines up under the source character. */
function caretPadding(source: string, column: number): string {
  return [...source.slice(0, Math.max(0, column - 1))].map((ch) => (ch === '\t' ? '\t' : ' ')).join('');
}

export function reportProblems(out: Out, problems: Problem[]): void {
  for (const p of problems) out.error(formatProblem(p, out.colour));
}

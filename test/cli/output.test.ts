// How problems look in a terminal: the caret under the right character, long lines windowed, control characters made visible, colour only when asked.
import { describe, expect, it } from 'vitest';
import { formatProblem, MAX_PROBLEMS_SHOWN, reportProblems, visible } from '../../src/cli/output.js';
import { problem, warning, type Problem } from '../../src/errors.js';

const at = (sourceLine: string, column: number, extra: Partial<Problem> = {}): Problem =>
  problem('schema', 'expected text, found the number 5', { file: 'b.yaml', line: 3, column, path: 'title', sourceLine, ...extra });

describe('formatProblem', () => {
  it('prints FILE:LINE:COLUMN: path: message, the line, a caret under the column, and the hint', () => {
    expect(formatProblem(at('title: 5', 8, { hint: 'put it in quotes' }))).toBe([
      'b.yaml:3:8: title: expected text, found the number 5',
      '  3 | title: 5',
      '             ^',
      '  hint: put it in quotes',
    ].join('\n'));
  });

  it('labels warnings', () => {
    expect(formatProblem(warning('sanitize', 'removed', { file: 'b.yaml', line: 1, column: 1, path: 'title' }))).toBe('b.yaml:1:1: warning: title: removed');
  });

  it('lines the caret up after wide CJK characters and combining marks', () => {
    expect(formatProblem(at('name: 姚勤 5', 10)).split('\n')[2]).toBe(`  ${' '.repeat(4)}${' '.repeat(6)}${' '.repeat(5)}^`);
    const combining = 'name: S\u0326erban: 5'; // Ș written as S + combining comma below
    expect(formatProblem(at(combining, 16)).split('\n')[2]).toBe(`  ${' '.repeat(4)}${' '.repeat(14)}^`);
  });

  it('shows a window of a very long line around the column, with the caret still under it', () => {
    const long = `title: ${'a'.repeat(5000)}X${'b'.repeat(5000)}`;
    const [, source, caret] = formatProblem(at(long, 5008)).split('\n');
    expect(source.length).toBeLessThan(120);
    expect(source).toMatch(/^ {2}3 \| …a+Xb+…$/);
    expect(source[caret.indexOf('^')]).toBe('X');
  });

  it('never sends control characters from a brief to the terminal', () => {
    const hostile = 'title: \x1b[2J\x1b]0;pwned\x07 \x9b31m';
    const shown = formatProblem(at(hostile, 8, { message: `found text ${JSON.stringify(hostile)}`, hint: '\x1b[31m' }));
    expect(shown).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(visible('a\x01b\x7fc')).toBe('a\u2401b\u2421c');
  });

  it('colours only when asked, and then resets every colour it sets', () => {
    expect(formatProblem(at('title: 5', 8))).not.toContain('\x1b[');
    const coloured = formatProblem(at('title: 5', 8, { hint: 'h' }), true);
    expect(coloured).toContain('\x1b[31m');
    expect(coloured.split('\x1b[0m').length - 1).toBe((coloured.match(/\x1b\[\d+m/g) ?? []).length / 2);
  });

  it(`shows at most ${MAX_PROBLEMS_SHOWN} problems, then says how many more there are`, () => {
    const lines: string[] = [];
    const problems = Array.from({ length: MAX_PROBLEMS_SHOWN + 42 }, (_, i) => at(`k${i}: 5`, 5, { line: i + 1 }));
    reportProblems({ info: () => undefined, error: (line) => lines.push(line), colour: false }, problems);
    expect(lines).toHaveLength(MAX_PROBLEMS_SHOWN + 1);
    expect(lines[MAX_PROBLEMS_SHOWN - 1]).toMatch(new RegExp(`^b\\.yaml:${MAX_PROBLEMS_SHOWN}:5: `));
    expect(lines[MAX_PROBLEMS_SHOWN]).toBe('… and 42 more problems not shown; fix the ones above and run again');
  });
});

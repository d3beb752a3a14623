// How problems look in a terminal: the caret under the right character, long lines windowed, control characters made visible, colour only when asked.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { consoleOut, formatProblem, MAX_PROBLEMS_SHOWN, reportProblems, terminalSafe } from '../../src/cli/output.js';
import { BIN, REPO } from '../watch/child.js';
import { problem, warning, type Problem } from '../../src/errors.js';

const at = (sourceLine: string, column: number, extra: Partial<Problem> = {}): Problem =>
  problem('schema', 'expected text, found the number 5', { file: 'b.yaml', line: 3, column, path: 'title', sourceLine, ...extra });

describe('formatProblem', () => {
  it('prints FILE:LINE:COLUMN: path: message, the line, a caret under the column, and the hint', () => {
    expect(formatProblem(at('title: 5', 8, { hint: 'put it in quotes' }))).toBe(
      ['b.yaml:3:8: title: expected text, found the number 5', '  3 | title: 5', '             ^', '  hint: put it in quotes'].join('\n'),
    );
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
    const shown = formatProblem(at(hostile, 8, { message: `found text ${JSON.stringify(hostile)}`, hint: '\x1b[31m', file: 'esc\x1b[31mred.yaml' }));
    expect(shown).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(shown.split('\n')[0]).toBe('esc\\x1b[31mred.yaml:3:8: title: found text "title: \\u001b[2J\\u001b]0;pwned\\u0007 \\x9b31m"');
    expect(shown.split('\n')[1]).toBe('  3 | title: \\x1b[2J\\x1b]0;pwned\\x07 \\x9b31m');
    expect(terminalSafe('a\x01b\x7fc\u202ed\u2066e\nf')).toBe('a\\x01b\\x7fc\\u202ed\\u2066e\\x0af');
    expect(terminalSafe('line\nnext', true)).toBe('line\nnext');
  });

  it('keeps the caret under the column after escaped characters', () => {
    const [, source, caret] = formatProblem(at('title: \x1b[1mX', 12)).split('\n');
    expect(source[caret.indexOf('^')]).toBe('X');
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

describe('file names and brief values in status lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-output-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('never reach the terminal raw: `esc<ESC>[31mred.yaml` is shown as esc\\x1b[31mred.yaml by check and build', () => {
    const hostile = 'esc\x1b[31mred';
    copyFileSync(join(REPO, 'test', 'fixtures', 'valid-minimal.yaml'), join(dir, `${hostile}.yaml`));
    writeFileSync(join(dir, `bad\u202e${hostile}.yaml`), 'title: x\n');
    const check = cli('check', '.');
    expect(check.status).toBe(1);
    const build = cli('build', `${hostile}.yaml`, '-o', 'out');
    expect(build.status, build.stderr).toBe(0);
    for (const run of [check, build]) expect(`${run.stdout}${run.stderr}`).not.toMatch(/[\x1b\x9b\u202e]/);
    expect(check.stdout).toBe('esc\\x1b[31mred.yaml: ok\n');
    expect(check.stderr).toContain('bad\\u202eesc\\x1b[31mred.yaml: refused (3 problems); nothing written');
    expect(build.stdout).toMatch(/^out\/esc\\x1b\[31mred\.pptx {2}5 slides/);
  });

  it('in a colour terminal keep their colours, and only those', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const tty = Object.getOwnPropertyDescriptor(process.stderr, 'isTTY');
    Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
    vi.stubEnv('NO_COLOR', '');
    vi.stubEnv('TERM', 'xterm');
    try {
      const out = consoleOut();
      reportProblems(out, [at('title: \x1b[2J', 8, { file: 'esc\x1b[31mred.yaml' })]);
      out.info('esc\x1b[31mred.pptx  5 slides');
      out.error('esc\x1b[31mred.yaml: refused (1 problem); nothing written');
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
      if (tty) Object.defineProperty(process.stderr, 'isTTY', tty);
      else delete (process.stderr as { isTTY?: boolean }).isTTY;
    }
    const all = written.join('');
    expect(all).toContain('\x1b[31mesc\\x1b[31mred.yaml:3:8: title: expected text, found the number 5\x1b[0m');
    expect(all.replace(/\x1b\[(?:0|1|31|33|36)m/g, '')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(all).toContain('esc\\x1b[31mred.pptx  5 slides\n');
    expect(all).toContain('esc\\x1b[31mred.yaml: refused (1 problem); nothing written\n');
  });
});

// `briefdeck build DIR --jobs N`: briefs built on worker threads print what a serial build prints, in input order, with its exit code and its bytes.
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-batch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const FIXTURES = join(REPO, 'test', 'fixtures');

/** A folder of briefs: good ones, one with layout warnings, a broken one and one with a YAML syntax error, in this (name) order. */
const MIXED = join(root, 'mixed');
mkdirSync(MIXED);
copyFileSync(join(FIXTURES, 'valid-minimal.yaml'), join(MIXED, 'a-minimal.yaml'));
copyFileSync(join(FIXTURES, 'invalid-misspelt-keys.yaml'), join(MIXED, 'b-broken.yaml'));
copyFileSync(join(FIXTURES, 'stress-long-titles.yaml'), join(MIXED, 'c-long-titles.yaml'));
copyFileSync(join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml'), join(MIXED, 'd-sample.yaml'));
copyFileSync(join(FIXTURES, 'invalid-syntax.yaml'), join(MIXED, 'e-syntax.yaml'));
copyFileSync(join(FIXTURES, 'stress-cjk.yaml'), join(MIXED, 'f-cjk.yaml'));

interface Run {
  status: number | null;
  /** stdout and stderr as a terminal shows them: both streams into one file, in the order they were written. */
  output: string;
}

/** Runs the CLI with stdout and stderr going to one file, so the order of every line (status, warning, refusal) shows. */
function cli(args: string[], entry = BIN): Run {
  const file = join(root, `output-${Math.random().toString(16).slice(2)}.txt`);
  const fd = openSync(file, 'w');
  try {
    const run = spawnSync(process.execPath, [entry, ...args], {
      cwd: root,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 240_000,
    });
    return { status: run.status, output: readFileSync(file, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

/** The output with the timings (they differ run to run) and the output folder's name (shown relative to the working folder) taken out. */
const comparable = (output: string, outDir: string) => output.replaceAll(`${basename(outDir)}/`, 'OUT/').replace(/ {2}\d+\.\d\d s\b/g, '  T s');

const decksIn = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));

describe('build DIR --jobs 2 against --jobs 1', () => {
  for (const options of [[], ['--strict', '--theme', 'print']]) {
    it(`prints the same lines in input order, exits the same and writes the same bytes${options.length ? ` (${options.join(' ')})` : ''}`, () => {
      const name = options.length ? 'strict' : 'default';
      const serialOut = join(root, `${name}-serial`);
      const parallelOut = join(root, `${name}-parallel`);
      const serial = cli(['build', MIXED, '-o', serialOut, '--jobs', '1', ...options]);
      const parallel = cli(['build', MIXED, '-o', parallelOut, '--jobs', '2', ...options]);
      expect(serial.status, serial.output).toBe(1); // the broken briefs are refused, the others built
      expect(parallel.status, parallel.output).toBe(serial.status);
      expect(comparable(parallel.output, parallelOut)).toBe(comparable(serial.output, serialOut));
      // Input order: each brief's block comes after the one before it.
      const positions = ['a-minimal', 'b-broken', 'c-long-titles', 'd-sample', 'e-syntax', 'f-cjk'].map((brief) => parallel.output.indexOf(brief));
      expect(positions.every((at) => at >= 0)).toBe(true);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(parallel.output).toContain('b-broken.yaml: refused (3 problems); nothing written');
      const serialDecks = decksIn(serialOut);
      const parallelDecks = decksIn(parallelOut);
      expect(Object.keys(parallelDecks).sort()).toEqual(Object.keys(serialDecks).sort());
      expect(Object.keys(parallelDecks).length).toBe(options.includes('--strict') ? 3 : 4); // --strict refuses the long titles' warnings
      for (const [deck, bytes] of Object.entries(serialDecks)) expect(parallelDecks[deck].equals(bytes), deck).toBe(true);
    }, 300_000);
  }

  it('the default (no --jobs) is the parallel build, with the same output', () => {
    const out = join(root, 'default-jobs');
    const run = cli(['build', MIXED, '-o', out]);
    const serialOut = join(root, 'default-serial');
    expect(run.status).toBe(1);
    expect(comparable(run.output, out)).toBe(comparable(cli(['build', MIXED, '-o', serialOut, '--jobs', '1']).output, serialOut));
  }, 300_000);
});

describe('options refused before any brief is built', () => {
  const refused: [string, string[]][] = [
    ['an unknown --theme', ['--theme', 'no-such-theme']],
    ['a missing --reference', ['--reference', join(root, 'no-such-template.pptx')]],
    ['a wrong --paper', ['--paper', 'a3']],
  ];
  for (const [what, options] of refused) {
    it(`${what}: the workers report it once, as the serial build does, with its exit code`, () => {
      const serial = cli(['build', MIXED, '-o', join(root, 'refused-serial'), '--jobs', '1', ...options]);
      const parallel = cli(['build', MIXED, '-o', join(root, 'refused-parallel'), '--jobs', '2', ...options]);
      expect(serial.status, serial.output).toBeGreaterThan(0);
      expect([parallel.status, parallel.output]).toEqual([serial.status, serial.output]);
      expect(existsSync(join(root, 'refused-parallel'))).toBe(false);
    });
  }
});

describe('--jobs usage errors', () => {
  for (const value of ['0', 'x', '-1', '1.5', '']) {
    it(`--jobs "${value}" is a usage error (exit 2); nothing is built`, () => {
      const out = join(root, `usage-${value || 'empty'}`);
      const run = spawnSync(process.execPath, [BIN, 'build', MIXED, '-o', out, `--jobs=${value}`], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain(`--jobs: expected a whole number of 1 or more, found "${value}"`);
      expect(run.stderr).not.toMatch(/internal error|^\s+at /m);
      expect(run.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    });
  }

  it('build --help names --jobs', () => {
    const run = spawnSync(process.execPath, [BIN, 'build', '--help'], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/^usage: briefdeck build [^]*\[--jobs N\]/m);
    expect(run.stdout).toMatch(/^ {6}--jobs N +how many briefs to build at once/m);
  });
});

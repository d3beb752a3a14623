// The CLI's contract with scripts: exit 0 on success, 1 when a brief is refused, 2 on usage errors; help works through npx.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../watch/child.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MINIMAL = join(REPO, 'test', 'fixtures', 'valid-minimal.yaml');
const BROKEN = join(REPO, 'test', 'fixtures', 'invalid-misspelt-keys.yaml');

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);

describe('exit 0', () => {
  it('check and build a good brief', () => {
    const check = cli('check', MINIMAL);
    expect([check.status, check.stdout]).toEqual([0, `${MINIMAL}: ok\n`]);
    const build = cli('build', MINIMAL, '-o', join(dir, 'ok'));
    expect(build.status, build.stderr).toBe(0);
    expect(build.stdout).toMatch(/valid-minimal\.pptx {2}5 slides {2}\d+\.\d\d s\n$/);
    expect(existsSync(join(dir, 'ok', 'valid-minimal.pptx'))).toBe(true);
  });

  it("--help, -h, help, a command's --help and --version", () => {
    for (const args of [['--help'], ['-h'], ['help'], ['build', '--help'], ['check', '-h'], ['--version']]) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout.length, args.join(' ')).toBeGreaterThan(0);
      expect(run.stderr, args.join(' ')).toBe('');
    }
    expect(cli('build', '--help').stdout).toMatch(/^usage: briefdeck build /);
  });

  it('`npx briefdeck --help` works in the repository with no further step', () => {
    const run = spawnSync('npx', ['--no-install', 'briefdeck', '--help'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^usage: briefdeck <command> \[options\]$/m);
    for (const command of ['build', 'check']) expect(run.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
  });
});

describe('exit 1: a brief is refused', () => {
  it('for check and build, without a stack trace', () => {
    for (const args of [
      ['check', BROKEN],
      ['build', BROKEN, '-o', join(dir, 'refused')],
    ]) {
      const run = cli(...args);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/invalid-misspelt-keys\.yaml:3:1: sumary: unknown key/);
      noStack(run.stderr);
    }
    expect(existsSync(join(dir, 'refused'))).toBe(false);
  });

  it('for a missing file', () => {
    const run = cli('check', 'no-such-brief.yaml');
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([1, 'no-such-brief.yaml: cannot read the brief: no such file']);
  });

  it('when one brief of several is refused: the good ones are still built, the exit says something failed', () => {
    const briefs = join(dir, 'mixed');
    const out = join(dir, 'mixed-out');
    mkdirSync(briefs);
    copyFileSync(MINIMAL, join(briefs, 'a-good.yaml'));
    copyFileSync(BROKEN, join(briefs, 'b-broken.yaml'));
    writeFileSync(join(briefs, 'notes.txt'), 'not a brief');
    const run = cli('build', briefs, '-o', out);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/a-good\.pptx {2}5 slides/);
    expect(run.stderr).toContain('b-broken.yaml: refused (3 problems); nothing written');
    expect(readdirSync(out)).toEqual(['a-good.pptx']);
  });
});

describe('exit 2: usage errors', () => {
  const usage: [string, string[], RegExp][] = [
    ['no arguments at all', [], /^usage: briefdeck <command> \[options\]$/m],
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown option', ['build', MINIMAL, '--colour'], /^briefdeck build: unknown option "--colour"$/m],
    ['a command without its brief', ['build'], /build: missing argument/],
    ['an option without its value', ['build', MINIMAL, '-o'], /^briefdeck build: -o: expected DIR, found the end of the command line$/m],
  ];
  for (const [what, args, message] of usage) {
    it(what, () => {
      const run = cli(...args);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
      noStack(run.stderr);
    });
  }
});

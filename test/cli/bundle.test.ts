// The CLI bundle (scripts/bundle.js → dist/bundle/) is what bin/briefdeck.js runs: the same decks and messages as dist/, its code cache optional, modules loaded only on the paths that need them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../watch/child.js';

// A copy of the package, bundled there: the repository's own dist/bundle is left alone while other tests run its CLI.
const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bundle-'));
const root = join(dir, 'package');
const BIN = join(root, 'bin', 'briefdeck.js');
const PROBE = join(REPO, 'test', 'helpers', 'load-probe.cjs');
const SAMPLE = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
const MINIMAL = join(REPO, 'test', 'fixtures', 'valid-minimal.yaml');
const BROKEN = join(REPO, 'test', 'fixtures', 'invalid-misspelt-keys.yaml');
const CACHE = join(root, 'dist', 'bundle', 'briefdeck.cache');
/** Runs dist/'s CLI (tsc's output) as bin/briefdeck.js did before the bundle. */
const DIST_MAIN = join(dir, 'dist-main.mjs');

beforeAll(() => {
  mkdirSync(root);
  for (const part of ['bin', 'dist', 'src', 'scripts', 'templates', 'schema', 'briefs', 'package.json'])
    cpSync(join(REPO, part), join(root, part), { recursive: true });
  rmSync(join(root, 'dist', 'bundle'), { recursive: true, force: true });
  for (const part of ['fonts', 'node_modules']) symlinkSync(join(REPO, part), join(root, part));
  writeFileSync(DIST_MAIN, `import { main } from ${JSON.stringify(join(root, 'dist', 'cli', 'main.js'))};\nmain(process.argv.slice(2));\n`);
  const bundled = spawnSync(process.execPath, [join(root, 'scripts', 'bundle.js')], { cwd: root, encoding: 'utf8' });
  expect(bundled.status, bundled.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Probe {
  scripts: { file: string; cacheRejected?: boolean }[];
  builtins: string[];
}

/** Runs the packaged CLI (bin, or dist/'s main with `viaDist`) with the load probe; its output, exit code and what it loaded. */
function cli(args: string[], viaDist = false, extraEnv: Record<string, string> = {}) {
  const probeOut = join(dir, `probe-${Math.random().toString(16).slice(2)}.json`);
  const run = spawnSync(process.execPath, ['-r', PROBE, viaDist ? DIST_MAIN : BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LOAD_PROBE_OUT: probeOut, ...extraEnv },
  });
  const probe = JSON.parse(readFileSync(probeOut, 'utf8')) as Probe;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, probe };
}

const bundleScripts = (probe: Probe) => probe.scripts.filter((script) => script.file.endsWith(join('dist', 'bundle', 'briefdeck.cjs')));
/** A status line without its timing and output folder. */
const statusOf = (text: string, out: string) => text.replace(/\d+\.\d\d s/g, 'N s').replace(out, 'OUT');

describe('bin/briefdeck.js runs the bundle', () => {
  it('with its code cache, building the same deck, byte for byte, as dist/', () => {
    const bundled = cli(['build', SAMPLE, '-o', join(dir, 'bundled')]);
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(bundleScripts(bundled.probe)).toEqual([{ file: join(root, 'dist', 'bundle', 'briefdeck.cjs'), cacheRejected: false }]);
    const compiled = cli(['build', SAMPLE, '-o', join(dir, 'compiled')], true);
    expect(compiled.status, compiled.stderr).toBe(0);
    expect(bundleScripts(compiled.probe)).toEqual([]);
    expect(statusOf(bundled.stdout, 'bundled')).toBe(statusOf(compiled.stdout, 'compiled'));
    const deck = (out: string) => readFileSync(join(dir, out, 'china-nato-8th-dialogue.pptx'));
    expect(deck('bundled').equals(deck('compiled'))).toBe(true);
  });

  it('with the same messages and exit codes as dist/: a refused brief, a usage error, help, the version', () => {
    for (const args of [
      ['build', BROKEN, '-o', join(dir, 'refused')],
      ['check', BROKEN],
      ['nonsense'],
      ['build'],
      ['--help'],
      ['--version'],
      ['check', MINIMAL],
    ]) {
      const [bundled, compiled] = [cli(args), cli(args, true)];
      expect(bundleScripts(bundled.probe), args.join(' ')).toEqual([{ file: join(root, 'dist', 'bundle', 'briefdeck.cjs'), cacheRejected: false }]);
      expect({ status: bundled.status, stdout: bundled.stdout, stderr: bundled.stderr }, args.join(' ')).toEqual({
        status: compiled.status,
        stdout: compiled.stdout,
        stderr: compiled.stderr,
      });
    }
  });

  it('without TurboFan (one CPU, or BRIEFDECK_NO_OPT=1) takes the code cache made for that setting and writes the same bytes', () => {
    const deck = (out: string) => readFileSync(join(dir, out, 'china-nato-8th-dialogue.pptx'));
    for (const noOpt of ['0', '1']) {
      const run = cli(['build', SAMPLE, '-o', join(dir, `no-opt-${noOpt}`)], false, { BRIEFDECK_NO_OPT: noOpt });
      expect(run.status, run.stderr).toBe(0);
      // V8 takes a cache only under the flags it was made with: accepted means the flag and the cache file agree.
      expect(bundleScripts(run.probe), `BRIEFDECK_NO_OPT=${noOpt}`).toEqual([{ file: join(root, 'dist', 'bundle', 'briefdeck.cjs'), cacheRejected: false }]);
    }
    expect(deck('no-opt-0').equals(deck('no-opt-1'))).toBe(true);
  });

  it('builds when V8 rejects the code cache (another Node version, a damaged file) or it is missing', () => {
    const made = readFileSync(CACHE);
    try {
      writeFileSync(CACHE, Buffer.from('not a code cache'));
      const rejected = cli(['build', MINIMAL, '-o', join(dir, 'rejected')]);
      expect(rejected.status, rejected.stderr).toBe(0);
      expect(rejected.stderr).toBe('');
      expect(bundleScripts(rejected.probe)).toEqual([{ file: join(root, 'dist', 'bundle', 'briefdeck.cjs'), cacheRejected: true }]);
      rmSync(CACHE);
      const missing = cli(['build', MINIMAL, '-o', join(dir, 'missing')]);
      expect(missing.status, missing.stderr).toBe(0);
      expect(bundleScripts(missing.probe).length).toBe(1);
      const deck = (out: string) => readFileSync(join(dir, out, 'valid-minimal.pptx'));
      expect(deck('rejected').equals(deck('missing'))).toBe(true);
    } finally {
      writeFileSync(CACHE, made);
    }
  });

  it('runs dist/ instead when tsc has written dist/ after the bundle (a development tree after `tsc` alone)', () => {
    const main = join(root, 'dist', 'cli', 'main.js');
    const { atime, mtime } = statSync(main);
    try {
      const later = new Date(Date.now() + 60_000);
      utimesSync(main, later, later);
      const run = cli(['--version']);
      expect(run.status).toBe(0);
      expect(bundleScripts(run.probe)).toEqual([]);
    } finally {
      utimesSync(main, atime, mtime);
    }
  });
});

describe('modules load only on the paths that need them', () => {
  it('--version, check and a build in the bundled fonts load neither child_process (fc-match) nor worker_threads', () => {
    for (const args of [['--version'], ['check', MINIMAL], ['build', MINIMAL, '-o', join(dir, 'lazy')]]) {
      const run = cli(args);
      expect(run.status, run.stderr).toBe(0);
      expect(
        run.probe.builtins.filter((name) => ['child_process', 'worker_threads'].includes(name)),
        args.join(' '),
      ).toEqual([]);
    }
  });

  it('--version and check load no zip code (zlib)', () => {
    for (const args of [['--version'], ['check', MINIMAL]]) expect(cli(args).probe.builtins, args.join(' ')).not.toContain('zlib');
  });
});

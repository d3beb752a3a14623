// A bug while building on worker threads is an internal error (exit 70) as in a serial build, and the CLI does not hang; a signal leaves nothing half-written.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { BIN, REPO } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-batch-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BRIEFS = join(root, 'briefs');
mkdirSync(BRIEFS);
for (const name of ['a', 'b', 'c']) copyFileSync(join(REPO, 'test', 'fixtures', 'valid-minimal.yaml'), join(BRIEFS, `${name}.yaml`));

/**
 * A copy of the compiled CLI (dist/, with the package's files linked in) where `plant` changes one compiled file:
 * the bug is planted in the copy, never in the code under test elsewhere. Returns the copy's entry script.
 */
function cliWithBug(name: string, file: string, plant: (source: string) => string): string {
  const copy = join(root, name);
  mkdirSync(copy);
  cpSync(join(REPO, 'dist'), join(copy, 'dist'), { recursive: true });
  for (const linked of ['package.json', 'node_modules', 'templates', 'fonts', 'schema']) symlinkSync(join(REPO, linked), join(copy, linked));
  const source = readFileSync(join(copy, 'dist', file), 'utf8');
  const planted = plant(source);
  expect(planted, 'the bug was planted').not.toBe(source);
  writeFileSync(join(copy, 'dist', file), planted);
  const entry = join(copy, 'cli.js');
  writeFileSync(entry, "import { main } from './dist/cli/main.js';\nmain(process.argv.slice(2));\n");
  return entry;
}

const run = (entry: string, args: string[]) =>
  spawnSync(process.execPath, [entry, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });

describe('a bug on a worker thread', () => {
  it('thrown while building a brief: exit 70 and the internal error a serial build reports', () => {
    const entry = cliWithBug('thrown', 'pipeline.js', (source) =>
      source.replace(/export async function buildDeck\([^)]*\) \{/, (head) => `${head}\n    throw new TypeError('planted bug in buildDeck');`),
    );
    const serial = run(entry, ['build', BRIEFS, '-o', join(root, 'thrown-serial'), '--jobs', '1']);
    const parallel = run(entry, ['build', BRIEFS, '-o', join(root, 'thrown-parallel'), '--jobs', '2']);
    for (const [what, result] of [
      ['serial', serial],
      ['parallel', parallel],
    ] as const) {
      expect(result.status, `${what}: ${result.stderr}`).toBe(70);
      expect(result.stderr.split('\n')[0], what).toBe('briefdeck: internal error: TypeError: planted bug in buildDeck');
      expect(result.stderr, what).toMatch(/^\s+at buildDeck \(.*pipeline\.js:\d+:\d+\)$/m); // the stack of the thread where it happened
      expect(result.stderr, what).toContain('This is a bug in briefdeck; please report it with the brief that caused it.');
    }
  });

  // The CLI thread builds briefs too and may take them all before the worker is up: a worker that dies holding no brief is reported all the same.
  it('that kills the worker (an uncaught error): exit 70, no hang', () => {
    const entry = cliWithBug('uncaught', 'cli/batch-worker.js', (source) =>
      source.replace('async function buildClaimed() {', "async function buildClaimed() {\n    throw new RangeError('planted crash');"),
    );
    const started = Date.now();
    const parallel = run(entry, ['build', BRIEFS, '-o', join(root, 'uncaught-parallel'), '--jobs', '2']);
    expect(parallel.status, parallel.stderr).toBe(70);
    expect(parallel.stderr.split('\n')[0]).toBe('briefdeck: internal error: RangeError: planted crash');
    expect(Date.now() - started).toBeLessThan(100_000);
  });
});

describe('SIGINT or SIGTERM during build DIR --jobs 2', () => {
  it('leaves every deck whole and no temp file, whenever the signal comes', async () => {
    const out = join(root, 'interrupted');
    const many = join(root, 'many');
    mkdirSync(many);
    for (let i = 1; i <= 6; i++) copyFileSync(join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml'), join(many, `brief-${i}.yaml`));
    for (const [signal, delayMs] of [
      ['SIGINT', 1500],
      ['SIGTERM', 2500],
      ['SIGINT', 4000],
      ['SIGTERM', 6000],
    ] as const) {
      const child = spawn(process.execPath, [BIN, 'build', many, '-o', out, '--jobs', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill(signal), delayMs);
      const [code, killedBy] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
      clearTimeout(timer);
      const what = `${signal} after ${delayMs} ms`;
      expect(stderr, what).not.toMatch(/internal error|^\s+at /m);
      expect([0, 130, 143, null], what).toContain(code);
      if (code === null) expect(killedBy, what).toBe(signal);
      const names = existsSync(out) ? readdirSync(out) : [];
      expect(
        names.filter((name) => !/^brief-\d\.pptx$/.test(name)),
        `${what}: only whole decks`,
      ).toEqual([]);
      for (const name of names) expect(openDeck(readFileSync(join(out, name))).slideText(1).length, `${what}: ${name} opens`).toBeGreaterThan(0);
    }
  }, 300_000);
});

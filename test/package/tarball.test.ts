// The package as a user gets it: `npm pack`, `npm install ./briefdeck-X.tgz` into a new folder (offline, no script run), then `npx briefdeck new`, `check`, `build`, the README's library example and its types, all making the decks this repository makes, byte for byte.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npm, npmEnv, writeConsumer } from '../helpers/install.js';
import { readmeExample } from '../helpers/readme.js';
import { BIN, REPO } from '../watch/child.js';

const dir = mkdtempSync(join(tmpdir(), 'briefdeck-tarball-'));
const consumer = join(dir, 'consumer');
const SAMPLE = 'china-nato-8th-dialogue.yaml';
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let installed: ReturnType<typeof npm>;

beforeAll(() => {
  // `npm test` has just built; --ignore-scripts packs that build (prepack's clean build would rewrite dist/ under the other tests).
  const packed = npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], REPO);
  expect(packed.status, packed.stderr).toBe(0);
  const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[];
  mkdirSync(consumer);
  copyFileSync(join(dir, filename), join(consumer, filename));
  writeConsumer(consumer, REPO, filename);
  installed = npm(['install', `./${filename}`], consumer);
});

/** Runs a command in the consumer's folder: `npx briefdeck …` as the user types it, or node. */
const inConsumer = (command: string, args: string[]) => spawnSync(command, args, { cwd: consumer, encoding: 'utf8', env: npmEnv() });
/** Builds briefs with this repository's CLI into `out` (beside the consumer). */
function repoBuild(briefs: string[], out: string) {
  const run = spawnSync(process.execPath, [BIN, 'build', ...briefs, '-o', join(dir, out)], { cwd: consumer, encoding: 'utf8', env: npmEnv() });
  expect(run.status, run.stderr).toBe(0);
}
const same = (a: string, b: string) => readFileSync(a).equals(readFileSync(b));

describe('installed from the tarball', () => {
  it('installs offline, with no install script to run and no warning', () => {
    expect(installed.status, `${installed.stderr}\n(the dependencies come from npm's cache, which \`npm ci\` fills)`).toBe(0);
    expect(installed.stderr.split('\n').filter((line) => line.startsWith('npm warn'))).toEqual([]);
    expect(existsSync(join(consumer, 'node_modules', 'briefdeck', 'dist', 'bundle', 'briefdeck.cjs'))).toBe(true);
    expect(existsSync(join(consumer, 'node_modules', 'briefdeck', 'src'))).toBe(false);
  });

  it('npx briefdeck new, check and build: the deck the repository builds, byte for byte', () => {
    const made = inConsumer('npx', ['briefdeck', 'new', 'my-brief']);
    expect(made.status, made.stderr).toBe(0);
    const brief = readFileSync(join(consumer, 'briefs', 'my-brief.yaml'), 'utf8');
    expect(brief).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/briefdeck\/schema\/brief\.schema\.json$/m);
    const checked = inConsumer('npx', ['briefdeck', 'check', 'briefs/my-brief.yaml']);
    expect(checked.status, checked.stderr).toBe(0);
    const built = inConsumer('npx', ['briefdeck', 'build', 'briefs/my-brief.yaml']);
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/my-brief\.pptx {2}\d+ slides/);
    repoBuild(['briefs/my-brief.yaml'], 'repo');
    expect(same(join(consumer, 'out', 'my-brief.pptx'), join(dir, 'repo', 'my-brief.pptx'))).toBe(true);
  });

  it('builds a folder of briefs on worker threads, each deck as the repository builds it', () => {
    copyFileSync(join(REPO, 'briefs', SAMPLE), join(consumer, 'briefs', SAMPLE));
    const built = inConsumer('npx', ['briefdeck', 'build', 'briefs', '-o', 'batch', '--jobs', '2']);
    expect(built.status, built.stderr).toBe(0);
    repoBuild([join('briefs', SAMPLE)], 'repo');
    for (const deck of ['my-brief.pptx', SAMPLE.replace('.yaml', '.pptx')])
      expect(same(join(consumer, 'batch', deck), join(dir, 'repo', deck)), deck).toBe(true);
  });

  it('runs its CLI bundle with the code cache, and makes the same deck when V8 rejects the cache (as another Node version does)', () => {
    /** Builds with the installed bin under the load probe; whether the bundle was compiled with its cache rejected, per compile. */
    const build = (out: string, nodeFlags: string[]) => {
      const probe = join(dir, `probe-${out}.json`);
      const bin = join(consumer, 'node_modules', 'briefdeck', 'bin', 'briefdeck.js');
      const env = { ...npmEnv(), BRIEFDECK_NO_OPT: '0', LOAD_PROBE_OUT: probe };
      const args = ['-r', join(REPO, 'test', 'helpers', 'load-probe.cjs'), ...nodeFlags, bin, 'build', 'briefs/my-brief.yaml', '-o', out];
      const run = spawnSync(process.execPath, args, { cwd: consumer, encoding: 'utf8', env });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(same(join(consumer, out, 'my-brief.pptx'), join(dir, 'repo', 'my-brief.pptx'))).toBe(true);
      const { scripts } = JSON.parse(readFileSync(probe, 'utf8')) as { scripts: { file: string; cacheRejected?: boolean }[] };
      return scripts.filter((script) => script.file.endsWith('briefdeck.cjs')).map((script) => script.cacheRejected);
    };
    expect(build('cached', [])).toEqual([false]);
    // V8 rejects a cache made under other flags, as it rejects one made by another Node version.
    expect(build('rejected', ['--no-opt'])).toEqual([true]);
  });

  it("runs the README's library example: the same deck", () => {
    writeFileSync(join(consumer, 'build-brief.mjs'), readmeExample('Use it from code'));
    rmSync(join(consumer, 'out'), { recursive: true, force: true });
    const example = inConsumer(process.execPath, ['build-brief.mjs']);
    expect(example.stderr).toBe('');
    expect(example.status).toBe(0);
    expect(same(join(consumer, 'out', 'my-brief.pptx'), join(dir, 'repo', 'my-brief.pptx'))).toBe(true);
  });

  // require() of an ES module: Node 20.19 and 22.12 onwards (process.features.require_module says whether this Node can).
  const requiresModules = (process.features as { require_module?: boolean }).require_module === true;
  it.runIf(requiresModules)('loads from CommonJS too (Node 20.19 and later), and gives its schema and package.json by name', () => {
    const script = [
      "const { buildDeckFromFile } = require('briefdeck');",
      "const schema = require('briefdeck/schema/brief.schema.json');",
      "console.log(typeof buildDeckFromFile, schema.$id, require('briefdeck/package.json').version);",
    ].join(' ');
    const run = inConsumer(process.execPath, ['-e', script]);
    expect(run.stderr).toBe('');
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    expect(run.stdout).toBe(`function https://unpkg.com/briefdeck/schema/brief.schema.json ${version}\n`);
  });

  it('gives TypeScript its types: options and results checked, a wrong option refused', () => {
    const source = [
      "import { buildDeckFromFile, loadTemplates, writeDeck, type BriefDeck } from 'briefdeck';",
      "const deck: BriefDeck = await buildDeckFromFile('briefs/my-brief.yaml', { templates: loadTemplates(), strict: true });",
      "await writeDeck(deck, 'out/typed.pptx');",
      'const slides: number = deck.slides.length;',
      'console.log(slides, deck.warnings.map((w) => w.line));',
      '// @ts-expect-error: a theme is named',
      "await buildDeckFromFile('briefs/my-brief.yaml', { theme: 1 });",
      '',
    ].join('\n');
    writeFileSync(join(consumer, 'typed.mts'), source);
    const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    const options = ['--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck'];
    const checked = inConsumer(process.execPath, [tsc, ...options, '--typeRoots', join(REPO, 'node_modules', '@types'), '--types', 'node', 'typed.mts']);
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });
});

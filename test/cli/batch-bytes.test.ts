// The same decks three ways: the CLI one brief after another, the library API (dist/index.js), and a parallel `build DIR --jobs 2`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-batch-bytes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The sample brief and stress briefs in other scripts, with many topics and with emoji. */
const BRIEFS = [
  join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml'),
  ...['stress-arabic', 'stress-40-topics', 'stress-emoji', 'stress-cjk'].map((name) => join(REPO, 'test', 'fixtures', `${name}.yaml`)),
];
const DIR = join(root, 'briefs');
mkdirSync(DIR);
for (const brief of BRIEFS) copyFileSync(brief, join(DIR, brief.split('/').pop()!));

/** Builds every brief through the library: loadTemplates, loadBrief, buildDeck, writeAtomic to outputPath, in a process of its own. */
function buildWithLibrary(out: string, reference?: string): void {
  const script = `
    const { loadTemplates, loadBrief, buildDeck, writeAtomic, outputPath, DEFAULT_TEMPLATES } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'dist', 'index.js')).href)});
    const [out, reference, ...briefs] = process.argv.slice(1);
    const templates = loadTemplates(DEFAULT_TEMPLATES, { reference: reference || undefined });
    for (const file of briefs) await writeAtomic(outputPath(file, out), (await buildDeck(await loadBrief(file), templates)).bytes);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script, out, reference ?? '', ...BRIEFS], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
}

function buildWithCli(args: string[]): void {
  const run = spawnSync(process.execPath, [BIN, 'build', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(run.status, run.stderr).toBe(0);
}

const decksIn = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));

describe('the CLI, the library API and a parallel build DIR write byte-identical decks', () => {
  const variants: [string, string[]][] = [
    ['the bundled templates', []],
    ['a reference template', ['--reference', join(REPO, 'test', 'fixtures', 'reference', 'vivid.pptx')]],
  ];
  for (const [what, options] of variants) {
    it(
      what,
      () => {
        const name = options.length ? 'reference' : 'default';
        const [cli, library, parallel] = ['cli', 'library', 'parallel'].map((way) => join(root, `${name}-${way}`));
        // With the bundled templates one process per brief, as a user builds one deck; with a reference, one serial run.
        if (options.length) buildWithCli([...BRIEFS, '-o', cli, '--jobs', '1', ...options]);
        else for (const brief of BRIEFS) buildWithCli([brief, '-o', cli]);
        buildWithLibrary(library, options[1]);
        buildWithCli([DIR, '-o', parallel, '--jobs', '2', ...options]);
        const expected = decksIn(cli);
        expect(Object.keys(expected)).toHaveLength(BRIEFS.length);
        for (const [way, dir] of [
          ['library', library],
          ['parallel', parallel],
        ]) {
          const decks = decksIn(dir);
          expect(Object.keys(decks).sort(), way).toEqual(Object.keys(expected).sort());
          for (const [deck, bytes] of Object.entries(expected)) expect(decks[deck].equals(bytes), `${way}: ${deck}`).toBe(true);
        }
      },
      300_000,
    );
  }
});

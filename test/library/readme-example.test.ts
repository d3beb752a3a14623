// README's "Use it from code" example, run as written against this repository (`import … from 'briefdeck'` resolves to the package itself): the deck `build` makes, refusals as the CLI prints them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeExample } from '../helpers/readme.js';
import { BIN, REPO } from '../watch/child.js';

// Inside the repository, so that Node resolves 'briefdeck' to this package (a self-reference through its "exports").
mkdirSync(join(REPO, '.vitest-tmp'), { recursive: true });
const dir = mkdtempSync(join(REPO, '.vitest-tmp', 'readme-example-'));
const SCRIPT = join(dir, 'build-brief.mjs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

beforeAll(() => {
  writeFileSync(SCRIPT, readmeExample('Use it from code'));
  const made = run(process.execPath, [BIN, 'new', 'my-brief']);
  expect(made.status, made.stderr).toBe(0);
});

describe("README's library example", () => {
  it('builds the brief `briefdeck new` wrote into the deck `briefdeck build` makes, byte for byte', () => {
    const example = run(process.execPath, [SCRIPT]);
    expect(example.stderr).toBe('');
    expect(example.status).toBe(0);
    const built = run(process.execPath, [BIN, 'build', 'briefs/my-brief.yaml', '-o', 'cli']);
    expect(built.status, built.stderr).toBe(0);
    const slides = /(\d+) slides/.exec(built.stdout)?.[1];
    expect(example.stdout).toBe(`out/my-brief.pptx  ${slides} slides\n`);
    expect(readFileSync(join(dir, 'out', 'my-brief.pptx')).equals(readFileSync(join(dir, 'cli', 'my-brief.pptx')))).toBe(true);
  });

  it('prints a refused brief as FILE:LINE:COLUMN problems and exits 1, as `briefdeck check` does', () => {
    const brief = join(dir, 'briefs', 'my-brief.yaml');
    writeFileSync(brief, readFileSync(brief, 'utf8').replace(/^title:/m, 'titel:'));
    const example = run(process.execPath, [SCRIPT]);
    expect(example.status).toBe(1);
    const checked = run(process.execPath, [BIN, 'check', 'briefs/my-brief.yaml']);
    expect(checked.status).toBe(1);
    expect(example.stderr).toMatch(/^briefs\/my-brief\.yaml:\d+:1: titel: unknown key/);
    for (const problem of example.stderr.trim().split('\n')) expect(checked.stderr.split('\n')).toContain(problem);
  });
});

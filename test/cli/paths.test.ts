// One way to show a path in status lines: as the user gave it (absolute stays absolute, relative stays relative), never rewritten from somewhere else.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shownPath } from '../../src/shared/paths.js';
import { BIN, REPO } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-paths-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MINIMAL = join(REPO, 'test', 'fixtures', 'valid-minimal.yaml');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('paths in status lines', () => {
  it('build shows the output folder as given: absolute (outside or inside the working directory) or relative, never as ../../…', () => {
    const work = join(root, 'work');
    mkdirSync(work);
    const elsewhere = join(root, 'elsewhere');
    const outside = cli(work, 'build', MINIMAL, '-o', elsewhere);
    expect(outside.status, outside.stderr).toBe(0);
    expect(outside.stdout).toMatch(new RegExp(`^${elsewhere.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/valid-minimal\\.pptx {2}5 slides`));
    const inside = cli(work, 'build', MINIMAL, '-o', join(work, 'out'));
    expect(inside.status, inside.stderr).toBe(0);
    expect(inside.stdout).toMatch(new RegExp(`^${escape(join(work, 'out'))}/valid-minimal\\.pptx {2}5 slides`)); // absolute as given, though inside
    const relative = cli(work, 'build', MINIMAL, '-o', './out/');
    expect(relative.stdout).toMatch(/^out\/valid-minimal\.pptx {2}5 slides/);
    const up = cli(work, 'build', MINIMAL, '-o', '../up');
    expect(up.stdout).toMatch(/^\.\.\/up\/valid-minimal\.pptx {2}5 slides/);
  });

  it('batch build (workers) and check show the paths as given too', () => {
    const work = join(root, 'batch');
    mkdirSync(join(work, 'briefs'), { recursive: true });
    for (const name of ['a', 'b']) copyFileSync(MINIMAL, join(work, 'briefs', `${name}.yaml`));
    const batch = cli(work, 'build', join(work, 'briefs'), '-o', join(work, 'out'), '--jobs', '2');
    expect(batch.status, batch.stderr).toBe(0);
    expect(batch.stdout.split('\n').map((line) => line.split('  ')[0])).toEqual([join(work, 'out', 'a.pptx'), join(work, 'out', 'b.pptx'), '']);
    const check = cli(work, 'check', 'briefs', join(work, 'briefs', 'a.yaml'));
    expect(check.stdout).toBe(`briefs/a.yaml: ok\nbriefs/b.yaml: ok\n`); // the second a.yaml is the first, checked once
  });

  it('shownPath: the path as given, only tidied', () => {
    const cwd = process.cwd();
    expect(shownPath(join(cwd, 'out', 'a.pptx'))).toBe(join(cwd, 'out', 'a.pptx'));
    expect(shownPath('out/a.pptx')).toBe(join('out', 'a.pptx'));
    expect(shownPath('./out//a.pptx')).toBe(join('out', 'a.pptx'));
    expect(shownPath('../x.pptx')).toBe('../x.pptx');
    expect(shownPath(cwd)).toBe(cwd);
  });
});

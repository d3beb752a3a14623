// One way to show a path in status lines: relative to the working directory when inside it, else as the user gave it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shownPath } from '../../src/shared/paths.js';
import { BIN, REPO } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-paths-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MINIMAL = join(REPO, 'test', 'fixtures', 'valid-minimal.yaml');

const cli = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('paths in status lines', () => {
  it('build shows an output folder outside the working directory as given, not as ../../…', () => {
    const work = join(root, 'work');
    mkdirSync(work);
    const elsewhere = join(root, 'elsewhere');
    const outside = cli(work, 'build', MINIMAL, '-o', elsewhere);
    expect(outside.status, outside.stderr).toBe(0);
    expect(outside.stdout).toMatch(new RegExp(`^${elsewhere.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/valid-minimal\\.pptx {2}5 slides`));
    const inside = cli(work, 'build', MINIMAL, '-o', join(work, 'out'));
    expect(inside.status, inside.stderr).toBe(0);
    expect(inside.stdout).toMatch(/^out\/valid-minimal\.pptx {2}5 slides/);
  });

  it('shownPath: inside the working directory relative, outside or the directory itself as given', () => {
    const cwd = process.cwd();
    expect(shownPath(join(cwd, 'out', 'a.pptx'))).toBe(join('out', 'a.pptx'));
    expect(shownPath('out/a.pptx')).toBe(join('out', 'a.pptx'));
    expect(shownPath(join(cwd, '..', 'x.pptx'))).toBe(join(cwd, '..', 'x.pptx'));
    expect(shownPath('../x.pptx')).toBe('../x.pptx');
    expect(shownPath(cwd)).toBe(cwd);
    expect(shownPath(join(cwd, '..notes.pptx'))).toBe('..notes.pptx');
  });
});

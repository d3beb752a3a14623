// Outputs and inputs on the command line: clashing outputs refused up front, the brief-file rule, bad -o and --templates paths.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-outputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MINIMAL = join(REPO, 'test', 'fixtures', 'valid-minimal.yaml');
let count = 0;

/** A fresh folder under the test root, with these briefs (name → copy of the minimal brief). */
function folder(...briefs: string[]): string {
  const dir = join(root, `case-${++count}`);
  mkdirSync(dir);
  for (const brief of briefs) {
    mkdirSync(join(dir, brief, '..'), { recursive: true });
    copyFileSync(MINIMAL, join(dir, brief));
  }
  return dir;
}

const cli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
const noStack = (text: string) => {
  expect(text).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  expect(text).not.toMatch(/internal error/);
};

describe('two briefs that would write the same output are refused before anything is built', () => {
  it('d1/brief.yaml and d2/brief.yaml into one -o folder: exit 1, both named, nothing written', () => {
    const dir = folder('d1/brief.yaml', 'd2/brief.yaml');
    const run = cli(dir, 'build', 'd1/brief.yaml', 'd2/brief.yaml', '-o', 'out');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('d2/brief.yaml: would write out/brief.pptx, which d1/brief.yaml also writes');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    noStack(run.stderr);
  });

  it('brief.yaml and brief.yml in one folder', () => {
    const dir = folder('briefs/brief.yaml', 'briefs/brief.yml', 'briefs/other.yaml');
    const run = cli(dir, 'build', 'briefs', '-o', 'out');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('briefs/brief.yml: would write out/brief.pptx, which briefs/brief.yaml also writes');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('names that differ only in letter case clash (one file on macOS and Windows)', () => {
    const dir = folder('a/Brief.yaml', 'b/brief.yaml');
    const run = cli(dir, 'build', 'a/Brief.yaml', 'b/brief.yaml', '-o', 'out');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('b/brief.yaml: would write out/brief.pptx, which a/Brief.yaml also writes');
  });

  it("the extra outputs clash too: a.yaml's handout is a-notes.yaml's PDF", () => {
    const dir = folder('a.yaml', 'a-notes.yaml');
    const run = cli(dir, 'build', 'a.yaml', 'a-notes.yaml', '-o', 'out', '--pdf', '--handout');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('a-notes.yaml: would write out/a-notes.pdf, which a.yaml also writes');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('preview and watch refuse the same way', () => {
    const dir = folder('d1/brief.yaml', 'd2/brief.yaml');
    for (const command of ['preview', 'watch']) {
      const run = cli(dir, command, 'd1', 'd2', '-o', 'out');
      expect(run.status, `${command}: ${run.stderr}`).toBe(1);
      expect(run.stderr).toContain('d2/brief.yaml: would write out/brief.pptx, which d1/brief.yaml also writes');
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('the same brief named twice (as a file and through its folder) is built once, not refused', () => {
    const dir = folder('briefs/only.yaml');
    const run = cli(dir, 'build', 'briefs', 'briefs/only.yaml', '-o', 'out');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(join(dir, 'out'))).toEqual(['only.pptx']);
  });
});

describe('the brief-file rule in a folder', () => {
  it('takes .yaml and .yml in any letter case and skips hidden files', () => {
    const dir = folder('briefs/a.YAML', 'briefs/b.Yml', 'briefs/c.yml', 'briefs/.hidden.yaml');
    writeFileSync(join(dir, 'briefs', 'notes.txt'), 'not a brief');
    const check = cli(dir, 'check', 'briefs');
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toBe('briefs/a.YAML: ok\nbriefs/b.Yml: ok\nbriefs/c.yml: ok\n');
    const build = cli(dir, 'build', 'briefs', '-o', 'out');
    expect(build.status, build.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.pptx', 'b.pptx', 'c.pptx']);
  });

  it('a folder with only hidden briefs says that hidden files are skipped', () => {
    const dir = folder('briefs/.draft.yaml');
    const run = cli(dir, 'check', 'briefs');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('briefs: no briefs (*.yaml, *.yml) in this directory');
    expect(run.stderr).toContain('hidden files');
  });
});

describe('-o', () => {
  it('an existing file: says it is a file, not a directory; exit 2; the file is untouched', () => {
    const dir = folder('brief.yaml');
    writeFileSync(join(dir, 'afile'), 'keep me');
    const run = cli(dir, 'build', 'brief.yaml', '-o', 'afile');
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain('afile: expected a directory for -o, found a file');
    expect(run.stderr).not.toContain('a directory has this name');
    noStack(run.stderr);
  });

  it('an empty name is a usage error, nothing written into the current folder', () => {
    const dir = folder('brief.yaml');
    for (const command of ['build', 'watch']) {
      const run = cli(dir, command, 'brief.yaml', '-o', '');
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain('-o: expected a directory, found an empty name');
    }
    expect(readdirSync(dir)).toEqual(['brief.yaml']);
  });

  it('a symbolic link loop on the way: plain words, no ELOOP', () => {
    const dir = folder('brief.yaml');
    symlinkSync('loop', join(dir, 'loop'));
    const run = cli(dir, 'build', 'brief.yaml', '-o', 'loop/sub');
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain('loop/sub/brief.pptx: cannot write the deck: too many symbolic links');
    expect(run.stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});

describe('--templates', () => {
  const templateCases: [string, (dir: string) => string, number, string][] = [
    [
      'a folder that does not exist',
      () => '/nonexistent-briefdeck-templates',
      2,
      '/nonexistent-briefdeck-templates: cannot use this templates folder: no such file or directory',
    ],
    [
      'a file',
      (dir) => {
        writeFileSync(join(dir, 'tfile'), '');
        return 'tfile';
      },
      2,
      'tfile: expected a folder for --templates, found a file',
    ],
    [
      'a theme.yaml that cannot be read',
      (dir) => {
        mkdirSync(join(dir, 'mine', 'theme.yaml'), { recursive: true });
        return 'mine';
      },
      1,
      'mine/theme.yaml: cannot read the theme: a directory has this name',
    ],
    [
      'a template that cannot be read',
      (dir) => {
        cpSync(join(REPO, 'templates'), join(dir, 'mine'), { recursive: true });
        rmSync(join(dir, 'mine', 'topics.hbs'));
        mkdirSync(join(dir, 'mine', 'topics.hbs'));
        return 'mine';
      },
      1,
      'mine/topics.hbs: cannot read the template: a directory has this name',
    ],
  ];
  for (const [what, make, status, message] of templateCases) {
    it(`${what}: a clear error, exit ${status}, no stack trace`, () => {
      const dir = folder('brief.yaml');
      const templates = make(dir);
      for (const command of ['build', 'preview']) {
        const run = cli(dir, command, 'brief.yaml', '-o', 'out', '--templates', templates);
        expect(run.status, run.stderr).toBe(status);
        expect(run.stderr).toContain(message);
        noStack(run.stderr);
      }
      expect(existsSync(join(dir, 'out'))).toBe(false);
    });
  }

  it('watch refuses a templates folder that does not exist, exit 2', () => {
    const dir = folder('brief.yaml');
    const run = cli(dir, 'watch', 'brief.yaml', '-o', 'out', '--templates', 'missing');
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain('missing: cannot use this templates folder: no such file or directory');
  });
});

// `briefdeck build --html`: DIR/NAME.html beside NAME.pptx (serial and batch builds), listed in build --help, nothing written for a refused brief.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlSlides } from '../helpers/html.js';
import { openDeck } from '../helpers/pptx.js';
import { BIN, REPO } from '../watch/child.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-html-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SAMPLE = join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml');
const MINIMAL = join(REPO, 'test', 'fixtures', 'valid-minimal.yaml');

const cli = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });

describe('build --html', () => {
  it('is listed in build --help', () => {
    const run = cli(root, 'build', '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--html\s+also write DIR\/NAME\.html/);
  });

  it('writes out/NAME.html beside NAME.pptx: the same slides, and says so', () => {
    const dir = join(root, 'one');
    mkdirSync(dir);
    copyFileSync(SAMPLE, join(dir, 'sample.yaml'));
    const run = cli(dir, 'build', 'sample.yaml', '--html');
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['sample.html', 'sample.pptx']);
    const page = readFileSync(join(dir, 'out', 'sample.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(htmlSlides(page)).toHaveLength(openDeck(join(dir, 'out', 'sample.pptx')).slideCount);
    expect(run.stdout).toContain(`out/sample.html  ${htmlSlides(page).length} slides`);
  });

  it('a folder of briefs (a batch on worker threads) gets a page per brief; without --html none is written', () => {
    const dir = join(root, 'batch');
    mkdirSync(join(dir, 'briefs'), { recursive: true });
    for (const name of ['a', 'b', 'c']) copyFileSync(MINIMAL, join(dir, 'briefs', `${name}.yaml`));
    const run = cli(dir, 'build', 'briefs', '--html', '--jobs', '2');
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['a.html', 'a.pptx', 'b.html', 'b.pptx', 'c.html', 'c.pptx']);
    for (const name of ['a', 'b', 'c']) expect(htmlSlides(readFileSync(join(dir, 'out', `${name}.html`), 'utf8')).length).toBeGreaterThan(2);
    const plain = cli(dir, 'build', 'briefs', '-o', 'plain');
    expect(plain.status, plain.stderr).toBe(0);
    expect(readdirSync(join(dir, 'plain')).filter((f) => f.endsWith('.html'))).toEqual([]);
  });

  it('a refused brief: exit 1 with its positioned problem, neither NAME.pptx nor NAME.html (nor a temporary file) written', () => {
    const dir = join(root, 'refused');
    mkdirSync(dir);
    writeFileSync(join(dir, 'bad.yaml'), 'title: Talks\nsummary: [One]\nparticipants: 12\ntopics: [{ title: T }]\n');
    const run = cli(dir, 'build', 'bad.yaml', '--html');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.yaml:3:\d+: participants/);
    expect(run.stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
  });

  it('a page that cannot be written (a folder named NAME.html): exit 1 naming it, and NAME.pptx not written either', () => {
    const dir = join(root, 'blocked');
    mkdirSync(join(dir, 'out', 'sample.html'), { recursive: true });
    copyFileSync(MINIMAL, join(dir, 'sample.yaml'));
    const run = cli(dir, 'build', 'sample.yaml', '--html');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/sample\.html.*a directory has this name|cannot write the deck.*sample\.html/s);
    expect(run.stderr).toContain('nothing written');
    expect(readdirSync(join(dir, 'out'))).toEqual(['sample.html']); // no .pptx, no temporary file
  });
});

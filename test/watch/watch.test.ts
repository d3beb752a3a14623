// `briefdeck watch` driven as a child process: saves rebuild, broken saves leave the deck alone, Ctrl-C exits 0.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { REPO, saveAndWaitForBuild, startCli, type Running } from './child.js';

const SAMPLE = readFileSync(join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml'), 'utf8');
let dir: string;
let running: Running | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-watch-'));
  writeFileSync(join(dir, 'brief.yaml'), SAMPLE);
});

afterEach(() => {
  running?.stop();
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const deckPath = () => join(dir, 'out', 'brief.pptx');
const titleSlide = () => openDeck(deckPath()).slideText(1).join('\n');
const withSubtitle = (text: string) => SAMPLE.replace(/^subtitle: .*$/m, `subtitle: ${text}`);

async function watching(args: string[] = []): Promise<Running> {
  running = startCli(['watch', 'brief.yaml', '-o', 'out', ...args], dir);
  await running.waitFor(({ stdout }) => stdout.includes('Ctrl-C to stop'), 'the first build');
  return running;
}

describe('briefdeck watch', () => {
  it('rebuilds on a good save, keeps the deck on a broken save, and rebuilds once it is fixed', async () => {
    const w = await watching();
    expect(w.stdout()).toMatch(/^\[\d\d:\d\d:\d\d\] out\/brief\.pptx {2}12 slides {2}\d+ ms$/m);

    await saveAndWaitForBuild(w, () => writeFileSync(join(dir, 'brief.yaml'), withSubtitle('First edit')), 'the rebuild after a good save');
    expect(titleSlide()).toContain('First edit');
    const good = readFileSync(deckPath());

    writeFileSync(join(dir, 'brief.yaml'), withSubtitle('Broken edit').replace(/^title: /m, 'titel: '));
    await w.waitFor(({ stderr }) => stderr.includes('refused'), 'the refusal of the broken save');
    expect(w.stderr()).toMatch(/^brief\.yaml:3:1: .*titel/m); // FILE:LINE:COLUMN of the misspelt key
    expect(w.stderr()).toContain('3 | titel: 8th China–NATO Security Policy Dialogue');
    const lines = w.stderr().split('\n');
    const quoted = lines.findIndex((line) => line.includes('3 | titel:'));
    expect(lines[quoted + 1].indexOf('^')).toBe(lines[quoted].indexOf('titel')); // the caret under column 1
    expect(w.stderr()).toContain('out/brief.pptx left as it was');
    expect(readFileSync(deckPath()).equals(good)).toBe(true);

    await saveAndWaitForBuild(w, () => writeFileSync(join(dir, 'brief.yaml'), withSubtitle('Fixed edit')), 'the rebuild after the fix');
    expect(titleSlide()).toContain('Fixed edit');
    expect(w.child.exitCode).toBeNull(); // still watching
  });

  it('does not report a save still being written (emptied, then filled 40 ms later) as refused', async () => {
    const w = await watching();
    await saveAndWaitForBuild(
      w,
      () => {
        writeFileSync(join(dir, 'brief.yaml'), ''); // an editor that truncates first, then writes
        setTimeout(() => writeFileSync(join(dir, 'brief.yaml'), withSubtitle('Written in two steps')), 40);
      },
      'the rebuild after the second step',
    );
    expect(titleSlide()).toContain('Written in two steps');
    await new Promise((resolve) => setTimeout(resolve, 300)); // longer than any refusal's grace
    expect(w.stderr()).not.toContain('refused');
  });

  it('sees a save by rename (temp file renamed over the brief, as vim and VS Code do)', async () => {
    const w = await watching();
    await saveAndWaitForBuild(
      w,
      () => {
        writeFileSync(join(dir, '.brief.yaml.swp'), withSubtitle('Saved by rename'));
        renameSync(join(dir, '.brief.yaml.swp'), join(dir, 'brief.yaml'));
      },
      'the rebuild after a rename',
    );
    expect(titleSlide()).toContain('Saved by rename');
    // the replaced file is a new inode: a second rename-save is seen too
    await saveAndWaitForBuild(
      w,
      () => {
        writeFileSync(join(dir, 'brief.yaml.tmp'), withSubtitle('Renamed again'));
        renameSync(join(dir, 'brief.yaml.tmp'), join(dir, 'brief.yaml'));
      },
      'the rebuild after a second rename',
    );
    expect(titleSlide()).toContain('Renamed again');
  });

  it('rebuilds on a template edit, and keeps the old templates when an edit breaks one', async () => {
    const templates = join(dir, 'templates');
    cpSync(join(REPO, 'templates'), templates, { recursive: true });
    const w = await watching(['--templates', 'templates']);
    const summary = join(templates, 'summary.hbs');
    const source = readFileSync(summary, 'utf8');
    expect(source).toContain("<subtitle>{{t 'bottomLine'}}</subtitle>");
    const summarySlide = () => openDeck(deckPath()).slideText(3).join('\n');
    expect(summarySlide()).toContain('Bottom line up front');

    await saveAndWaitForBuild(
      w,
      () => writeFileSync(summary, source.replace("<subtitle>{{t 'bottomLine'}}</subtitle>", '<subtitle>What matters most</subtitle>')),
      'the rebuild after a template edit',
    );
    expect(w.stdout()).toContain('templates reloaded');
    expect(summarySlide()).toContain('What matters most');
    const good = readFileSync(deckPath());

    writeFileSync(summary, source.replace('</bullets>', '</bulets>'));
    await w.waitFor(({ stderr }) => stderr.includes('still using the previous templates'), 'the refusal of the broken template');
    expect(w.stderr()).toMatch(/summary\.hbs:\d+/);
    expect(readFileSync(deckPath()).equals(good)).toBe(true);

    await saveAndWaitForBuild(w, () => writeFileSync(join(dir, 'brief.yaml'), withSubtitle('Old templates')), 'a brief rebuild with the kept templates');
    expect(titleSlide()).toContain('Old templates');
    expect(summarySlide()).toContain('What matters most');
  });

  it('--strict refuses a brief with warnings and writes nothing; without it the warning is shown and the deck built', async () => {
    writeFileSync(join(dir, 'brief.yaml'), withSubtitle('Bell\u0007 inside'));
    const strict = await watching(['--strict']);
    expect(strict.stderr()).toMatch(/^brief\.yaml:4:\d+: .*control character/m);
    expect(strict.stderr()).toContain('refused');
    expect(() => readFileSync(deckPath())).toThrow();
    strict.stop();

    const lenient = await watching();
    expect(lenient.stdout()).toMatch(/12 slides {2}\d+ ms {2}1 warning$/m);
    expect(lenient.stderr()).toMatch(/^brief\.yaml:4:\d+: warning: /m);
    expect(titleSlide()).toContain('Bell inside');
  });

  it('watches a directory: a brief added later is built', async () => {
    const briefs = join(dir, 'briefs');
    cpSync(join(REPO, 'briefs'), briefs, { recursive: true });
    running = startCli(['watch', 'briefs', '-o', 'out'], dir);
    await running.waitFor(({ stdout }) => stdout.includes('Ctrl-C to stop'), 'the first build');
    await saveAndWaitForBuild(running, () => writeFileSync(join(briefs, 'second.yaml'), withSubtitle('A second brief')), 'the build of a new brief');
    expect(
      openDeck(join(dir, 'out', 'second.pptx'))
        .slideText(1)
        .join('\n'),
    ).toContain('A second brief');
  });

  it('exits 0 on Ctrl-C (SIGINT)', async () => {
    const w = await watching();
    w.child.kill('SIGINT');
    const code = await Promise.race([w.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
    expect(code).toBe(0);
  });
});

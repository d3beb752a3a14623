// `briefdeck watch` when the ground moves: the brief's folder deleted and recreated, a brief reached through a symlink.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { REPO, saveAndWaitForBuild, startCli, type Running } from './child.js';

const SAMPLE = readFileSync(join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml'), 'utf8');
const withSubtitle = (text: string) => SAMPLE.replace(/^subtitle: .*$/m, `subtitle: ${text}`);
let dir: string;
let running: Running | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-watch-moves-'));
});

afterEach(() => {
  running?.stop();
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const titleSlide = (deck: string) =>
  openDeck(join(dir, 'out', deck))
    .slideText(1)
    .join('\n');

async function watching(input: string): Promise<Running> {
  running = startCli(['watch', input, '-o', 'out'], dir);
  await running.waitFor(({ stdout }) => stdout.includes('Ctrl-C to stop'), 'the first build');
  return running;
}

describe("briefdeck watch, when the brief's folder is deleted and recreated", () => {
  it.each([
    ['a brief named by its path', 'sub/brief.yaml'],
    ['a folder of briefs', 'sub'],
  ])('keeps rebuilding %s', async (_what, input) => {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'brief.yaml'), withSubtitle('Before the folder went'));
    const w = await watching(input);
    expect(titleSlide('brief.pptx')).toContain('Before the folder went');

    rmSync(sub, { recursive: true });
    if (input.endsWith('.yaml')) await w.waitFor(({ stdout }) => stdout.includes('sub/brief.yaml: not there'), 'the report that the brief is gone');
    await saveAndWaitForBuild(
      w,
      () => {
        mkdirSync(sub);
        writeFileSync(join(sub, 'brief.yaml'), withSubtitle('In the recreated folder'));
      },
      'the build in the recreated folder',
    );
    expect(titleSlide('brief.pptx')).toContain('In the recreated folder');

    // The recreation may be seen twice (the parent's event and the next check): wait for the deck, not for a count of builds.
    writeFileSync(join(sub, 'brief.yaml'), withSubtitle('Saved again'));
    await w.waitFor(() => titleSlide('brief.pptx').includes('Saved again'), 'a rebuild after the next save');
    expect(w.child.exitCode).toBeNull();
  });
});

describe('briefdeck watch, on a symlinked brief', () => {
  it('rebuilds when the target is edited, saved by rename, or the link pointed elsewhere', async () => {
    mkdirSync(join(dir, 'real'));
    const target = join(dir, 'real', 'target.yaml');
    writeFileSync(target, withSubtitle('Through the link'));
    symlinkSync(join('real', 'target.yaml'), join(dir, 'linked.yaml'));
    const w = await watching('linked.yaml');
    expect(titleSlide('linked.pptx')).toContain('Through the link');

    await saveAndWaitForBuild(w, () => writeFileSync(target, withSubtitle('Target edited in place')), 'the rebuild after an edit of the target');
    expect(titleSlide('linked.pptx')).toContain('Target edited in place');

    await saveAndWaitForBuild(
      w,
      () => {
        writeFileSync(join(dir, 'real', '.target.yaml.swp'), withSubtitle('Target saved by rename'));
        renameSync(join(dir, 'real', '.target.yaml.swp'), target);
      },
      'the rebuild after a rename-save of the target',
    );
    expect(titleSlide('linked.pptx')).toContain('Target saved by rename');

    const other = join(dir, 'real', 'other.yaml');
    writeFileSync(other, withSubtitle('Another target'));
    await saveAndWaitForBuild(
      w,
      () => {
        symlinkSync(other, join(dir, 'linked.yaml.new'));
        renameSync(join(dir, 'linked.yaml.new'), join(dir, 'linked.yaml'));
      },
      'the rebuild after the link was pointed elsewhere',
    );
    expect(titleSlide('linked.pptx')).toContain('Another target');

    await saveAndWaitForBuild(w, () => writeFileSync(other, withSubtitle('New target edited')), 'the rebuild after an edit of the new target');
    expect(titleSlide('linked.pptx')).toContain('New target edited');
  });
});

describe('briefdeck watch, when a brief that writes the same deck is added to the folder', () => {
  it('refuses the newcomer, naming both, and leaves the deck as the first brief made it', async () => {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'brief.yaml'), withSubtitle('From brief.yaml'));
    const w = await watching('sub');
    expect(titleSlide('brief.pptx')).toContain('From brief.yaml');

    writeFileSync(join(dir, 'sub', 'brief.yml'), withSubtitle('From brief.yml'));
    await w.waitFor(({ stderr }) => stderr.includes('refused'), 'the refusal of brief.yml');
    expect(w.stderr()).toContain('sub/brief.yml: would write out/brief.pptx, which sub/brief.yaml also writes; nothing was built');
    expect(titleSlide('brief.pptx')).toContain('From brief.yaml');
    expect(w.child.exitCode).toBeNull();
  });
});

// The directory watcher: an editor's several-step save is one change; names that do not matter are ignored.
import { mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchDirectories, type DirWatcher } from '../../src/watch/dirwatch.js';

let dir: string;
let watcher: DirWatcher | undefined;
afterEach(() => {
  watcher?.close();
  rmSync(dir, { recursive: true, force: true });
});

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `test` holds; fails saying `what` after 10 s. */
async function until(test: () => boolean, what: string): Promise<void> {
  for (const deadline = Date.now() + 10_000; !test(); await settle(20)) if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
}

describe('watchDirectories', () => {
  it('reports a vim-style save (backup rename, new file, writes) as one change of the brief', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-dirwatch-'));
    const brief = join(dir, 'brief.yaml');
    writeFileSync(brief, 'title: one\n');
    const calls: string[][] = [];
    watcher = watchDirectories((paths) => calls.push(paths), 40);
    watcher.setInterest(new Map([[dir, (name: string) => name === 'brief.yaml']]));
    await settle(50);
    writeFileSync(join(dir, '4913'), ''); // vim's probe file
    unlinkSync(join(dir, '4913'));
    renameSync(brief, `${brief}~`); // backup
    writeFileSync(brief, 'title: two\n');
    writeFileSync(brief, 'title: two\nsubtitle: x\n');
    unlinkSync(`${brief}~`);
    await settle(300);
    expect(calls).toEqual([[brief]]);
  });

  it('ignores names outside its interest and stops after close()', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-dirwatch-'));
    const calls: string[][] = [];
    watcher = watchDirectories((paths) => calls.push(paths), 20);
    watcher.setInterest(new Map([[dir, (name: string) => name.endsWith('.yaml')]]));
    await settle(50);
    writeFileSync(join(dir, 'notes.txt'), 'x');
    await settle(150);
    expect(calls).toEqual([]);
    watcher.close();
    writeFileSync(join(dir, 'late.yaml'), 'x');
    await settle(150);
    expect(calls).toEqual([]);
  });

  it('reports a directory deleted and recreated, and follows the files saved in it afterwards', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefdeck-dirwatch-'));
    const sub = join(dir, 'deep', 'sub');
    mkdirSync(sub, { recursive: true });
    const changes: string[] = [];
    watcher = watchDirectories((paths) => changes.push(...paths), 20);
    watcher.setInterest(new Map([[sub, (name: string) => name === 'brief.yaml']]));
    rmSync(join(dir, 'deep'), { recursive: true });
    await until(() => changes.includes(sub), 'the deletion');
    mkdirSync(sub, { recursive: true });
    await until(() => changes.filter((path) => path === sub).length === 2, 'the recreation');
    writeFileSync(join(sub, 'brief.yaml'), 'title: back\n');
    await until(() => changes.includes(join(sub, 'brief.yaml')), 'a save in the recreated directory');
  });
});

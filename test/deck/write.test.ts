// No partial write: a refused brief or a failed write leaves an earlier deck byte-identical and no temp file behind.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { isBriefdeckError } from '../../src/errors.js';
import { writeAtomic } from '../../src/write.js';
import { REPO } from '../watch/child.js';
import { briefdeck, buildDeckFile } from './decks.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, open: vi.fn(actual.open) };
});

const root = mkdtempSync(join(tmpdir(), 'briefdeck-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const MINIMAL = readFileSync(join(REPO, 'test', 'fixtures', 'valid-minimal.yaml'), 'utf8');

/** A brief directory and an output directory holding a deck built from it. */
function builtDeck(name: string): { brief: string; out: string; deck: string; bytes: Buffer } {
  const dir = join(root, name);
  mkdirSync(dir);
  const brief = join(dir, 'brief.yaml');
  writeFileSync(brief, MINIMAL);
  const out = join(dir, 'out');
  const deck = buildDeckFile(brief, out);
  return { brief, out, deck, bytes: readFileSync(deck) };
}

async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    if (isBriefdeckError(e)) return e.problems.map((p) => `${p.file}: ${p.message}`).join('\n');
    throw e;
  }
  throw new Error('expected the write to fail');
}

describe('a refused brief', () => {
  it('leaves the earlier deck byte-identical and no temp file', () => {
    const { brief, out, deck, bytes } = builtDeck('refused');
    writeFileSync(brief, MINIMAL.replace('title:', 'titel:'));
    const run = briefdeck(['build', brief, '-o', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${brief}: refused`);
    expect(readFileSync(deck).equals(bytes)).toBe(true);
    expect(readdirSync(out)).toEqual(['brief.pptx']);
  });
});

describe('a good rebuild', () => {
  it('replaces the deck by rename: a reader holding the old file still reads it whole', () => {
    const { brief, out, deck, bytes } = builtDeck('rebuild');
    const reader = openSync(deck, 'r');
    try {
      writeFileSync(brief, MINIMAL.replace('Staff talks readout', 'Staff talks, second edition'));
      expect(briefdeck(['build', brief, '-o', out]).status).toBe(0);
      const old = Buffer.alloc(bytes.length + 1);
      expect(readSync(reader, old, 0, old.length, 0)).toBe(bytes.length);
      expect(old.subarray(0, bytes.length).equals(bytes)).toBe(true);
      expect(readFileSync(deck).equals(bytes)).toBe(false);
      expect(readdirSync(out)).toEqual(['brief.pptx']);
    } finally {
      closeSync(reader);
    }
  });
});

describe('a failed write', () => {
  it('through the CLI (a directory where the deck goes): exit 1, a plain message, nothing left behind', () => {
    const dir = join(root, 'blocked');
    mkdirSync(join(dir, 'out', 'brief.pptx', 'inside'), { recursive: true });
    writeFileSync(join(dir, 'brief.yaml'), MINIMAL);
    const run = briefdeck(['build', join(dir, 'brief.yaml'), '-o', join(dir, 'out')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'out', 'brief.pptx')}: cannot write the deck: a directory has this name`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(join(dir, 'out'))).toEqual(['brief.pptx']);
    expect(readdirSync(join(dir, 'out', 'brief.pptx'))).toEqual(['inside']);
  });

  it('when the disk fills half way through: the earlier deck is untouched and the temp file removed', async () => {
    const { out, deck, bytes } = builtDeck('disk-full');
    const realOpen = (await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).open;
    vi.mocked(fsp.open).mockImplementationOnce(async (path, flags) => {
      const handle = await realOpen(path, flags);
      handle.writeFile = async (data: unknown) => {
        await handle.write((data as Uint8Array).subarray(0, 1000)); // some bytes land, then the disk is full
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      };
      return handle;
    });
    const message = await failure(() => writeAtomic(deck, new Uint8Array(50_000).fill(7)));
    expect(message).toBe(`${deck}: cannot write the deck: the disk is full`);
    expect(readFileSync(deck).equals(bytes)).toBe(true);
    expect(readdirSync(out)).toEqual(['brief.pptx']);
  });

  it('when a file stands where the output directory should be', async () => {
    const blocker = join(root, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const message = await failure(() => writeAtomic(join(blocker, 'out', 'deck.pptx'), new Uint8Array(10)));
    expect(message).toBe(`${join(blocker, 'out', 'deck.pptx')}: cannot write the deck: a file stands where a directory of the path should be`);
    expect(statSync(blocker).isFile()).toBe(true);
  });
});

describe('temp files left by a process that was killed', () => {
  it('are removed by the next build into that folder; one of a process still running is kept', async () => {
    const { brief, out, deck, bytes } = builtDeck('stale');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!; // has exited: its pid names no process now
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    try {
      expect(() => process.kill(dead, 0)).toThrow(/ESRCH/);
      const stale = `.briefdeck-brief.pptx.${dead}.0badf00d.tmp`;
      const running = `.briefdeck-brief.pptx.${live.pid}.cafebabe.tmp`;
      const other = '.briefdeck-notes.txt'; // not a temp file name: never touched
      for (const name of [stale, running, other]) writeFileSync(join(out, name), bytes.subarray(0, 100));
      writeFileSync(brief, MINIMAL.replace('Staff talks readout', 'Staff talks after a crash'));
      const run = briefdeck(['build', brief, '-o', out]);
      expect(run.status, run.stderr).toBe(0);
      expect(readdirSync(out).sort()).toEqual([running, other, 'brief.pptx'].sort());
      expect(readFileSync(deck).equals(bytes)).toBe(false);
    } finally {
      live.kill();
    }
  });
});

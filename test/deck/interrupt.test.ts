// SIGINT or SIGTERM during `briefdeck build` of a large deck: no temp file is left and the earlier deck stays byte-identical.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDeck } from '../helpers/pptx.js';
import { BIN, largeBrief } from '../watch/child.js';
import { buildDeckFile } from './decks.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-interrupt-'));
const brief = join(root, 'big.yaml');
const out = join(root, 'out');
const deck = join(out, 'big.pptx');
let earlier: Buffer; // the deck on disk before the interrupted builds

beforeAll(() => {
  writeFileSync(brief, largeBrief(80, 'Earlier version'));
  earlier = readFileSync(buildDeckFile(brief, out));
  writeFileSync(brief, largeBrief(80, 'Later version'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Outcome {
  code: number | null;
  signal: string | null;
  stderr: string;
}

/** A finished rebuild: a whole package whose title slide shows the later version. */
const isRebuilt = (bytes: Buffer) => openDeck(bytes).slideText(1).join('\n').includes('Later version');

/** Builds into `out` and sends `signal` either `delayMs` after the temp file appears, or `delayMs` after the start. */
function interruptedBuild(signal: NodeJS.Signals, when: 'temp file' | 'start', delayMs: number): Promise<Outcome> {
  const child = spawn(process.execPath, [BIN, 'build', brief, '-o', out], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const send = () => setTimeout(() => child.kill(signal), delayMs);
  const watcher =
    when === 'temp file'
      ? watch(out, (_event, name) => {
          if (!String(name).startsWith('.briefdeck-')) return;
          watcher?.close();
          send();
        })
      : undefined;
  if (!watcher) send();
  return new Promise((resolve) =>
    child.on('exit', (code, sig) => {
      watcher?.close();
      resolve({ code, signal: sig, stderr });
    }),
  );
}

describe('an interrupted build', () => {
  it('removes its temp file and leaves the earlier deck byte-identical, whenever the signal comes', async () => {
    const tries: [NodeJS.Signals, 'temp file' | 'start', number][] = [
      ['SIGINT', 'temp file', 0],
      ['SIGTERM', 'temp file', 0],
      ['SIGINT', 'temp file', 2],
      ['SIGTERM', 'temp file', 5],
      ['SIGINT', 'start', 300],
      ['SIGTERM', 'start', 1500],
    ];
    let current = earlier;
    let caughtWriting = 0;
    for (const [signal, when, delayMs] of tries) {
      const what = `${signal} ${delayMs} ms after the ${when}`;
      const outcome = await interruptedBuild(signal, when, delayMs);
      expect(readdirSync(out), `${what}: only the deck is left`).toEqual(['big.pptx']);
      const now = readFileSync(deck);
      expect(now.equals(current) || isRebuilt(now), `${what}: the deck is the earlier one or a finished rebuild`).toBe(true);
      expect(outcome.stderr, what).not.toMatch(/^\s+at |internal error/m);
      if (outcome.code === 130 || outcome.code === 143) {
        expect(outcome.code).toBe(signal === 'SIGINT' ? 130 : 143);
        expect(outcome.stderr).toMatch(
          new RegExp(`^briefdeck: interrupted \\(${signal}\\); \\S*big\\.pptx not written, an earlier version left as it was$`, 'm'),
        );
        if (now.equals(current)) caughtWriting++;
      } else if (outcome.code === null) {
        expect(outcome.signal, `${what}: stopped by the signal outside the write`).toBe(signal);
      } else {
        expect(outcome.code, `${what}: finished before the signal`).toBe(0);
      }
      current = now;
    }
    expect(caughtWriting, 'at least one signal came while the temp file was being written').toBeGreaterThan(0);
  }, 300_000);
});

// Ctrl-C (or SIGTERM) while `briefdeck watch` runs a slow build: it stops within a second and writes nothing.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { largeBrief, REPO, startCli, type Running } from './child.js';

const SAMPLE = readFileSync(join(REPO, 'briefs', 'china-nato-8th-dialogue.yaml'), 'utf8');
let large: string; // a brief whose build takes several seconds (hundreds of slides)
let dir: string;
let running: Running | undefined;

beforeAll(() => {
  large = largeBrief(300);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'briefdeck-watch-stop-'));
  writeFileSync(join(dir, 'brief.yaml'), SAMPLE);
});
afterEach(() => {
  running?.stop();
  running = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const deck = () => join(dir, 'out', 'brief.pptx');

/** Watches brief.yaml, saves the large brief over it, and sends `signal` while that rebuild runs; ms until exit. */
async function stopDuringSlowBuild(signal: NodeJS.Signals): Promise<{ code: number | string; ms: number; earlier: Buffer }> {
  running = startCli(['watch', 'brief.yaml', '-o', 'out'], dir);
  await running.waitFor(({ stdout }) => stdout.includes('Ctrl-C to stop'), 'the first build');
  const earlier = readFileSync(deck());
  writeFileSync(join(dir, 'brief.yaml'), large);
  // Nothing shows that the rebuild has begun; it takes seconds, so half a second in it is surely running
  // (the "stopped while building" line checked below proves it was).
  await new Promise((resolve) => setTimeout(resolve, 500));
  const sent = performance.now();
  running.child.kill(signal);
  const code = await Promise.race([running.exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running after 10 s'), 10_000))]);
  return { code, ms: performance.now() - sent, earlier };
}

describe('briefdeck watch, stopped during a slow build', () => {
  it('exits 0 within a second of Ctrl-C, writes nothing, and leaves the earlier deck byte-identical', async () => {
    const { code, ms, earlier } = await stopDuringSlowBuild('SIGINT');
    expect(code).toBe(0);
    expect(ms).toBeLessThan(1000);
    expect(running!.stdout()).toMatch(/^\[\d\d:\d\d:\d\d\] stopped while building brief\.yaml; out\/brief\.pptx left as it was$/m);
    expect(readFileSync(deck()).equals(earlier)).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['brief.pptx']);
  });

  it('exits 143 on SIGTERM, likewise', async () => {
    const { code, ms, earlier } = await stopDuringSlowBuild('SIGTERM');
    expect(code).toBe(143);
    expect(ms).toBeLessThan(1000);
    expect(running!.stdout()).toContain('stopped while building brief.yaml');
    expect(readFileSync(deck()).equals(earlier)).toBe(true);
    expect(readdirSync(join(dir, 'out'))).toEqual(['brief.pptx']);
  });
});

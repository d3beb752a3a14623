// Mutation fuzzing: whatever a brief's text becomes, the brief layer accepts it or refuses it with positioned problems; it never crashes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { formatProblem } from '../../src/cli/output.js';
import { isBriefdeckError } from '../../src/errors.js';

const SEEDS = ['briefs/china-nato-8th-dialogue.yaml', 'test/fixtures/valid-full.yaml', 'test/fixtures/valid-minimal.yaml'].map((path) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const PIECES = [':', ': ', '- ', '\t', '\n', '  ', '"', "'", '[', ']', '{', '}', '&a ', '*a', '!tag ', '#', '|', '>', '?', '%', '@', '`', ',', '---\n', '\u0001', '\uFEFF', '\uD800', 'é', '姚', '🛡️', '0', '2024-02-30', 'yes', 'null', '~', '<<: *a\n'];

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(text: string, next: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(next() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1));
    const kind = next();
    if (kind < 0.4) out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + out.slice(at);
    else if (kind < 0.7) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 20));
    else {
      const from = Math.floor(next() * out.length);
      out = out.slice(0, at) + out.slice(from, from + 1 + Math.floor(next() * 40)) + out.slice(at); // duplicate a chunk
    }
  }
  return out;
}

describe('mutation fuzzing of the brief layer', () => {
  it('accepts or refuses 3,000 mutated briefs, each refusal with FILE:LINE:COLUMN and never an unexpected exception', () => {
    const next = random(20240314);
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const text = mutate(SEEDS[i % SEEDS.length], next);
      try {
        briefFromText(text, 'fuzz.yaml');
      } catch (e) {
        if (!isBriefdeckError(e)) throw new Error(`case ${i} crashed: ${(e as Error).stack}\n--- brief ---\n${text}`, { cause: e });
        refused++;
        for (const p of e.problems) {
          expect(formatProblem(p), `case ${i}`).toMatch(/^fuzz\.yaml:\d+:\d+: /);
          expect(p.line! >= 1 && p.column! >= 1, `case ${i}: ${formatProblem(p)}`).toBe(true);
        }
      }
    }
    expect(refused).toBeGreaterThan(1000); // the mutations do break briefs, so the refusal path is what is being tested
  });
});

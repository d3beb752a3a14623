// Mutation fuzzing: whatever a brief's text becomes, the brief layer accepts it or refuses it with positioned problems; it never crashes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefFromText } from '../../src/brief/load.js';
import { formatProblem } from '../../src/cli/output.js';
import { isBriefdeckError } from '../../src/errors.js';
import { fuzzRuns, fuzzTimeoutMs, mutate, random } from '../helpers/fuzz.js';

const SEEDS = ['briefs/china-nato-8th-dialogue.yaml', 'test/fixtures/valid-full.yaml', 'test/fixtures/valid-minimal.yaml'].map((path) =>
  readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
);

const RUNS = fuzzRuns(3000, 30_000);

describe('mutation fuzzing of the brief layer', () => {
  it(
    `accepts or refuses ${RUNS} mutated briefs, each refusal with FILE:LINE:COLUMN and never an unexpected exception`,
    () => {
      const next = random(20240314);
      let refused = 0;
      for (let i = 0; i < RUNS; i++) {
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
      expect(refused).toBeGreaterThan(RUNS / 3); // the mutations do break briefs, so the refusal path is what is being tested
    },
    fuzzTimeoutMs(RUNS, undefined, 50),
  );
});

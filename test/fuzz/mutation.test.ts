// Mutation fuzzing of `briefdeck build`: every mutated fixture builds a well-formed deck or is refused at FILE:LINE:COLUMN with nothing written, never a crash.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FUZZ_LONG, fuzzBudgetMs, fuzzRuns, fuzzTimeoutMs, fuzzSeed, mutate, mutateBytes, PIECES, random } from '../helpers/fuzz.js';
import { BIN, REPO } from '../watch/child.js';
import { runCli } from './cli.js';
import { EARLIER_DECK, outcomeProblems, type BuildOutcome } from './outcome.js';

/** Every brief the project ships or tests with: the samples, the valid and stress fixtures and the invalid ones. */
const FIXTURES = ['briefs', 'test/fixtures'].flatMap((dir) =>
  readdirSync(join(REPO, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(REPO, dir, f), 'utf8') })),
);

/** Besides the brief fuzzer's pieces: YAML tags and directives (which must be refused, not silently read), markup and XML specials that reach the slides. */
const BUILD_PIECES = [
  ...PIECES,
  '!!set ',
  '!!omap ',
  '!!pairs ',
  '!!binary ',
  '!!str ',
  '!!int ',
  '!!float ',
  '!!timestamp ',
  '!!map ',
  '!!seq ',
  '!<tag:yaml.org,2002:str> ',
  '!local ',
  '%YAML 1.1\n',
  '%TAG !e! tag:example.org,2024:\n',
  '? ',
  '&',
  '<b>',
  '</li>',
  ']]>',
  '{{title}}',
  '**x**',
  'SECRET//NOFORN',
  'CONFIDENTIEL DÉFENSE',
  '\u202e',
  '\u0085',
  '\u2028',
];

const RUNS = fuzzRuns(300, 3000);
/** A few real processes too (each costs about half a second to start), to show the in-process runs stand for them. */
const SPAWNS = FUZZ_LONG ? 40 : 4;
/** Case n uses seed SEED + n, so one failing case replays alone with BRIEFDECK_FUZZ_SEED=<its seed> BRIEFDECK_FUZZ_RUNS=1. */
const SEED = fuzzSeed(20_240_314);
const BUDGET = fuzzBudgetMs(40_000);

const root = mkdtempSync(join(tmpdir(), 'briefdeck-mutation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Case {
  seed: number;
  fixture: string;
  bytes: Uint8Array;
}

/** One mutated fixture: text edits (YAML syntax, odd characters, duplicated chunks), and now and then a byte-level edit. */
function mutatedCase(seed: number): Case {
  const next = random(seed);
  const fixture = FIXTURES[Math.floor(next() * FIXTURES.length)];
  let bytes: Uint8Array = Buffer.from(mutate(fixture.text, next, BUILD_PIECES), 'utf8');
  if (next() < 0.1) bytes = mutateBytes(bytes, next);
  return { seed, fixture: fixture.name, bytes };
}

/** A fresh folder with the case's brief and an output folder holding an earlier deck. */
function prepare(c: Case, how: string): { brief: string; out: string } {
  const dir = join(root, `${how}-${c.seed}`);
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(dir, 'brief.yaml'), c.bytes);
  writeFileSync(join(out, 'brief.pptx'), EARLIER_DECK);
  return { brief: join(dir, 'brief.yaml'), out };
}

function report(c: Case, problems: string[]): string {
  const text = Buffer.from(c.bytes).toString('utf8');
  return [
    `seed ${c.seed} (replay: BRIEFDECK_FUZZ_SEED=${c.seed} BRIEFDECK_FUZZ_RUNS=1), mutated from ${c.fixture}:`,
    ...problems.map((p) => `  ${p}`),
    `--- brief (${c.bytes.length} bytes) ---`,
    text.length > 4000 ? `${text.slice(0, 4000)}\n…` : text,
  ].join('\n');
}

describe('mutation fuzzing of briefdeck build', () => {
  it(
    `${RUNS} mutated fixtures through the CLI's build (in-process): exit 0 with a sound deck, or a positioned refusal that writes nothing`,
    async () => {
      const failures: string[] = [];
      const outcomes = { built: 0, refused: 0 };
      const started = Date.now();
      let n = 0;
      for (; n < RUNS && (BUDGET === undefined || Date.now() - started < BUDGET); n++) {
        const c = mutatedCase(SEED + n);
        const { brief, out } = prepare(c, 'in-process');
        const outcome = await runCli(['build', brief, '-o', out]);
        const problems = outcomeProblems(outcome, brief, out);
        if (problems.length) failures.push(report(c, problems));
        else if (outcome.status === 0) outcomes.built++;
        else outcomes.refused++;
        rmSync(join(out, '..'), { recursive: true, force: true });
      }
      if (process.env.BRIEFDECK_FUZZ_VERBOSE) console.log(`${n} cases in ${Date.now() - started} ms:`, outcomes);
      const more = failures.slice(5).map((f) => f.split('\n').slice(0, 2).join(' '));
      expect(failures.length, `${failures.length} of ${n} cases failed:\n\n${[...failures.slice(0, 5), ...more].join('\n\n')}`).toBe(0);
      if (n < 50) return; // a replay of a few cases
      // Both paths are exercised: mutations that still build, and ones that are refused.
      expect(outcomes.built, JSON.stringify(outcomes)).toBeGreaterThan(n / 20);
      expect(outcomes.refused, JSON.stringify(outcomes)).toBeGreaterThan(n / 5);
    },
    fuzzTimeoutMs(RUNS, BUDGET),
  );

  it(
    `${SPAWNS} mutated fixtures through the real CLI (node bin/briefdeck.js build) end the same way as in-process`,
    async () => {
      const failures: string[] = [];
      for (let n = 0; n < SPAWNS; n++) {
        const c = mutatedCase(SEED + RUNS + n);
        const spawned = prepare(c, 'spawned');
        const run = spawnSync(process.execPath, [BIN, 'build', spawned.brief, '-o', spawned.out], {
          cwd: REPO,
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        });
        const outcome: BuildOutcome = { status: run.status, stderr: run.stderr };
        const problems = outcomeProblems(outcome, spawned.brief, spawned.out);
        const inProcess = prepare(c, 'compared');
        const compared = await runCli(['build', inProcess.brief, '-o', inProcess.out]);
        const sameText = (s: string) => s.replaceAll(spawned.brief, 'BRIEF').replaceAll(inProcess.brief, 'BRIEF');
        if (compared.status !== outcome.status || sameText(compared.stderr) !== sameText(outcome.stderr)) {
          problems.push(`in-process run differs: exit ${compared.status} vs ${outcome.status}\n${compared.stderr}\nvs\n${outcome.stderr}`);
        }
        if (problems.length) failures.push(report(c, problems));
      }
      expect(failures.length, `${failures.length} of ${SPAWNS} cases failed:\n\n${failures.slice(0, 3).join('\n\n')}`).toBe(0);
    },
    fuzzTimeoutMs(SPAWNS, undefined, 20_000),
  );
});

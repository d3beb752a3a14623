// `briefdeck build DIR` of 16 briefs on two CPUs: the default (one worker per core) against `--jobs 1`, alternating.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runNode } from './process.js';
import { summarise } from './report.js';

/** Whether `build` takes --jobs: named in `build --help`, or at least not refused as an unknown option (a usage error). */
export function hasJobsOption(cli, env) {
  const help = runNode([cli, 'build', '--help'], env);
  if (/--jobs\b/.test(help.stdout + help.stderr)) return true;
  try {
    runNode([cli, 'build', '--jobs', '1', join(env.tmpDir, 'no-such-brief.yaml'), '-o', join(env.tmpDir, 'no-such-out')], env);
    return true;
  } catch (e) {
    return !/unknown option\W+--jobs/i.test(e.message);
  }
}

/** The decks in `dir`, by name. */
function decks(dir) {
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.pptx'))
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

function sameDecks(a, b) {
  return a.size === b.size && [...a].every(([name, bytes]) => b.get(name)?.equals(bytes));
}

/** Runs both ways `runs` times on CPUs `cpus`; returns their statistics and whether the decks are the same bytes. */
export function batchRuns(cli, folder, runs, env, cpus) {
  const parallelOut = join(env.tmpDir, 'batch-out-parallel');
  const serialOut = join(env.tmpDir, 'batch-out-serial');
  const parallel = [];
  const serial = [];
  for (let i = 0; i < runs; i++) {
    const ordered = i % 2 ? ['serial', 'parallel'] : ['parallel', 'serial'];
    for (const way of ordered) {
      if (way === 'parallel') parallel.push(runNode([cli, 'build', folder, '-o', parallelOut], env, cpus));
      else serial.push(runNode([cli, 'build', folder, '-o', serialOut, '--jobs', '1'], env, cpus));
    }
  }
  const made = decks(parallelOut);
  return {
    parallel: { stats: summarise(parallel), maxRssKB: Math.max(...parallel.map((r) => r.maxRssKB)) },
    serial: { stats: summarise(serial), maxRssKB: Math.max(...serial.map((r) => r.maxRssKB)) },
    decks: made.size,
    same: sameDecks(made, decks(serialOut)),
  };
}

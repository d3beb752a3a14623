// Runs a whole Node process, pinned to given CPUs with taskset where it exists, and reports its wall time (parent
// clock), CPU time and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME = '/usr/bin/time';
const HOOK = fileURLToPath(new URL('./maxrss.js', import.meta.url));
export const usageSource = existsSync(TIME) ? '/usr/bin/time' : 'process.resourceUsage() in the child';

/** The CPUs this process may run on (taskset -p), or undefined without a working taskset. */
function allowedCpus() {
  const probe = spawnSync('taskset', ['-cp', String(process.pid)], { encoding: 'utf8' });
  if (probe.status !== 0) return undefined;
  const list = probe.stdout.split(':').pop().trim();
  return list.split(',').flatMap((range) => {
    const [from, to = from] = range.split('-').map(Number);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

/**
 * How processes are pinned: `one` and `two` are taskset CPU lists (the last allowed CPUs, so CPU 0's interrupts are
 * avoided where there is a choice) or undefined when they cannot be pinned; `note` says which, for the report.
 */
export function pinning() {
  const cpus = allowedCpus();
  if (!cpus) return { one: undefined, two: undefined, count: availableParallelism(), note: 'not pinned: taskset is not available' };
  const one = String(cpus[cpus.length - 1]);
  const two = cpus.length >= 2 ? cpus.slice(-2).join(',') : undefined;
  return { one, two, count: cpus.length, note: `pinned with taskset: one CPU = ${one}, two CPUs = ${two ?? 'not available'}` };
}

/** node ARGS… as a child (on CPUs `cpus`, a taskset list, when given); /usr/bin/time (or a preloaded hook) records peak RSS and CPU. */
export function runNode(args, { tmpDir, cwd, env: extraEnv }, cpus) {
  const usageFile = join(tmpDir, `usage-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const env = { ...process.env, ...extraEnv };
  const [command, argv, childEnv] = existsSync(TIME)
    ? [TIME, ['-f', '%M %U %S', '-o', usageFile, process.execPath, ...args], env]
    : [process.execPath, ['--import', HOOK, ...args], { ...env, BENCH_USAGE_FILE: usageFile }];
  const [pinned, pinnedArgv] = cpus ? ['taskset', ['-c', cpus, command, ...argv]] : [command, argv];
  const started = performance.now();
  const child = spawnSync(pinned, pinnedArgv, { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60 * 1000 });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}\n${child.stderr}`);
  const [rss, user, sys] = readFileSync(usageFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
  rmSync(usageFile, { force: true });
  return { ms, cpuMs: (user + sys) * 1000, maxRssKB: rss, stdout: child.stdout, stderr: child.stderr };
}

/** Runs a bench/inprocess.js worker and parses its JSON line. */
export function runWorker(args, options, cpus) {
  const { stdout } = runNode([fileURLToPath(new URL('./inprocess.js', import.meta.url)), ...args], options, cpus);
  return JSON.parse(stdout.trim().split('\n').pop());
}

// Runs a whole Node process and reports its wall time (parent clock), CPU time and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME = '/usr/bin/time';
const HOOK = fileURLToPath(new URL('./maxrss.js', import.meta.url));
export const usageSource = existsSync(TIME) ? '/usr/bin/time' : 'process.resourceUsage() in the child';

/** node ARGS… as a child; /usr/bin/time (or a preloaded hook) records peak RSS and CPU. Throws if the child fails. */
export function runNode(args, { tmpDir, cwd }) {
  const usageFile = join(tmpDir, `usage-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const [command, argv, env] = existsSync(TIME)
    ? [TIME, ['-f', '%M %U %S', '-o', usageFile, process.execPath, ...args], process.env]
    : [process.execPath, ['--import', HOOK, ...args], { ...process.env, BENCH_USAGE_FILE: usageFile }];
  const started = performance.now();
  const child = spawnSync(command, argv, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 10 * 60 * 1000 });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited ${child.status}\n${child.stderr}`);
  const [rss, user, sys] = readFileSync(usageFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
  rmSync(usageFile, { force: true });
  return { ms, cpuMs: (user + sys) * 1000, maxRssKB: rss, stdout: child.stdout, stderr: child.stderr };
}

/** Runs a bench/inprocess.js worker and parses its JSON line. */
export function runWorker(args, options) {
  const { stdout } = runNode([fileURLToPath(new URL('./inprocess.js', import.meta.url)), ...args], options);
  return JSON.parse(stdout.trim().split('\n').pop());
}

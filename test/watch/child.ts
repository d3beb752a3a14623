// Test helper: runs the briefdeck CLI as a child process and waits (bounded) for what it prints.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(REPO, 'bin', 'briefdeck.js');

export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Waits until `test` holds for the output so far; fails with the output after `ms`. */
  waitFor(test: (out: { stdout: string; stderr: string }) => boolean, what: string, ms?: number): Promise<void>;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
  stop(): void;
}

export function startCli(args: string[], cwd: string): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    async waitFor(test, what, ms = 20_000) {
      const deadline = Date.now() + ms;
      while (!test({ stdout, stderr })) {
        if (child.exitCode !== null) throw new Error(`briefdeck exited (${child.exitCode}) before ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** How many status lines ("N slides") the watcher has printed so far. */
export const builds = (stdout: string) => stdout.split('\n').filter((line) => / \d+ slides? /.test(line)).length;

/** Saves, then waits for one more status line than before. */
export async function saveAndWaitForBuild(w: Running, save: () => void, what: string): Promise<void> {
  const before = builds(w.stdout());
  save();
  await w.waitFor(({ stdout }) => builds(stdout) > before, what);
}

/** A large brief from bench/generate.js (`topics` topics; 150 take a few seconds to build), as YAML text. */
export function largeBrief(topics: number, subtitle = 'Synthetic content for timing'): string {
  const script = `import { generateBrief, briefYaml } from ${JSON.stringify(join(REPO, 'bench', 'generate.js'))};
    process.stdout.write(briefYaml({ ...generateBrief(${topics}), subtitle: ${JSON.stringify(subtitle)} }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`bench/generate.js failed: ${run.stderr}`);
  return run.stdout;
}

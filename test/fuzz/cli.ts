// Runs the CLI in-process (the same run() that bin/briefdeck.js calls), capturing what it prints and mapping a crash to exit 70 as main() does.
import { run } from '../../src/cli/main.js';

export interface CliOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

/** `briefdeck ARGS` without a new process: output captured, an escaped exception reported as main() reports it (exit 70). */
export async function runCli(args: string[]): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const writes = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  // Node prints process warnings (a library's, say) to the user's terminal; in a test worker they may go elsewhere, so they are taken here.
  const onWarning = (w: Error) => {
    stderr += `(node:${process.pid}) ${w.name}: ${w.message}\n`;
  };
  process.on('warning', onWarning);
  const noColour = process.env.NO_COLOR;
  process.env.NO_COLOR = '1';
  let status: number;
  try {
    status = await run(args);
  } catch (e) {
    status = 70;
    stderr += `briefdeck: internal error: ${(e as Error)?.stack ?? String(e)}\n`;
  } finally {
    await new Promise((resolve) => setImmediate(resolve)); // Node emits process warnings a tick later: they belong to this run
    process.off('warning', onWarning);
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    if (noColour === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = noColour;
  }
  return { status, stdout, stderr };
}

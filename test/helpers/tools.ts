// Test helpers: whether a command-line tool the tests use (LibreOffice, fontconfig) is on this machine, and the shared tools.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Whether `command --version` runs. */
export function hasCommand(command: string): boolean {
  try {
    execFileSync(command, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const hasSoffice = hasCommand('soffice');

/** The shared tools (validate-pptx, render-check) beside the project. */
export const SHARED_TOOLS = join(process.cwd(), '..', 'shared', 'tools');

/** Runs a shared tool; its whole output (stdout and stderr) whatever the exit code. */
export function sharedTool(name: string, args: string[]): string {
  try {
    return execFileSync(join(SHARED_TOOLS, name), args, { encoding: 'utf8', timeout: 240_000 }).trim();
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim() || String(error);
  }
}

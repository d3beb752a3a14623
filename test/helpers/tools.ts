// Test helpers: whether a command-line tool the tests use (LibreOffice, fontconfig) is on this machine.
import { execFileSync } from 'node:child_process';

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

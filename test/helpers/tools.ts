// Test helpers: the programs some tests need (LibreOffice, poppler, xmllint, …): whether they are here, what installs them, and the shared tools.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** What installs a program: the Debian package and the Homebrew formula (or cask). */
const PACKAGES = {
  libreoffice: { apt: 'libreoffice-impress', brew: '--cask libreoffice' },
  poppler: { apt: 'poppler-utils', brew: 'poppler' },
  xmllint: { apt: 'libxml2-utils', brew: 'libxml2' },
  python3: { apt: 'python3', brew: 'python' },
  fontconfig: { apt: 'fontconfig', brew: 'fontconfig' },
  chromium: { apt: 'chromium', brew: '--cask chromium' },
} as const;

/** Every program a test may run, and the package it comes in. A test names the programs it needs through `missing()`. */
const PROGRAMS = {
  soffice: 'libreoffice',
  pdftoppm: 'poppler',
  pdftotext: 'poppler',
  pdfinfo: 'poppler',
  pdffonts: 'poppler',
  pdftohtml: 'poppler',
  xmllint: 'xmllint',
  python3: 'python3',
  'fc-match': 'fontconfig',
  'fc-list': 'fontconfig',
  'fc-scan': 'fontconfig',
  chromium: 'chromium',
} as const satisfies Record<string, keyof typeof PACKAGES>;

/** The shared tools beside the project (../shared/tools) and the programs they run. */
const SHARED = {
  'validate-pptx': ['python3', 'xmllint'],
  'render-check': ['python3', 'soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'],
} as const satisfies Record<string, readonly (keyof typeof PROGRAMS)[]>;

export type Program = keyof typeof PROGRAMS;
export type Need = Program | keyof typeof SHARED;
export const ALL_PROGRAMS = Object.keys(PROGRAMS) as Program[];

/** An executable file named `program` in a PATH directory (no program is started: quick, and nothing is printed). */
function onPath(program: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      const file = join(dir, program);
      if (!statSync(file).isFile()) continue;
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

const found = new Map<string, boolean>();
const here = (program: Program) => {
  if (!found.has(program)) found.set(program, onPath(program));
  return found.get(program)!;
};

/** The programs among `needs` (a shared tool stands for the programs it runs) that are not on this machine. */
export function missingPrograms(...needs: Need[]): Program[] {
  const programs = needs.flatMap((need): readonly Program[] => (need in SHARED ? SHARED[need as keyof typeof SHARED] : [need as Program]));
  return [...new Set(programs)].filter((program) => !here(program));
}

/**
 * For `describe.skipIf(missing('soffice', 'pdftotext'))` and `it.skipIf(...)`: true when a program the test needs is not
 * here, so the test is skipped (and counted as skipped). The run says once which programs are missing and what to install
 * (test/setup/tools.ts), and fails instead when CI is set: CI never passes by skipping.
 */
export function missing(...needs: Need[]): boolean {
  return missingPrograms(...needs).length > 0;
}

/** CI is set as CI services set it (non-empty, not "false" or "0"). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

/** One line: the missing programs and the commands that install them (Debian, and macOS with Homebrew). */
export function installLine(programs: Program[]): string {
  const packages = [...new Set(programs.map((program) => PACKAGES[PROGRAMS[program]]))];
  const formulae = packages.flatMap((p) => (p.brew.startsWith('--cask ') ? [] : [p.brew]));
  const casks = packages.flatMap((p) => (p.brew.startsWith('--cask ') ? [p.brew.slice('--cask '.length)] : []));
  const brew = [formulae.length && `brew install ${formulae.join(' ')}`, casks.length && `brew install --cask ${casks.join(' ')}`].filter(Boolean);
  return `${programs.join(', ')}, which are not on this machine (PATH); to run them install: apt-get install ${packages.map((p) => p.apt).join(' ')} (macOS: ${brew.join('; ')})`;
}

/** The shared tools (validate-pptx, render-check) beside the project. */
export const SHARED_TOOLS = join(process.cwd(), '..', 'shared', 'tools');

/** Runs a shared tool; its whole output (stdout and stderr) whatever the exit code. */
export function sharedTool(name: keyof typeof SHARED, args: string[]): string {
  try {
    return execFileSync(join(SHARED_TOOLS, name), args, { encoding: 'utf8', timeout: 240_000 }).trim();
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim() || String(error);
  }
}

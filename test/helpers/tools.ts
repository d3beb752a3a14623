// Test helpers: what some tests need from the machine (LibreOffice, poppler, xmllint, fonts, …): whether it is here, what installs it, and the shared tools.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Something a test needs from the machine: how to tell it is here, and what installs it (Debian package, Homebrew formula or cask). */
interface Requirement {
  present: () => boolean;
  apt: string;
  brew?: string;
}

/** An executable file named `name` in a PATH directory (no program is started: quick, and nothing is printed). */
function onPath(name: string): boolean {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      const file = join(dir, name);
      if (!statSync(file).isFile()) continue;
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      // not in this directory
    }
  }
  return false;
}

const program = (name: string, apt: string, brew: string): Requirement => ({ present: () => onPath(name), apt, brew });
/** A font file at its Debian path: the tests that measure against it read that path, so they run on Debian and Ubuntu only. */
const fontFile = (file: string, apt: string): Requirement => ({ present: () => existsSync(file), apt });

/** Everything a test may need, by the name a test gives it: `missing('soffice', 'pdftotext')`. */
const REQUIREMENTS = {
  soffice: program('soffice', 'libreoffice-impress', '--cask libreoffice'),
  pdftoppm: program('pdftoppm', 'poppler-utils', 'poppler'),
  pdftotext: program('pdftotext', 'poppler-utils', 'poppler'),
  pdfinfo: program('pdfinfo', 'poppler-utils', 'poppler'),
  pdffonts: program('pdffonts', 'poppler-utils', 'poppler'),
  pdftohtml: program('pdftohtml', 'poppler-utils', 'poppler'),
  xmllint: program('xmllint', 'libxml2-utils', 'libxml2'),
  python3: program('python3', 'python3', 'python'),
  'fc-match': program('fc-match', 'fontconfig', 'fontconfig'),
  'fc-list': program('fc-list', 'fontconfig', 'fontconfig'),
  'fc-scan': program('fc-scan', 'fontconfig', 'fontconfig'),
  chromium: program('chromium', 'chromium', '--cask chromium'),
  'fonts-liberation2': fontFile('/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf', 'fonts-liberation2'),
  'fonts-noto-cjk': fontFile('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'fonts-noto-cjk'),
  'fonts-noto-core': fontFile('/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf', 'fonts-noto-core'),
  'fonts-dejavu-core': fontFile('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'fonts-dejavu-core'),
} satisfies Record<string, Requirement>;

/** The shared tools beside the project (../shared/tools) and what they run. */
const SHARED = {
  'validate-pptx': ['python3', 'xmllint'],
  'render-check': ['python3', 'soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'],
} as const satisfies Record<string, readonly (keyof typeof REQUIREMENTS)[]>;

export type Requirable = keyof typeof REQUIREMENTS;
export type Need = Requirable | keyof typeof SHARED;
export const EVERYTHING = Object.keys(REQUIREMENTS) as Requirable[];

const found = new Map<Requirable, boolean>();
const here = (name: Requirable) => {
  if (!found.has(name)) found.set(name, REQUIREMENTS[name].present());
  return found.get(name)!;
};

/** What of `needs` (a shared tool stands for the programs it runs) is not on this machine. */
export function missingOf(...needs: Need[]): Requirable[] {
  const names = needs.flatMap((need): readonly Requirable[] => (need in SHARED ? SHARED[need as keyof typeof SHARED] : [need as Requirable]));
  return [...new Set(names)].filter((name) => !here(name));
}

/**
 * For `describe.skipIf(missing('soffice', 'pdftotext'))` and `it.skipIf(...)`: true when something the test needs is not
 * here, so the test is skipped (and counted as skipped). The run says once what is missing and what installs it
 * (test/setup/tools.ts), and fails instead when CI is set: CI never passes by skipping.
 */
export function missing(...needs: Need[]): boolean {
  return missingOf(...needs).length > 0;
}

/** CI is set as CI services set it (non-empty, not "false" or "0"). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== 'false' && value !== '0';
}

/** One line: what is missing and the commands that install it (Debian, and macOS with Homebrew). */
export function installLine(names: Requirable[]): string {
  const wanted = names.map((name) => REQUIREMENTS[name] as Requirement);
  const apt = [...new Set(wanted.map((r) => r.apt))];
  const brews = [...new Set(wanted.flatMap((r) => (r.brew ? [r.brew] : [])))];
  const formulae = brews.filter((brew) => !brew.startsWith('--cask '));
  const casks = brews.filter((brew) => brew.startsWith('--cask ')).map((brew) => brew.slice('--cask '.length));
  const brew = [formulae.length && `brew install ${formulae.join(' ')}`, casks.length && `brew install --cask ${casks.join(' ')}`].filter(Boolean);
  return `${names.join(', ')}, which are not on this machine; to run them install: apt-get install ${apt.join(' ')}${brew.length ? ` (macOS: ${brew.join('; ')})` : ''}`;
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

// LibreOffice in headless mode: an isolated temporary profile, a time limit, and clear errors when it is missing or fails.
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BriefdeckError, problem } from '../errors.js';
import { findProgram, lastLines, runTool } from './run.js';

/** Where LibreOffice lives when it is not on PATH (the macOS app bundle, the Windows installer). */
const FALLBACKS = [
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
];

export const INSTALL_LIBREOFFICE =
  'install LibreOffice: `sudo apt-get install libreoffice-impress` (Debian/Ubuntu), `brew install --cask libreoffice` (macOS); or set BRIEFDECK_SOFFICE to the soffice program';

const DEFAULT_TIMEOUT_S = 120;

export interface OfficeOptions {
  env?: NodeJS.ProcessEnv;
  /** Time limit per conversion; default BRIEFDECK_SOFFICE_TIMEOUT seconds, else 120 s. */
  timeoutMs?: number;
}

export interface Office {
  program: string;
  /** Converts `input` with a `--convert-to` filter into `outDir`; returns the path of the file written. */
  convert(input: string, filter: string, outDir: string, extension?: string): Promise<string>;
  /** Removes the temporary profile. */
  close(): Promise<void>;
}

/** The soffice program: BRIEFDECK_SOFFICE, else soffice/libreoffice on PATH, else the usual install places. */
export function findOffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BRIEFDECK_SOFFICE) return existsSync(env.BRIEFDECK_SOFFICE) ? env.BRIEFDECK_SOFFICE : undefined;
  return findProgram(['soffice', 'libreoffice'], FALLBACKS, env);
}

export function officeMissing(needed: string): BriefdeckError {
  return new BriefdeckError([problem('tool', `LibreOffice (soffice) was not found, so ${needed} could not be written`, { hint: INSTALL_LIBREOFFICE })]);
}

function timeLimit(options: OfficeOptions): number {
  if (options.timeoutMs) return options.timeoutMs;
  const seconds = Number((options.env ?? process.env).BRIEFDECK_SOFFICE_TIMEOUT);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : DEFAULT_TIMEOUT_S) * 1000;
}

/** Starts a LibreOffice session: each conversion runs `soffice --headless` with this session's own profile. */
export async function openOffice(needed: string, options: OfficeOptions = {}): Promise<Office> {
  const env = options.env ?? process.env;
  const program = findOffice(env);
  if (!program) throw officeMissing(needed);
  const profile = await mkdtemp(join(tmpdir(), 'briefdeck-lo-'));
  const timeoutMs = timeLimit(options);
  const convert = async (input: string, filter: string, outDir: string, extension = '.pdf') => {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--invisible',
      '--norestore',
      '--nolockcheck',
      '--nodefault',
      '--nologo',
      '--convert-to',
      filter,
      '--outdir',
      outDir,
      input,
    ];
    const result = await runTool(program, args, { timeoutMs, env });
    const output = join(outDir, basename(input, extname(input)) + extension);
    if (result.timedOut) {
      throw new BriefdeckError([
        problem('tool', `LibreOffice did not finish within ${timeoutMs / 1000} s and was stopped`, {
          file: input,
          hint: 'try again; raise the limit with BRIEFDECK_SOFFICE_TIMEOUT=SECONDS',
        }),
      ]);
    }
    if (result.code !== 0 || !existsSync(output) || statSync(output).size === 0) {
      const said = lastLines(`${result.stderr}\n${result.stdout}`);
      throw new BriefdeckError([
        problem('tool', `LibreOffice could not convert the deck (exit ${result.code ?? result.signal})${said ? `: ${said}` : ''}`, {
          file: input,
          hint: `ran ${program}`,
        }),
      ]);
    }
    return output;
  };
  return { program, convert, close: () => rm(profile, { recursive: true, force: true }) };
}

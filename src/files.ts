// Where things are on disk: the bundled templates, the briefs named on the command line, output paths.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BriefdeckError, problem } from './errors.js';

/** The package root (one level above src/ or dist/). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_TEMPLATES = join(PACKAGE_ROOT, 'templates');

const BRIEF_EXTENSIONS = new Set(['.yaml', '.yml']);

/** Expands files and directories (their *.yaml / *.yml, sorted) into brief files. */
export function briefFiles(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      return [input]; // reported as missing when read
    }
    if (!isDir) return [input];
    const found = readdirSync(input).filter((f) => BRIEF_EXTENSIONS.has(extname(f))).sort().map((f) => join(input, f));
    if (!found.length) throw new BriefdeckError([problem('read', 'no briefs (*.yaml, *.yml) in this directory', { file: input })]);
    return found;
  });
}

/** out/NAME.pptx for briefs/NAME.yaml */
export function outputPath(briefFile: string, outDir: string, extension = '.pptx'): string {
  return join(outDir, basename(briefFile, extname(briefFile)) + extension);
}

// Where things are on disk: the bundled templates, the briefs named on the command line, output paths.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { BriefdeckError, EXIT, problem, usageError, type Problem } from './errors.js';

export { DEFAULT_TEMPLATES, PACKAGE_ROOT } from './shared/package.js';

/** The one brief-file rule: *.yaml or *.yml in any letter case, hidden files (.name) skipped. */
export const isBriefName = (name: string): boolean => /\.ya?ml$/i.test(name) && !name.startsWith('.');

/** A directory's briefs, sorted by name; only regular files (or links to them) count. */
export function briefsInDirectory(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => isBriefName(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(dir, name));
}

/** Expands files and directories (their briefs, sorted) into brief files; a file named twice is built once. */
export function briefFiles(inputs: string[]): string[] {
  const seen = new Set<string>();
  return inputs
    .flatMap((input) => {
      let isDir: boolean;
      try {
        isDir = statSync(input).isDirectory();
      } catch {
        return [input]; // reported as missing when read
      }
      if (!isDir) return [input];
      const found = briefsInDirectory(input);
      if (!found.length) {
        const hidden = readdirSync(input).some((name) => name.startsWith('.') && /\.ya?ml$/i.test(name));
        throw new BriefdeckError([
          problem('read', 'no briefs (*.yaml, *.yml) in this directory', {
            file: input,
            hint: hidden ? 'hidden files (names starting with ".") are skipped' : undefined,
          }),
        ]);
      }
      return found;
    })
    .filter((file) => {
      const key = resolve(file);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * Where `build` writes a brief's deck: `outDir/NAME.pptx` for `briefs/NAME.yaml` (or another `extension`).
 *
 * @example
 * ```ts
 * outputPath('briefs/dialogue.yaml', 'out'); // 'out/dialogue.pptx'
 * ```
 */
export function outputPath(briefFile: string, outDir: string, extension = '.pptx'): string {
  return join(outDir, basename(briefFile, extname(briefFile)) + extension);
}

/** Which files a build writes besides the deck. */
export interface ExtraOutputs {
  pdf?: boolean; // NAME.pdf
  handout?: boolean; // NAME-notes.pdf
  preview?: boolean; // NAME.png and the folder NAME/
  html?: boolean; // NAME.html
}

/** Every path a build of `briefFile` writes into `outDir`. */
export function outputsOf(briefFile: string, outDir: string, extras: ExtraOutputs = {}): string[] {
  const stem = outputPath(briefFile, outDir, '');
  return [
    `${stem}.pptx`,
    ...(extras.pdf ? [`${stem}.pdf`] : []),
    ...(extras.handout ? [`${stem}-notes.pdf`] : []),
    ...(extras.preview ? [`${stem}.png`, stem] : []),
    ...(extras.html ? [`${stem}.html`] : []),
  ];
}

/**
 * Refuses, before anything is built, two briefs that would write the same output (out/brief.pptx from
 * d1/brief.yaml and d2/brief.yaml, or brief.yaml and brief.yml). Names differing only in letter case
 * count as the same: they are one file on macOS and Windows.
 */
export function refuseOutputClashes(briefs: string[], outDir: string, extras: ExtraOutputs = {}): void {
  const writer = new Map<string, string>();
  const problems: Problem[] = [];
  for (const brief of briefs) {
    for (const output of outputsOf(brief, outDir, extras)) {
      const key = resolve(output).normalize('NFC').toLowerCase();
      const earlier = writer.get(key);
      if (earlier === undefined) writer.set(key, brief);
      else if (earlier !== brief) {
        problems.push(
          problem('usage', `would write ${output}, which ${earlier} also writes; nothing was built`, {
            file: brief,
            hint: 'rename one of the briefs, or build them one at a time with different -o folders',
          }),
        );
        break;
      }
    }
  }
  if (problems.length) throw new BriefdeckError(problems, EXIT.refused);
}

/** -o: a folder (created when missing), never a file or the empty string. */
export function checkOutDir(outDir: string): void {
  if (outDir === '') throw usageError('-o: expected a directory, found an empty name', 'write -o . for the current directory');
  let isDirectory: boolean;
  try {
    isDirectory = statSync(outDir).isDirectory();
  } catch {
    return; // created by the build (a failure to create it is reported then)
  }
  if (!isDirectory)
    throw new BriefdeckError(
      [problem('usage', 'expected a directory for -o, found a file', { file: outDir, hint: 'choose a directory with -o, or remove the file' })],
      EXIT.usage,
    );
}

// What a watch session follows: the briefs named (files, or directories of *.yaml) and the template files.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { BriefdeckError, problem } from '../errors.js';
import { isBriefName } from '../files.js';
import type { NameFilter } from './dirwatch.js';

export interface WatchInputs {
  files: string[]; // briefs named one by one (they may be missing for a moment while an editor saves)
  dirs: string[]; // directories whose *.yaml / *.yml are all briefs, including ones added later
}

/** Sorts the command line into files and directories; a path whose directory does not exist is refused. */
export function classifyInputs(inputs: string[]): WatchInputs {
  const sorted: WatchInputs = { files: [], dirs: [] };
  for (const input of inputs) {
    if (existsSync(input) && statSync(input).isDirectory()) sorted.dirs.push(input);
    else if (existsSync(dirname(resolve(input)))) sorted.files.push(input);
    else throw new BriefdeckError([problem('read', 'no such file or directory', { file: input, hint: 'check the path' })]);
  }
  return sorted;
}

/** The briefs to build now: the named files, then each directory's briefs in name order, each once. */
export function currentBriefs(inputs: WatchInputs): string[] {
  const listed = inputs.dirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter(isBriefName).sort().map((name) => join(dir, name));
    } catch {
      return [];
    }
  });
  const seen = new Set<string>();
  return [...inputs.files, ...listed].filter((file) => {
    const key = resolve(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Directory → the names in it that trigger a rebuild. */
export function interestIn(inputs: WatchInputs, templateFiles: string[], templatesDir: string): Map<string, NameFilter> {
  const names = new Map<string, Set<string>>();
  const add = (file: string) => {
    const dir = resolve(dirname(file));
    names.set(dir, (names.get(dir) ?? new Set()).add(basename(file)));
  };
  inputs.files.forEach(add);
  templateFiles.forEach(add);
  const briefDirs = new Set(inputs.dirs.map((dir) => resolve(dir)));
  const templateDir = resolve(templatesDir);
  const interest = new Map<string, NameFilter>();
  for (const dir of new Set([...names.keys(), ...briefDirs, templateDir])) {
    const known = names.get(dir) ?? new Set<string>();
    interest.set(dir, (name) =>
      known.has(name) || (briefDirs.has(dir) && isBriefName(name)) || (dir === templateDir && isTemplateName(name)));
  }
  return interest;
}

/** theme.yaml and any *.hbs: a template added and then listed in theme.yaml is picked up. */
export function isTemplateName(name: string): boolean {
  return name === 'theme.yaml' || (extname(name) === '.hbs' && !name.startsWith('.'));
}

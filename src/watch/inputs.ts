// What a watch session follows: the briefs named (files, or directories of *.yaml) and the template files.
import { existsSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
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
      return readdirSync(dir)
        .filter(isBriefName)
        .sort()
        .map((name) => join(dir, name));
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
    interest.set(dir, (name) => known.has(name) || (briefDirs.has(dir) && isBriefName(name)) || (dir === templateDir && isTemplateName(name)));
  }
  return interest;
}

/** theme.yaml, labels.yaml and any *.hbs: a file added to the templates folder (replacing a bundled one, or listed in theme.yaml) is picked up. */
export function isTemplateName(name: string): boolean {
  return name === 'theme.yaml' || name === 'labels.yaml' || (extname(name) === '.hbs' && !name.startsWith('.'));
}

/** Where a symlinked file leads, link by link, each resolved (empty for a plain file): editing any of them changes what is read. */
export function linkChain(file: string): string[] {
  const chain: string[] = [];
  let current = resolve(file);
  for (let hop = 0; hop < 40; hop++) {
    // the kernel's own limit on links followed
    let target: string;
    try {
      target = readlinkSync(current);
      current = resolve(realpathSync(dirname(current)), target);
    } catch {
      break; // not a link (or not there): the end of the chain
    }
    chain.push(current);
  }
  return chain;
}

export interface Followed {
  interest: Map<string, NameFilter>;
  aliases: Map<string, string[]>; // a link's target (or a link in the chain) → the briefs and templates named through it
}

/**
 * What to watch now: the briefs' and templates' directories, those of every symlink target they go through, and the
 * pictures each brief names (`pictures`: brief → files), each a stand-in for its brief (as is its folder, when replaced).
 */
export function followed(inputs: WatchInputs, templateFiles: string[], templatesDir: string, pictures = new Map<string, string[]>()): Followed {
  const aliases = new Map<string, string[]>();
  const alias = (target: string, file: string) => aliases.set(target, [...(aliases.get(target) ?? []), resolve(file)]);
  for (const file of [...currentBriefs(inputs), ...templateFiles]) for (const target of linkChain(file)) alias(target, file);
  for (const [brief, files] of pictures) {
    for (const picture of files) for (const target of [resolve(picture), dirname(resolve(picture)), ...linkChain(picture)]) alias(target, brief);
  }
  return { interest: interestIn(inputs, [...templateFiles, ...aliases.keys()], templatesDir), aliases };
}

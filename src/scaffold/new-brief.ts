// `new`: writes a brief from templates/new-brief.yaml, with a schema modeline that works where the file lands.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { BriefdeckError, problem, usageError } from '../errors.js';
import { systemErrorWords } from '../shared/oserror.js';
import { invokedAs } from '../shared/invocation.js';
import { PACKAGE_ROOT } from '../files.js';

export const SCAFFOLD_FILE = join(PACKAGE_ROOT, 'templates', 'new-brief.yaml');
const SCHEMA_FILE = join(PACKAGE_ROOT, 'schema', 'brief.schema.json');
const MODELINE = /^# yaml-language-server: \$schema=.*$/m;
const NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i; // names Windows cannot create

/** The file name for a brief name: letters, digits, '.', '_' and '-', no path; `.yaml` added unless given. */
export function briefFileName(name: string): string {
  const stem = name.replace(/\.ya?ml$/i, '');
  if (!NAME.test(stem) || stem.includes('..') || stem.length > 100 || RESERVED.test(stem)) {
    throw usageError(
      `new: "${name}" is not a usable brief name`,
      `use letters, digits, "-", "_" and "." with no "/" or "..", e.g. ${invokedAs()} new nato-dialogue`,
    );
  }
  return /\.ya?ml$/i.test(name) ? name : `${stem}.yaml`;
}

/**
 * Where the editor finds the schema. Inside the project that holds this briefdeck (a clone of the repo, or
 * a project with briefdeck in node_modules) a relative path: offline, and the version that builds the brief.
 * Anywhere else (a global install, npx) the schema of this release as published on npm, served by unpkg.
 */
export function schemaReference(briefDir: string): string {
  const marker = `${sep}node_modules${sep}`;
  const installed = PACKAGE_ROOT.includes(marker);
  const root = installed ? PACKAGE_ROOT.slice(0, PACKAGE_ROOT.indexOf(marker)) : PACKAGE_ROOT;
  const linked = join(root, 'node_modules', 'briefdeck', 'schema', 'brief.schema.json'); // stable across upgrades (and pnpm)
  const schema = installed && existsSync(linked) ? linked : SCHEMA_FILE;
  const dir = realpathSync(briefDir);
  if (dir === root || dir.startsWith(root + sep)) return relative(dir, schema).split(sep).join('/');
  return `https://unpkg.com/briefdeck@${packageVersion()}/schema/brief.schema.json`;
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The scaffold text for a brief in `briefDir`: the modeline pointed at the schema, today as prepared_on. */
export function scaffoldText(schemaRef: string, today: Date = new Date()): string {
  const date = [today.getFullYear(), today.getMonth() + 1, today.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return readFileSync(SCAFFOLD_FILE, 'utf8')
    .replace(MODELINE, `# yaml-language-server: $schema=${schemaRef}`)
    .replace(/^prepared_on: \d{4}-\d{2}-\d{2}/m, `prepared_on: ${date}`);
}

/** Writes DIR/NAME.yaml; an existing file is never overwritten. Returns the path written. */
export function writeNewBrief(name: string, dir: string, schemaRef?: string): string {
  const file = join(dir, briefFileName(name));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new BriefdeckError([problem('write', `cannot create the directory: ${systemErrorWords(e)}`, { file: dir })]);
  }
  const text = scaffoldText(schemaRef ?? schemaReference(resolve(dir)));
  try {
    writeFileSync(file, text, { flag: 'wx' }); // wx: fails if the file exists, so nothing is overwritten
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new BriefdeckError([problem('write', 'already exists; not overwritten', { file, hint: 'choose another name, or delete the file first' })]);
    throw new BriefdeckError([problem('write', `cannot write the brief: ${systemErrorWords(e)}`, { file })]);
  }
  return file;
}

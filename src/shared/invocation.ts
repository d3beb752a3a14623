// How hints name the command: the way the user can run this same briefdeck again from their shell, here (`npx briefdeck`, `briefdeck`, `node …/bin/briefdeck.js`).
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join, sep } from 'node:path';
import { PACKAGE_ROOT } from './package.js';

const BIN = join(PACKAGE_ROOT, 'bin', 'briefdeck.js');

const real = (file: string): string | undefined => {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
};

/** The first `briefdeck` on the shell's PATH is this one. npm scripts put node_modules/.bin dirs on PATH; the user's shell does not have them. */
function onPath(env: NodeJS.ProcessEnv, bin: string): boolean {
  const names = process.platform === 'win32' ? ['briefdeck.cmd', 'briefdeck'] : ['briefdeck'];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir || `${dir}${sep}`.includes(`${sep}node_modules${sep}.bin${sep}`)) continue;
    for (const name of names) {
      const found = join(dir, name);
      if (!existsSync(found)) continue;
      if (process.platform === 'win32')
        return (
          existsSync(join(dir, 'node_modules', 'briefdeck', 'bin', 'briefdeck.js')) &&
          real(join(dir, 'node_modules', 'briefdeck', 'bin', 'briefdeck.js')) === bin
        );
      return real(found) === bin; // another briefdeck first on PATH would run instead
    }
  }
  return false;
}

/** npx, run where `cwd` is, finds this briefdeck: the project npm works in (the nearest folder with package.json or node_modules) has it in node_modules/.bin, or is briefdeck itself. */
function npxFinds(cwd: string, bin: string): boolean {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const hasPackage = existsSync(join(dir, 'package.json'));
    if (hasPackage || existsSync(join(dir, 'node_modules'))) {
      if (real(join(dir, 'node_modules', '.bin', 'briefdeck')) === bin) return true;
      if (!hasPackage || real(dir) !== real(PACKAGE_ROOT)) return false;
      return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'briefdeck';
    }
    if (dirname(dir) === dir) return false;
  }
}

/** A path quoted for a POSIX shell when it needs it, so a hint can be pasted as it is. */
export const shellQuoted = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/**
 * The command that runs this briefdeck, for hints (`next: … check briefs/x.yaml`):
 * 1. run through npx or `npm exec` (npm sets npm_command=exec, npm_lifecycle_event=npx): `npx briefdeck`;
 * 2. `briefdeck` on the shell's PATH is this one (a global install): `briefdeck`;
 * 3. npx finds it from the working directory (a project's dependency, an npm script, the repository itself): `npx briefdeck`;
 * 4. otherwise: `node /path/to/bin/briefdeck.js`.
 */
export function invokedAs(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  if (env.npm_command === 'exec' || env.npm_lifecycle_event === 'npx') return 'npx briefdeck';
  const bin = real(BIN) ?? BIN;
  if (onPath(env, bin)) return 'briefdeck';
  if (npxFinds(cwd, bin)) return 'npx briefdeck';
  return `node ${shellQuoted(BIN)}`;
}

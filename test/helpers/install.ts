// Installs a packed briefdeck into a folder as a user would (`npm install ./briefdeck-X.tgz`), offline: its dependencies come from npm's cache, which `npm ci` filled.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  dev?: boolean;
  link?: boolean;
  [key: string]: unknown;
}

/** The npm settings a run of its own keeps from the `npm test` around the tests: where the cache and the config files are. */
const KEPT = /^npm_config_(cache|userconfig|globalconfig)$/i;

/**
 * The environment for an npm run of its own: without the other npm_* variables of the `npm test` around the tests (they
 * name this repository as the project), and offline, so nothing is asked of the registry.
 */
export function npmEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name) || KEPT.test(name)));
  return { ...env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };
}

/**
 * A consumer project in `dir` whose lockfile pins briefdeck's dependencies as this repository's lockfile does. `npm ci`
 * stores packages in npm's cache by their integrity, not the registry's package lists, so an offline `npm install` needs the
 * versions and integrities from a lockfile; a user online resolves the same exact versions package.json names.
 */
export function writeConsumer(dir: string, repo: string, tarball: string): void {
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as Record<string, unknown>;
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const spec = `file:${tarball}`;
  const dependencies = Object.fromEntries(Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev && !entry.link));
  const integrity = `sha512-${createHash('sha512')
    .update(readFileSync(join(dir, tarball)))
    .digest('base64')}`;
  const { version, license, bin, engines } = manifest;
  const briefdeck = { version, resolved: spec, integrity, license, dependencies: manifest.dependencies, bin, engines };
  const root = { name: 'consumer', version: '1.0.0', private: true };
  const packages = { '': { ...root, dependencies: { briefdeck: spec } }, 'node_modules/briefdeck': briefdeck, ...dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(root, null, 2)}\n`);
  writeFileSync(join(dir, 'package-lock.json'), `${JSON.stringify({ ...root, lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
}

/** Runs npm in `cwd` (offline, on its own); its exit code and output. */
export function npm(args: string[], cwd: string) {
  return spawnSync('npm', args, { cwd, encoding: 'utf8', env: npmEnv() });
}

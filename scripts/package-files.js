// What the installed package needs to run, in one list: scripts/prepack.js checks a fresh build has it all, test/package/pack.test.ts that the tarball ships it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files the installed CLI and library read: the entry points, tsc's dist/, the CLI bundle with its worker stubs and code caches, templates, schema, licence. */
export const REQUIRED_FILES = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'bin/briefdeck.js',
  'bin/bundle-loader.cjs',
  'bin/package.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/library.js',
  'dist/library.d.ts',
  'dist/cli/main.js',
  'dist/cli/batch-worker.js',
  'dist/watch/worker.js',
  'dist/bundle/briefdeck.cjs',
  'dist/bundle/package.json',
  'dist/bundle/worker.js',
  'dist/bundle/batch-worker.js',
  'dist/bundle/briefdeck.cache',
  'dist/bundle/briefdeck-start.cache',
  'dist/bundle/briefdeck.no-opt.cache',
  'dist/bundle/briefdeck-start.no-opt.cache',
  'schema/brief.schema.json',
  'templates/theme.yaml',
  'templates/labels.yaml',
  'templates/new-brief.yaml',
];

/** Folders shipped whole: every file the repository has in them is in the package (templates, fonts and their licences). */
export const SHIPPED_FOLDERS = ['bin', 'templates', 'fonts', 'schema', 'dist/precomputed'];

/** Never in the package: sources, tests and their fixtures, the bench, build scripts, README pictures, sample briefs, CI, the bundle's source map. */
export const EXCLUDED = /^(src|test|bench|scripts|docs|briefs|out|\.ci|\.github|node_modules|scratch|coverage|\.vitest-tmp)\/|\.map$|\.tmp$|^\./;

/** Every file under `folder` of `root`, as package paths (forward slashes). */
export function filesIn(root, folder) {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(root, join(entry.parentPath ?? entry.path, entry.name))
        .split('\\')
        .join('/'),
    );
}

/** The required files missing from `root` (a built tree); dist/precomputed/ must hold data too. */
export function missingFiles(root) {
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(root, file)));
  if (!existsSync(join(root, 'dist', 'precomputed')) || !filesIn(root, 'dist/precomputed').length) missing.push('dist/precomputed/*.json');
  return missing;
}

/** What a build is made from: a change to any of them makes dist/ out of date. */
const BUILD_INPUTS = ['src', 'scripts'];
const BUILD_FILES = ['package.json', 'package-lock.json', 'tsconfig.json'];

/** Why `root` needs `npm run build` before it runs (dist/ missing, or a source newer than it), or undefined when its build is current. */
export function staleReason(root) {
  if (missingFiles(root).some((file) => file.startsWith('dist/'))) return 'dist/ is missing';
  const modified = (file) => statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const builtAt = Math.min(modified('dist/bundle/briefdeck.cjs'), modified('dist/index.js'));
  const sources = [...BUILD_FILES, ...BUILD_INPUTS.filter((folder) => existsSync(join(root, folder))).flatMap((folder) => filesIn(root, folder))];
  const newer = sources.find((file) => modified(file) > builtAt);
  return newer && `${newer} is newer than dist/`;
}

/** Runs `npm run build` in `root`, with the npm running this script when there is one (npm_execpath), else the npm on PATH. */
export function runBuild(root) {
  const npm = process.env.npm_execpath;
  execFileSync(npm ? process.execPath : 'npm', [...(npm ? [npm] : []), 'run', 'build'], { cwd: root, stdio: 'inherit' });
}

// Loads the CLI bundle (dist/bundle/briefdeck.cjs) with the V8 code cache made when it was built; falls back to dist/ when there is no fresh bundle.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE_DIR = join(DIST, 'bundle');
const BUNDLE_NAME = 'briefdeck.cjs';
/**
 * The code caches scripts/code-cache.js makes: `build` holds what a build compiles (after a warm-up build); `start` only the
 * bundle's top level, which is all that --version, help, `new` and `schema` run: deserializing the larger one would cost them more.
 */
const CACHES = { build: 'briefdeck.cache', start: 'briefdeck-start.cache' };
/** The commands that build or check briefs, so run with the `build` cache. */
const BUILDING = new Set(['build', 'check', 'preview', 'watch']);

const modifiedAt = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/**
 * Whether the bundle is there and no older than tsc's dist/ (after `tsc` alone, dist/ holds the newer code).
 * npm's tarballs give every file the same time, so a published package runs its bundle.
 */
function bundleIsFresh() {
  const bundled = modifiedAt(join(BUNDLE_DIR, BUNDLE_NAME));
  return bundled !== undefined && bundled >= (modifiedAt(join(DIST, 'cli', 'main.js')) ?? 0);
}

const readCache = (file) => {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
};

/**
 * Compiles the bundle as Node compiles a CommonJS module, with a cache (`build`, `start`, or none): V8 checks it and quietly
 * compiles from source when it was made by another Node version or with other flags, or is damaged. Nothing is written.
 * Returns the compiled script (scripts/code-cache.js makes the caches from it) and the bundle's exports.
 */
function compileBundle({ dir = BUNDLE_DIR, cache = 'build' } = {}) {
  const cachedData = cache ? readCache(join(dir, CACHES[cache])) : undefined;
  const source = readFileSync(join(dir, BUNDLE_NAME), 'latin1'); // scripts/bundle.js writes it in ASCII
  // Named as it is once in place: code from a cache keeps the name it was made under (in stack traces), and scripts/code-cache.js
  // makes the caches before scripts/bundle.js moves the folder to dist/bundle.
  const bundle = join(BUNDLE_DIR, BUNDLE_NAME);
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {}, filename: bundle };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, BUNDLE_DIR);
  return { script, exports: module.exports };
}

/** The bundle's exports (main, run and the worker roles), compiled with the `build` cache: the workers build decks. */
const loadBundle = () => compileBundle().exports;

/** The CLI's main(argv): the bundle's, or dist/'s when the bundle is missing or older than dist/. */
async function cliMain(argv) {
  if (bundleIsFresh()) return compileBundle({ cache: BUILDING.has(argv[0]) ? 'build' : 'start' }).exports.main;
  return (await import(pathToFileURL(join(DIST, 'cli', 'main.js')).href)).main;
}

module.exports = { CACHES, cliMain, compileBundle, loadBundle };

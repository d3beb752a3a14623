// Loads the CLI bundle (dist/bundle/briefdeck.cjs) with the V8 code cache made when it was built; falls back to dist/ when there is no fresh bundle.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE_DIR = join(DIST, 'bundle');
const BUNDLE = join(BUNDLE_DIR, 'briefdeck.cjs');
const CACHE = join(BUNDLE_DIR, 'briefdeck.cache');

const modifiedAt = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/**
 * Whether the bundle is there and no older than tsc's dist/ (after `tsc` alone, dist/ holds the newer code).
 * npm's tarballs give every file the same time, so a published package runs its bundle.
 */
function bundleIsFresh() {
  const bundled = modifiedAt(BUNDLE);
  return bundled !== undefined && bundled >= (modifiedAt(join(DIST, 'cli', 'main.js')) ?? 0);
}

const readCache = () => {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
};

/**
 * Compiles the bundle as Node compiles a CommonJS module, with the cached code when there is one: V8 checks it and
 * quietly compiles from source when it was made by another version or with other flags. Nothing is written.
 * Returns the compiled script (scripts/code-cache.js makes the cache from it) and the bundle's exports.
 */
function compileBundle({ useCache = true } = {}) {
  const cachedData = useCache ? readCache() : undefined;
  const source = readFileSync(BUNDLE, 'latin1'); // scripts/bundle.js writes it in ASCII
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {}, filename: BUNDLE };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, BUNDLE_DIR);
  return { script, exports: module.exports };
}

/** The bundle's exports (main and the worker roles). */
const loadBundle = () => compileBundle().exports;

/** The CLI's main(argv): the bundle's, or dist/'s when the bundle is missing or older than dist/. */
async function cliMain() {
  if (bundleIsFresh()) return loadBundle().main;
  return (await import(pathToFileURL(join(DIST, 'cli', 'main.js')).href)).main;
}

module.exports = { BUNDLE, CACHE, cliMain, compileBundle, loadBundle };

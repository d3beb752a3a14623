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
const CACHE_NAME = 'briefdeck.cache';

const modifiedAt = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/**
 * Whether the bundle is there and no older than tsc's dist/ (after `tsc` alone, dist/ holds the newer code).
 * npm's tarballs give every file the same time, so a published package runs its bundle.
 */
function bundleIsFresh() {
  const bundled = modifiedAt(join(BUNDLE_DIR, BUNDLE_NAME));
  return bundled !== undefined && bundled >= (modifiedAt(join(DIST, 'cli', 'main.js')) ?? 0);
}

const readCache = (dir) => {
  try {
    return readFileSync(join(dir, CACHE_NAME));
  } catch {
    return undefined;
  }
};

/**
 * Compiles the bundle as Node compiles a CommonJS module, with the cached code when there is one: V8 checks it and
 * quietly compiles from source when it was made by another version or with other flags. Nothing is written.
 * Returns the compiled script (scripts/code-cache.js makes the cache from it) and the bundle's exports.
 */
function compileBundle({ dir = BUNDLE_DIR, useCache = true } = {}) {
  const bundle = join(dir, BUNDLE_NAME);
  const cachedData = useCache ? readCache(dir) : undefined;
  const source = readFileSync(bundle, 'latin1'); // scripts/bundle.js writes it in ASCII
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = { exports: {}, filename: bundle };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, dir);
  return { script, exports: module.exports };
}

/** The bundle's exports (main and the worker roles). */
const loadBundle = () => compileBundle().exports;

/** The CLI's main(argv): the bundle's, or dist/'s when the bundle is missing or older than dist/. */
async function cliMain() {
  if (bundleIsFresh()) return loadBundle().main;
  return (await import(pathToFileURL(join(DIST, 'cli', 'main.js')).href)).main;
}

module.exports = { CACHE_NAME, cliMain, compileBundle, loadBundle };

// Loads the CLI bundle (dist/bundle/briefdeck.cjs) with the V8 code cache made when it was built; falls back to dist/ when there is no fresh bundle.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const Module = require('node:module');
const { availableParallelism } = require('node:os');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

/**
 * V8's optimising compiler (TurboFan) compiles hot functions on a background thread. With no core to spare (one CPU
 * available: a one-CPU container, or pinned with taskset) those compiles take the CPU from the build itself: the
 * 999-slide benchmark brief took 3.6 s with it and 2.85 s without on one CPU, while with two CPUs it is faster with it
 * (2.7 s against 3.2 s). So it is off only when this process has one CPU, or when BRIEFDECK_NO_OPT=1 asks;
 * BRIEFDECK_NO_OPT=0 keeps it on. (Batch workers on every core limit it instead: batch-worker.ts.) The flag is the process's, so worker
 * threads and the watch worker (which inherit the environment) run alike and take the code cache made for the same flags.
 */
function chooseCompiler() {
  if (process.env.BRIEFDECK_NO_OPT === undefined && availableParallelism() === 1) process.env.BRIEFDECK_NO_OPT = '1';
  const noOpt = process.env.BRIEFDECK_NO_OPT === '1';
  if (noOpt) require('node:v8').setFlagsFromString('--no-opt'); // node:v8 loads the stream modules: only when needed
  return noOpt;
}
const NO_OPT = chooseCompiler();

const DIST = join(__dirname, '..', 'dist');
const BUNDLE_DIR = join(DIST, 'bundle');
const BUNDLE_NAME = 'briefdeck.cjs';
/**
 * The code caches scripts/code-cache.js makes: `build` holds what a build compiles (after a warm-up build); `start` only the
 * bundle's top level, which is all that --version, help, `new` and `schema` run: deserializing the larger one would cost them more.
 */
const CACHES = { build: 'briefdeck.cache', start: 'briefdeck-start.cache' };
/** V8 rejects a cache made under other flags: without TurboFan the caches are the `.no-opt` pair. */
const cacheFile = (kind) => (NO_OPT ? CACHES[kind].replace(/\.cache$/, '.no-opt.cache') : CACHES[kind]);
/** The commands that build or check briefs, so run with the `build` cache. */
const BUILDING = new Set(['build', 'check', 'preview', 'watch']);

const modifiedAt = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/**
 * Whether the bundle is there and, in a development tree (one with src/), no older than tsc's dist/ (after `tsc` alone,
 * dist/ holds the newer code). An installed package has no src/ and always runs its bundle: npm unpacks its files with
 * the time of unpacking, one after another, so dist/cli/ (unpacked after dist/bundle/) is often the newer there.
 */
function bundleIsFresh() {
  const bundled = modifiedAt(join(BUNDLE_DIR, BUNDLE_NAME));
  if (bundled === undefined) return false;
  if (modifiedAt(join(DIST, '..', 'src')) === undefined) return true;
  return bundled >= (modifiedAt(join(DIST, 'cli', 'main.js')) ?? 0);
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
  const cachedData = cache ? readCache(join(dir, cacheFile(cache))) : undefined;
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

/**
 * A main for a tree that has not been built (a clone before `npm run build`; an installed package always holds its build):
 * says what to run instead of failing with a missing module.
 */
const notBuilt = () => {
  process.stderr.write(`briefdeck: not built yet (no ${join(DIST, 'cli', 'main.js')}): run \`npm run build\` in ${join(__dirname, '..')} first\n`);
  process.exitCode = 1;
};

/** The CLI's main(argv): the bundle's, or dist/'s when the bundle is missing or older than dist/. */
async function cliMain(argv) {
  if (bundleIsFresh()) return compileBundle({ cache: BUILDING.has(argv[0]) ? 'build' : 'start' }).exports.main;
  if (modifiedAt(join(DIST, 'cli', 'main.js')) === undefined) return notBuilt;
  return (await import(pathToFileURL(join(DIST, 'cli', 'main.js')).href)).main;
}

module.exports = { CACHES, cacheFile, cliMain, compileBundle, loadBundle };

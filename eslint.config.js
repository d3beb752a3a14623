// Lint rules: typescript-eslint's recommended set (no type information, so it stays fast) and the import boundaries between layers.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The layer order, lowest first: brief → templates → master → slides → pptx → html → pipeline → library/cli/watch/serve/export.
 * Each module names the modules it must not import (everything above it, and siblings it has no business with).
 * `shared/` and `errors.ts` are the base every layer may use; `files.ts` and `write.ts` are the disk helpers of
 * the layers that touch the disk (pipeline, scaffold, watch, export, cli), never of the pure stages below.
 */
// pictures.ts is the pipeline's picture step (files read and checked, positioned at the brief): above every stage, below the pipeline.
const ABOVE_PIPELINE = ['pictures', 'pipeline', 'library', 'scaffold', 'export', 'watch', 'serve', 'cli', 'index'];
const DISK = ['files', 'write'];
const FORBIDDEN = {
  shared: ['brief', 'templates', 'master', 'slides', 'pptx', 'html', ...DISK, ...ABOVE_PIPELINE],
  errors: ['brief', 'templates', 'master', 'slides', 'pptx', 'html', ...DISK, ...ABOVE_PIPELINE],
  files: ['brief', 'templates', 'master', 'slides', 'pptx', 'html', 'write', ...ABOVE_PIPELINE],
  write: ['brief', 'templates', 'master', 'slides', 'pptx', 'html', 'files', ...ABOVE_PIPELINE],
  brief: ['templates', 'master', 'slides', 'pptx', 'html', ...DISK, ...ABOVE_PIPELINE],
  templates: ['brief', 'master', 'slides', 'pptx', 'html', ...DISK, ...ABOVE_PIPELINE], // brief/schema only, see ONLY
  // A deck template's parts: the bundled default made from the theme, or a reference .pptx read, described and matched.
  master: ['brief', 'slides', 'pptx', 'html', ...DISK, ...ABOVE_PIPELINE],
  slides: ['pptx', 'html', ...DISK, ...ABOVE_PIPELINE],
  // The renderer draws the slide model; it does not read the brief (render.ts may still name the Brief type, see below).
  pptx: ['brief', 'html', ...DISK, ...ABOVE_PIPELINE],
  // The HTML renderer draws the same deck model beside pptx/, reusing its placeholder choices (slide-shapes.ts); it does not read the brief.
  html: ['brief', ...DISK, ...ABOVE_PIPELINE],
  pictures: ['pptx', 'html', 'pipeline', 'library', ...DISK, 'scaffold', 'export', 'watch', 'serve', 'cli', 'index'],
  pipeline: ['library', 'scaffold', 'export', 'watch', 'serve', 'cli', 'index'],
  // The library's one-call builds (a brief to a written deck): the pipeline with the disk helpers, for index.ts only.
  library: ['scaffold', 'export', 'watch', 'serve', 'cli', 'index'],
  scaffold: ['pipeline', 'library', 'export', 'watch', 'serve', 'cli', 'index'],
  // Exports work on a finished .pptx: they do not build decks or print to the terminal themselves.
  export: ['pipeline', 'library', 'scaffold', 'watch', 'serve', 'cli', 'index'],
  watch: ['library', 'scaffold', 'export', 'cli', 'index'],
  // The live preview server: watch in HTML mode, the error panel as the CLI prints problems (cli/output.ts); the watch worker builds its decks (serve/deck.ts).
  serve: ['library', 'scaffold', 'export', 'index'],
  cli: ['index'],
};
/** From these modules a layer may import only the files named: the templates read the Brief type and the loaded brief (to place a finding), not the brief's parsing. */
const ONLY = { templates: { brief: ['schema', 'load'] } };
const FOLDERS = new Set(['shared', 'brief', 'templates', 'master', 'slides', 'pptx', 'html', 'scaffold', 'export', 'watch', 'serve', 'cli']);

/** Import specifiers (gitignore-style, `!` exempts) for `target` as written from a file `up` folders below src/ (0: src/x.ts, 1: src/a/x.ts). */
function specifiers(module, target, up) {
  const prefix = up === 0 ? './' : '../'.repeat(up);
  if (!FOLDERS.has(target)) return [`${prefix}${target}.js`];
  return [`${prefix}${target}/*`, ...(ONLY[module]?.[target] ?? []).map((file) => `!${prefix}${target}/${file}.js`)];
}

/** The same as a regular expression for dynamic import(), written without "/" (esquery cannot read one inside a regex). */
function dynamicImportPattern(module, targets, up) {
  const prefix = up === 0 ? '\\.\\x2F' : '\\.\\.\\x2F'.repeat(up);
  const alternatives = targets.map((target) => {
    const only = ONLY[module]?.[target];
    return only ? `${target}\\x2F(?!(${only.join('|')})\\.js$)` : `${target}(\\x2F|\\.js$)`;
  });
  return `/^${prefix}(${alternatives.join('|')})/`;
}

function boundaries(module, files, up, { typeOnly = [] } = {}) {
  const forbidden = FORBIDDEN[module];
  const message = `src/${module} may not import this module (the layers and what each may import are in eslint.config.js).`;
  const group = (targets) => targets.flatMap((target) => specifiers(module, target, up));
  const strict = forbidden.filter((target) => !typeOnly.includes(target));
  const patterns = [{ group: group(strict), message }];
  if (typeOnly.length) patterns.push({ group: group(typeOnly), message: `${message} Type-only imports are tolerated here.`, allowTypeImports: true });
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      'no-restricted-syntax': ['error', { selector: `ImportExpression[source.value=${dynamicImportPattern(module, forbidden, up)}]`, message }],
    },
  };
}

const layerRules = Object.keys(FORBIDDEN).flatMap((module) =>
  FOLDERS.has(module)
    ? [1, 2, 3].map((up) => boundaries(module, [`src/${module}/${'*/'.repeat(up - 1)}*.ts`], up))
    : [boundaries(module, [`src/${module}.ts`], 0)],
);

/** Node's globals for the plain JavaScript files (bench, scripts, bin); TypeScript files get them from @types/node. */
const nodeGlobals = Object.fromEntries(
  (
    'process console Buffer URL URLSearchParams TextEncoder TextDecoder performance structuredClone globalThis setTimeout clearTimeout ' +
    'setInterval clearInterval setImmediate clearImmediate queueMicrotask AbortController fetch'
  )
    .split(' ')
    .map((name) => [name, 'readonly']),
);

export default defineConfig(
  { ignores: ['dist/', 'out/', 'scratch/', 'node_modules/', 'coverage/', '.vitest-tmp/', 'test/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: nodeGlobals },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are mistakes, except `_`-prefixed ones (callback slots, destructuring to drop a key).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Matching control characters is the point where it happens: characters XML forbids, terminal-safe output and their tests.
      'no-control-regex': 'off',
    },
  },
  {
    // CommonJS files (bin/, which loads the CLI bundle, and a test's preload): require() is how they import.
    files: ['**/*.cjs', 'bin/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['bench/**'],
    // The bench records the pptxgenjs instance its patched prototype methods run on.
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
  ...layerRules,
  // pptx/render.ts still names the Brief type for document properties until it reads them from the deck model.
  boundaries('pptx', ['src/pptx/render.ts'], 1, { typeOnly: ['brief'] }),
);

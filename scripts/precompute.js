// Build step (run by `npm run build`: `npm test`, `npm run deck` when dist/ is out of date, `npm pack`): data computed once at build time instead of at every start, in dist/precomputed/.
// Every entry is keyed by a hash of the content it was computed from (and each file by the package version), so a changed input is
// computed again at run time: the bundled templates compiled, the built-in themes and labels parsed, their default templates described.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TEMPLATES, PRECOMPUTED_DIR } from '../dist/shared/package.js';
import { freshValues, packageVersion } from '../dist/shared/precomputed.js';
import { describeOnce, DESCRIPTIONS } from '../dist/master/described.js';
import { defaultTemplate } from '../dist/master/default-template.js';
import { freshSpecs, TEMPLATES } from '../dist/templates/compiled.js';
import { loadTemplates } from '../dist/templates/render.js';
import { builtInThemeNames } from '../dist/templates/builtin-themes.js';
import { THEMES } from '../dist/templates/theme.js';
import { LABELS } from '../dist/templates/labels.js';
import { FONT_DIR, lineEmOf } from '../dist/slides/fonts.js';
import { faceInfo } from '../dist/slides/font-files.js';
import { fontFingerprint, fontTableName, makeFontTable } from '../dist/slides/font-tables.js';
import { loadFontkit } from '../dist/slides/fontkit.js';

/** Writes dist/precomputed/NAME.json atomically (a concurrent reader sees the old file or the new one, never half of one). */
function write(name, entries) {
  mkdirSync(PRECOMPUTED_DIR, { recursive: true });
  const file = join(PRECOMPUTED_DIR, `${name}.json`);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ version: packageVersion(), entries }));
  renameSync(temp, file);
  console.log(`precompute: ${file} (${Object.keys(entries).length} entries)`);
}

const started = performance.now();
rmSync(PRECOMPUTED_DIR, { recursive: true, force: true }); // computed afresh: nothing below reads an earlier build's data
for (const name of builtInThemeNames()) {
  const { theme } = loadTemplates(DEFAULT_TEMPLATES, name === 'default' ? {} : { theme: name }); // parses, checks and compiles the bundled set
  for (const rtl of [false, true]) describeOnce(defaultTemplate(theme, { rtl })); // the default template as prepareTemplate makes it
}
write(TEMPLATES, freshSpecs());
for (const name of [THEMES, LABELS, DESCRIPTIONS]) write(name, freshValues(name));
for (const name of readdirSync(FONT_DIR).filter((file) => /\.(ttf|otf)$/i.test(file))) {
  const file = join(FONT_DIR, name);
  const font = loadFontkit().openSync(file);
  const fingerprint = fontFingerprint(file);
  if (fingerprint === undefined || 'fonts' in font) continue; // a collection: measured through fontkit
  const { postscriptName, families, bold, italic } = faceInfo(file, font);
  write(fontTableName(fingerprint), { table: makeFontTable(font, { postscriptName, families, bold, italic }, lineEmOf(font)) });
}
console.log(`precompute: done in ${Math.round(performance.now() - started)} ms`);

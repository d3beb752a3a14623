// A theme in other fonts (Liberation Serif, DejaVu Sans), measured in them: LibreOffice draws those fonts and nothing overflows.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../src/files.js';
import { findFont } from '../../src/slides/font-files.js';
import { measurerFor } from '../../src/slides/font-measure.js';
import { FONT_DIR } from '../../src/slides/fonts.js';
import { missing } from '../helpers/tools.js';
import { BIN } from '../watch/child.js';

const TOOLS = resolve('..', 'shared', 'tools');
const root = mkdtempSync(join(tmpdir(), 'briefdeck-theme-render-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const FIXTURE = resolve('test/fixtures/stress-long-summary');
/** Liberation Serif is about as wide as Carlito, DejaVu Sans a quarter wider: measured as Calibri, its long summary ran over the footer. */
const THEMES = [
  { body: 'Liberation Serif', heading: 'DejaVu Sans' },
  { body: 'DejaVu Sans', heading: 'Liberation Serif' },
];

/** PostScript names of the fonts a PDF embeds, without the subset prefix (ABCDEF+). */
function pdfFonts(pdf: string): string[] {
  const listing = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2);
  return listing.map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).filter(Boolean);
}

describe.skipIf(missing('soffice', 'pdffonts', 'render-check', 'fc-scan'))('a theme measured in its own fonts, rendered', () => {
  it.each(THEMES)('renders the long-summary stress brief in $body and $heading with 0 problems, in the fonts it was measured with', (FONTS) => {
    const templates = join(root, `templates-${FONTS.body}`);
    mkdirSync(templates);
    const theme = readFileSync(join(DEFAULT_TEMPLATES, 'theme.yaml'), 'utf8')
      .replace(/^ {2}heading: .*$/m, `  heading: ${FONTS.heading}`)
      .replace(/^ {2}body: .*$/m, `  body: ${FONTS.body}`);
    writeFileSync(join(templates, 'theme.yaml'), theme);
    const out = join(root, `out-${FONTS.body}`);
    const build = spawnSync(process.execPath, [BIN, 'build', `${FIXTURE}.yaml`, '--templates', templates, '--pdf', '-o', out], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 240_000,
    });
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).not.toContain('not found on this system');
    const deck = join(out, 'stress-long-summary.pptx');
    const render = spawnSync(join(TOOLS, 'render-check'), [deck, '--expect', `${FIXTURE}.expect`], { encoding: 'utf8', timeout: 240_000 });
    expect(render.stdout.trim(), render.stdout + render.stderr).toMatch(/^\d+ slides, 0 problems$/);
    // LibreOffice drew the text with the very files the planner measured
    const drawn = pdfFonts(join(out, 'stress-long-summary.pdf'));
    // body text is regular, titles are bold
    for (const [family, bold] of [
      [FONTS.body, false],
      [FONTS.heading, true],
    ] as const) {
      const face = findFont({ family, bold }, { bundledDir: FONT_DIR });
      expect(face?.matches, family).toBe(true);
      const postscript = execFileSync('fc-scan', ['--format', '%{postscriptname}', face!.file], { encoding: 'utf8' }).trim();
      expect(drawn, family).toContain(postscript);
    }
    expect(measurerFor({ latin: FONTS.heading }).font.found).toBe(true);
  });
});

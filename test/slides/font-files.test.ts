// Fonts by family: theme files, the bundled Carlito for Calibri, fontconfig (metric-compatible aliases), and a font not found measured wider with a warning.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { afterAll, describe, expect, it } from 'vitest';
import type { BriefdeckError } from '../../src/errors.js';
import { findFont } from '../../src/slides/font-files.js';
import { fcMatch } from '../../src/slides/fontconfig.js';
import { measurerFor, NO_FONTCONFIG_MARGIN, NOT_FOUND_MARGIN, themeMeasurers } from '../../src/slides/font-measure.js';
import { FONT_DIR } from '../../src/slides/fonts.js';
import { SAFETY, sharedMeasurer } from '../../src/slides/measure.js';
import { loadTheme } from '../../src/templates/theme.js';
import { missing } from '../helpers/tools.js';

const LIBERATION = '/usr/share/fonts/truetype/liberation2';
const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const SAMPLE = 'The two sides exchanged views on defence exchanges, 2024 — Șerban';
const noFontconfig = () => {
  throw new Error('fc-match must not be asked');
};
const root = mkdtempSync(join(tmpdir(), 'briefdeck-fonts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Width in em of text in a font file, glyph by glyph (the measurer adds advances without kerning). */
function fontEm(file: string, text: string): number {
  const font = fontkit.openSync(file) as fontkit.Font;
  return [...text].reduce((sum, ch) => sum + font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth, 0) / font.unitsPerEm;
}
const measuredEm = (family: string, text = SAMPLE) => measurerFor({ latin: family }).measurer.width(text, 1) / SAFETY;

describe('finding a font file', () => {
  it('answers Calibri with the bundled Carlito, regular and bold, without asking fontconfig', () => {
    const regular = findFont({ family: 'Calibri' }, { bundledDir: FONT_DIR, system: noFontconfig });
    const bold = findFont({ family: 'calibri', bold: true }, { bundledDir: FONT_DIR, system: noFontconfig });
    expect(regular).toMatchObject({ file: join(FONT_DIR, 'Carlito-Regular.ttf'), source: 'bundled', matches: true });
    expect(bold).toMatchObject({ file: join(FONT_DIR, 'Carlito-Bold.ttf'), source: 'bundled', matches: true });
    expect(measurerFor({ latin: 'Calibri' }).measurer).toBe(sharedMeasurer());
  });

  it.skipIf(missing('fc-match', 'fonts-liberation2'))('finds Liberation Sans, and Arial as Liberation Sans, through fontconfig', () => {
    for (const family of ['Liberation Sans', 'Arial', 'helvetica']) {
      const found = measurerFor({ latin: family }).font;
      expect(found, family).toMatchObject({ found: true, margin: 1, measuredWith: 'Liberation Sans' });
      expect(found.file).toMatch(/LiberationSans-Regular\.ttf$/);
    }
    expect(findFont({ family: 'Arial', bold: true }, { bundledDir: FONT_DIR })?.file).toMatch(/LiberationSans-Bold\.ttf$/);
    const expected = fontEm(`${LIBERATION}/LiberationSans-Regular.ttf`, SAMPLE);
    expect(measuredEm('Arial')).toBeCloseTo(expected, 6);
    // wider than Calibri by what the two fonts' own advances say
    expect(measuredEm('Arial') / measuredEm('Calibri')).toBeCloseTo(expected / fontEm(join(FONT_DIR, 'Carlito-Regular.ttf'), SAMPLE), 6);
  });

  it.skipIf(missing('fc-match'))('measures a font that is not found with fontconfig’s fallback, wider by the margin, and warns naming it', () => {
    const fallback = findFont({ family: 'Frutiger Next Pro' }, { bundledDir: FONT_DIR });
    expect(fallback?.matches).toBe(false);
    const { font, measurer } = measurerFor({ latin: 'Frutiger Next Pro' });
    expect(font).toMatchObject({ found: false, margin: NOT_FOUND_MARGIN, measuredWith: fallback!.family, file: fallback!.file });
    expect(measurer.width(SAMPLE, 1) / SAFETY).toBeCloseTo(fontEm(fallback!.file, SAMPLE) * NOT_FOUND_MARGIN, 6);
    const theme = loadTheme('templates/theme.yaml');
    const { warnings } = themeMeasurers({ ...theme, fonts: { ...theme.fonts, body: 'Frutiger Next Pro' } }, 'theme.yaml');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', file: 'theme.yaml', path: 'fonts.body' });
    expect(warnings[0].message).toBe(`font "Frutiger Next Pro" not found on this system: measured with ${fallback!.family}, with a 10 % margin`);
    expect(warnings[0].hint).toContain('fonts.files in theme.yaml');
    expect(themeMeasurers(theme).warnings).toEqual([]);
  });

  it.skipIf(missing('fc-match', 'fc-list'))('has a margin that covers every proportional Latin font installed here, against the fallback', () => {
    const fallback = findFont({ family: 'Frutiger Next Pro' }, { bundledDir: FONT_DIR })!;
    const limit = fontEm(fallback.file, SAMPLE) * NOT_FOUND_MARGIN;
    const listed = [':style=Regular', ':style=Book'].map((pattern) => execFileSync('fc-list', [pattern, 'file'], { encoding: 'utf8' })).join('\n');
    const files = [...new Set(listed.split('\n').map((line) => line.replace(/:\s*$/, '').trim()))].filter((file) => /\.(ttf|otf)$/i.test(file));
    // proportional faces that draw the whole sample (monospaced fonts are not body fonts)
    const latin = files.filter((file) => {
      const font = fontkit.openSync(file) as fontkit.Font;
      return (
        [...SAMPLE].every((ch) => font.hasGlyphForCodePoint(ch.codePointAt(0)!)) &&
        (font as unknown as { post?: { isFixedPitch?: number } }).post?.isFixedPitch === 0
      );
    });
    expect(latin.length).toBeGreaterThan(3);
    if (process.env.BRIEFDECK_FONT_DUMP)
      console.log(
        latin
          .map((file) => `${(fontEm(file, SAMPLE) / fontEm(fallback.file, SAMPLE)).toFixed(3)} ${file}`)
          .sort()
          .join('\n'),
      );
    for (const file of latin) expect(fontEm(file, SAMPLE), file).toBeLessThanOrEqual(limit);
  });

  it('takes a missing fc-match as no answer', () => {
    const path = process.env.PATH;
    process.env.PATH = join(root, 'no-such-folder');
    try {
      expect(fcMatch('Optima Nova LT', false, false)).toBeUndefined();
    } finally {
      process.env.PATH = path;
    }
  });

  it('without fontconfig measures a font not found with Carlito, wider by its own margin', () => {
    const { font, measurer } = measurerFor({ latin: 'Frutiger Next Pro' }, { system: () => undefined });
    expect(font).toMatchObject({ found: false, measuredWith: 'Carlito', margin: NO_FONTCONFIG_MARGIN });
    expect(measurer.width(SAMPLE, 1) / SAFETY).toBeCloseTo(fontEm(join(FONT_DIR, 'Carlito-Regular.ttf'), SAMPLE) * NO_FONTCONFIG_MARGIN, 6);
  });
});

describe('fonts.files in theme.yaml', () => {
  const themeWith = (files: string[], body: string) => {
    const dir = join(root, `theme-${Math.random().toString(36).slice(2)}`);
    mkdirSync(join(dir, 'fonts'), { recursive: true });
    const text = loadThemeText().replace(/^ {2}body: .*$/m, `  body: ${body}\n  files: [${files.join(', ')}]`);
    writeFileSync(join(dir, 'theme.yaml'), text);
    return dir;
  };

  it.skipIf(missing('fonts-liberation2'))('measures with a font file the theme lists, relative to theme.yaml', () => {
    const dir = themeWith(['fonts/House-Serif.ttf'], 'Liberation Serif');
    copyFileSync(`${LIBERATION}/LiberationSerif-Regular.ttf`, join(dir, 'fonts', 'House-Serif.ttf'));
    const theme = loadTheme(join(dir, 'theme.yaml'));
    expect(theme.fonts.files).toEqual([join(dir, 'fonts', 'House-Serif.ttf')]);
    const { font, measurer } = measurerFor({ latin: theme.fonts.body, files: theme.fonts.files }, { system: () => undefined });
    expect(font).toMatchObject({ found: true, margin: 1, file: join(dir, 'fonts', 'House-Serif.ttf') });
    expect(measurer.width(SAMPLE, 1) / SAFETY).toBeCloseTo(fontEm(join(dir, 'fonts', 'House-Serif.ttf'), SAMPLE), 6);
    expect(themeMeasurers(theme).warnings).toEqual([]);
  });

  it.skipIf(missing('fc-match', 'fonts-liberation2'))('takes bold from the system when the theme lists only the regular face', () => {
    const regular = join(root, 'LiberationSerif-Regular-copy.ttf');
    copyFileSync(`${LIBERATION}/LiberationSerif-Regular.ttf`, regular);
    const withSystem = findFont({ family: 'Liberation Serif', bold: true }, { bundledDir: FONT_DIR, files: [regular] });
    expect(withSystem).toMatchObject({ source: 'system', matches: true });
    expect(withSystem?.file).toMatch(/LiberationSerif-Bold\.ttf$/);
    const alone = findFont({ family: 'Liberation Serif', bold: true }, { bundledDir: FONT_DIR, files: [regular], system: () => undefined });
    expect(alone).toMatchObject({ source: 'files', file: regular });
  });

  it.skipIf(missing('fonts-noto-cjk'))('picks the family’s face from a collection (.ttc)', () => {
    const found = findFont({ family: 'Noto Sans CJK JP' }, { bundledDir: FONT_DIR, files: [NOTO_CJK], system: noFontconfig });
    expect(found).toMatchObject({ file: NOTO_CJK, postscriptName: 'NotoSansCJKjp-Regular', source: 'files', matches: true });
  });

  it('refuses a listed font file that is not there, at its line in theme.yaml', () => {
    const dir = themeWith(['fonts/Missing.ttf'], 'House Sans');
    const refusal = (() => {
      try {
        loadTheme(join(dir, 'theme.yaml'));
      } catch (error) {
        return error as BriefdeckError;
      }
    })();
    expect(refusal?.problems).toHaveLength(1);
    const filesLine =
      loadThemeText()
        .split('\n')
        .findIndex((line) => /^ {2}body: /.test(line)) + 2; // the line written after body:
    expect(refusal?.problems[0]).toMatchObject({ file: join(dir, 'theme.yaml'), line: filesLine, path: 'fonts.files.0' });
    expect(refusal?.problems[0].message).toMatch(/^expected a font file, found nothing at .*Missing\.ttf$/);
  });
});

function loadThemeText(): string {
  return readFileSync('templates/theme.yaml', 'utf8');
}

// The bundled fonts' advance-width tables (made at build time) measure exactly as fontkit does; other fonts are still read with fontkit.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { faceInfo, facesOf } from '../../src/slides/font-files.js';
import { fontTable } from '../../src/slides/font-tables.js';
import { FONT_DIR, fontkitFace, openFace } from '../../src/slides/fonts.js';
import { createMeasurer } from '../../src/slides/measure.js';
import { missing } from '../helpers/tools.js';

const root = mkdtempSync(join(tmpdir(), 'briefdeck-font-tables-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const BUNDLED = readdirSync(FONT_DIR).filter((name) => name.endsWith('.ttf'));
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
/** Code points up to the end of the BMP's general scripts, and a sample of everything else. */
const EVERY_LOW = Array.from({ length: 0x3000 }, (_, cp) => cp);
const require = createRequire(import.meta.url);

describe('precomputed font tables (run `npm run build` if a table is missing)', () => {
  it.each(BUNDLED)('%s: a table with every glyph fontkit has, at the same width, line spacing and names', (name) => {
    const file = join(FONT_DIR, name);
    const table = fontTable(file);
    expect(table, `no precomputed table for ${name}`).toBeDefined();
    const tabled = openFace(file)!;
    const read = fontkitFace(file);
    const cps = [...EVERY_LOW, ...fc.sample(fc.integer({ min: 0x3000, max: 0x10ffff }), 2000)];
    expect(cps.map((cp) => tabled.advance(cp))).toEqual(cps.map((cp) => read.advance(cp)));
    expect(tabled.lineEm).toBe(read.lineEm);
    const font = require('fontkit').openSync(file);
    expect(table!.codePoints.length).toBe(new Set(font.characterSet.filter((cp: number) => font.hasGlyphForCodePoint(cp))).size);
    expect(facesOf(file)).toEqual([faceInfo(file, font)]); // family, style and PostScript name, as findFont reads them
  });

  it('measures any text as fontkit does (widths and wrapping, every style and script)', () => {
    const fontkitFaces = ['Regular', 'Bold', 'Italic', 'BoldItalic'].map((style) => fontkitFace(join(FONT_DIR, `Carlito-${style}.ttf`)));
    const tabled = createMeasurer();
    const read = createMeasurer(FONT_DIR, { face: (bold, italic = false) => fontkitFaces[(bold ? 1 : 0) + (italic ? 2 : 0)], widthScale: 1 });
    const letters = 'aAbзЖλΩéßﬁ0123 ,.;—–…‘’“”\u00a0\u2009אבגשלוםمرحبا😀中文ǅ\u0301';
    const text = fc.array(fc.constantFrom(...letters), { maxLength: 60 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), fc.boolean(), (sample, bold, italic) => {
        expect(tabled.width(sample, 18, bold)).toBe(read.width(sample, 18, bold));
        const runs = [{ text: sample, bold, italic }];
        expect(tabled.lines(runs, 200, 18)).toEqual(read.lines(runs, 200, 18));
      }),
      { numRuns: 300 },
    );
  });

  it('is content-keyed: a copy elsewhere uses the table, a font whose tables differ does not', () => {
    const copy = join(root, 'Carlito-Copy.ttf');
    copyFileSync(join(FONT_DIR, 'Carlito-Regular.ttf'), copy);
    expect(fontTable(copy)).toEqual(fontTable(join(FONT_DIR, 'Carlito-Regular.ttf')));
    const changed = readFileSync(copy);
    changed[12 + 4] ^= 0xff; // the first table's checksum in the table directory
    const other = join(root, 'Carlito-Changed.ttf');
    writeFileSync(other, changed);
    expect(fontTable(other)).toBeUndefined();
    expect(facesOf(other)).toEqual([expect.objectContaining({ file: other, families: ['Carlito'] })]); // read with fontkit
  });

  it.skipIf(missing('fonts-dejavu-core'))('measures a font without a table through fontkit', () => {
    expect(fontTable(DEJAVU)).toBeUndefined();
    const face = openFace(DEJAVU)!;
    const font = require('fontkit').openSync(DEJAVU);
    expect(face.advance(0x57)).toBe(font.glyphForCodePoint(0x57).advanceWidth / font.unitsPerEm);
    expect(face.advance(0x57)).not.toBe(openFace(join(FONT_DIR, 'Carlito-Regular.ttf'))!.advance(0x57));
  });
});

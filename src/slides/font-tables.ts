// Advance-width tables of font files, made at build time for the bundled fonts (dist/precomputed/), so fontkit is read only for other fonts.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type * as fontkit from 'fontkit';
import { contentHash, precomputed } from '../shared/precomputed.js';

/** What measuring needs of one font file (a single face, not a collection), as fontkit reads it. */
export interface FontTable {
  postscriptName: string;
  families: string[]; // the family and the typographic family, as the font names them
  bold: boolean;
  italic: boolean;
  unitsPerEm: number;
  lineEm: number; // single line spacing in em (see Face.lineEm)
  codePoints: number[]; // every code point the face has a glyph for, ascending, each as the step from the one before
  advances: number[]; // the advance width of each, in font units
}

/** The precomputed file of a font: dist/precomputed/font-FINGERPRINT.json, holding its table as the entry `table`. */
export const fontTableName = (fingerprint: string) => `font-${fingerprint}`;

/**
 * A content key of a TrueType/OpenType font file read from its first bytes: the file size, the header and the table
 * directory, which holds a checksum of every table, so any change to the font's data changes it. Undefined for collections
 * and anything else (those are never tabled).
 */
export function fontFingerprint(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const header = Buffer.alloc(12);
    if (readSync(fd, header, 0, 12, 0) !== 12) return undefined;
    const tag = header.readUInt32BE(0);
    if (tag !== 0x00010000 && tag !== 0x4f54544f && tag !== 0x74727565) return undefined; // 1.0, 'OTTO', 'true'
    const directory = Buffer.alloc(16 * header.readUInt16BE(4));
    if (readSync(fd, directory, 0, directory.length, 12) !== directory.length) return undefined;
    return contentHash([String(statSync(file).size), header, directory]);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The build's table of this font file, when it made one (the bundled fonts, unchanged since). */
export function fontTable(file: string): FontTable | undefined {
  const fingerprint = fontFingerprint(file);
  return fingerprint === undefined ? undefined : precomputed<FontTable>(fontTableName(fingerprint)).table;
}

/** A table's advance width (font units) of a code point, undefined when the face has no glyph for it (a binary search). */
export function advanceLookup(table: FontTable): (cp: number) => number | undefined {
  const codePoints = new Int32Array(table.codePoints.length);
  let cp = 0;
  for (let i = 0; i < codePoints.length; i++) codePoints[i] = cp += table.codePoints[i];
  return (wanted) => {
    let [low, high] = [0, codePoints.length - 1];
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (codePoints[middle] < wanted) low = middle + 1;
      else if (codePoints[middle] > wanted) high = middle - 1;
      else return table.advances[middle];
    }
    return undefined;
  };
}

/** For the build: a font's table, every code point it has a glyph for with fontkit's advance width. */
export function makeFontTable(font: fontkit.Font, info: Pick<FontTable, 'postscriptName' | 'families' | 'bold' | 'italic'>, lineEm: number): FontTable {
  const codePoints = [...new Set(font.characterSet)].filter((cp) => font.hasGlyphForCodePoint(cp)).sort((a, b) => a - b);
  return {
    ...info,
    unitsPerEm: font.unitsPerEm,
    lineEm,
    codePoints: codePoints.map((cp, i) => cp - (i ? codePoints[i - 1] : 0)),
    advances: codePoints.map((cp) => font.glyphForCodePoint(cp).advanceWidth),
  };
}

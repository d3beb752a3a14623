// Font metrics for measurement: advance widths (em) per script, from the fonts in fonts/ (Carlito, Noto Sans Arabic/Hebrew), tabled at build time.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as fontkit from 'fontkit';
import { advanceLookup, fontTable, type FontTable } from './font-tables.js';
import { loadFontkit } from './fontkit.js';
import { scriptOf, type Script } from './script.js';

export const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fonts');

/** CJK ideographs, kana, hangul and CJK punctuation: one em in Noto Sans CJK, Microsoft YaHei, Yu Gothic, Malgun Gothic (hangul is 0.92 em in Noto). */
export const CJK_EM = 1;
/** Emoji: colour emoji fonts draw them about 1.25 em wide (Noto Color Emoji 1.245, Segoe UI Emoji ≈ 1.3); a viewer without one draws a box. */
export const EMOJI_EM = 1.3;
/** Digits and punctuation inside CJK text are drawn by the East Asian font: Noto Sans CJK's half-width forms are up to 0.6 em. */
export const CJK_NEUTRAL_EM = 0.6;
/**
 * Arabic is shaped with Noto Sans Arabic and widened to cover the fonts a viewer may draw it with: LibreOffice falls back to
 * DejaVu Sans or Noto Kufi Arabic for Arial's Arabic (on running text up to 1.14 × Noto Sans Arabic, 1.18 × in bold).
 */
export const ARABIC_FALLBACK_FACTOR = { regular: 1.17, bold: 1.21 };
/** Width of a character no font here has (an unknown script): what a wide fallback font such as DejaVu Sans draws. */
export const UNKNOWN_EM = 0.75;

/** Single line spacing (em) of the fonts a viewer draws each script with; a line is as tall as its tallest script. */
export const LINE_EM: Record<Script, number> = {
  latin: 1.221, // Carlito = Calibri (win ascent + descent); LibreOffice uses 1.2 for every font in .pptx
  neutral: 1.221,
  mark: 1.221,
  cjk: 1.448, // Noto Sans CJK; PowerPoint sizes CJK lines from the East Asian font's metrics
  arabic: 1.221, // drawn with the complex-script font (Arial = Liberation Sans, 1.15) on a Calibri line
  hebrew: 1.221,
  emoji: 1.33, // Segoe UI Emoji
};

export interface Face {
  /** Advance width in em, or undefined when the font has no glyph for the code point. */
  advance(cp: number): number | undefined;
  /** Width in em of a whole word after shaping (joining forms, ligatures). */
  shaped(text: string): number;
  /** Single line spacing in em: the Windows ascent and descent, as PowerPoint sizes lines (Calibri's 1.221). */
  lineEm: number;
}

/** A font file's face (in a collection, the one with this PostScript name, else the first): from the build's table when it has one, else fontkit. */
export function openFace(file: string, postscriptName?: string): Face | undefined {
  if (!existsSync(file)) return undefined;
  const table = fontTable(file);
  return table ? tableFace(table, () => fontkitFace(file, postscriptName)) : fontkitFace(file, postscriptName);
}

/** The single line spacing of a font in em: its Windows ascent and descent, else ascent − descent + line gap. */
export function lineEmOf(font: fontkit.Font): number {
  const os2 = font['OS/2'] as { winAscent?: number; winDescent?: number } | undefined;
  const win = ((os2?.winAscent ?? 0) + (os2?.winDescent ?? 0)) / font.unitsPerEm;
  return win || (font.ascent - font.descent + font.lineGap) / font.unitsPerEm;
}

/** A face measured from its precomputed table; shaping (Arabic) opens the font with fontkit on first use. */
function tableFace(table: FontTable, shaper: () => Face): Face {
  const advanceOf = advanceLookup(table);
  let shaping: Face | undefined;
  return {
    lineEm: table.lineEm,
    shaped: (text) => (shaping ??= shaper()).shaped(text),
    advance(cp) {
      // a no-break space the face lacks (Carlito) is drawn as a space: PowerPoint's Calibri has it at a space's width
      const width = advanceOf(cp) ?? (cp === 0xa0 ? advanceOf(0x20) : undefined);
      return width === undefined ? undefined : width / table.unitsPerEm;
    },
  };
}

/** A face measured with fontkit (a font without a table; the tables are tested against it). */
export function fontkitFace(file: string, postscriptName?: string): Face {
  const opened = loadFontkit().openSync(file) as fontkit.Font | fontkit.FontCollection;
  const font = 'fonts' in opened ? (opened.fonts.find((face) => face.postscriptName === postscriptName) ?? opened.fonts[0]) : opened;
  const cache = new Map<number, number | undefined>();
  const words = new Map<string, number>();
  return {
    lineEm: lineEmOf(font),
    shaped(text) {
      let value = words.get(text);
      if (value === undefined) words.set(text, (value = font.layout(text).advanceWidth / font.unitsPerEm));
      return value;
    },
    advance(cp) {
      let value = cache.get(cp);
      if (value === undefined && !cache.has(cp)) {
        // a no-break space the face lacks (Carlito) is drawn as a space: PowerPoint's Calibri has it at a space's width
        const drawn = cp === 0xa0 && !font.hasGlyphForCodePoint(cp) ? 0x20 : cp;
        value = font.hasGlyphForCodePoint(drawn) ? font.glyphForCodePoint(drawn).advanceWidth / font.unitsPerEm : undefined;
        cache.set(cp, value);
      }
      return value;
    },
  };
}

/**
 * Regular, bold and (where the folder has them) italic faces of one family, opened on first use (Arabic and Hebrew fonts
 * are read only when a brief has such text); a missing bold is the regular face, a missing italic undefined.
 */
function lazyPair(dir: string, family: string): (bold: boolean, italic?: boolean) => Face | undefined {
  const faces: (Face | undefined | null)[] = [null, null, null, null];
  const names = ['Regular', 'Bold', 'Italic', 'BoldItalic'];
  const face = (bold: boolean, italic = false): Face | undefined => {
    const i = (bold ? 1 : 0) + (italic ? 2 : 0);
    if (faces[i] === null) faces[i] = openFace(join(dir, `${family}-${names[i]}.ttf`)) ?? (bold && !italic ? face(false) : undefined);
    return faces[i] ?? undefined;
  };
  return face;
}

export interface Metrics {
  /** Advance in em of one code point, drawn in the context of the last strong script before it (italic: never below upright). */
  advance(cp: number, bold: boolean, context: Script, italic?: boolean): number;
  /** Width in em of a run of Arabic letters, shaped. */
  arabic(text: string, bold: boolean): number;
  /** Single line spacing (em) of a line of Latin text in the measured font. */
  latinLineEm: number;
}

/** The faces Latin, Greek and Cyrillic are measured with, and a factor on their widths (a fallback for a font not found is measured wider). */
export interface LatinFaces {
  /** The face of a style; undefined for italic when the family has none (measured upright). */
  face(bold: boolean, italic?: boolean): Face | undefined;
  widthScale: number;
}

/**
 * LibreOffice draws every .pptx line 1.2 em apart whatever the font (24.0 pt at 20 pt in Carlito, Liberation Sans, Serif and Mono,
 * DejaVu Sans, Noto Sans); a font whose Windows ascent + descent is taller (Calibri 1.221, Noto Sans 1.362) is measured with that.
 */
export const MIN_LINE_EM = 1.2;

export function createMetrics(dir = FONT_DIR, latinFaces?: LatinFaces): Metrics {
  const latin = latinFaces ? latinFaces.face : lazyPair(dir, 'Carlito');
  const scale = latinFaces?.widthScale ?? 1;
  const arabic = lazyPair(dir, 'NotoSansArabic');
  const hebrew = lazyPair(dir, 'NotoSansHebrew');
  const uprightAdvance = (cp: number, bold: boolean) => {
    const advance = latin(bold)?.advance(cp);
    return advance === undefined ? undefined : advance * scale;
  };
  /** Italic glyphs are measured with the italic face, never narrower than upright (a viewer may slant the upright face). */
  const latinAdvance = (cp: number, bold: boolean, italic = false) => {
    const upright = uprightAdvance(cp, bold);
    const slanted = italic ? latin(bold, true)?.advance(cp) : undefined;
    return slanted === undefined || upright === undefined ? upright : Math.max(upright, slanted * scale);
  };
  const ascii = [0, 1, 2, 3].map((style) => Float64Array.from({ length: 128 }, (_, cp) => latinAdvance(cp, (style & 1) === 1, style >= 2) ?? UNKNOWN_EM));
  return {
    latinLineEm: latinFaces ? Math.max(MIN_LINE_EM, Math.ceil((latin(false)?.lineEm ?? LINE_EM.latin) * 1000) / 1000) : LINE_EM.latin,
    arabic(text, bold) {
      const face = arabic(bold);
      if (!face) return [...text].length * UNKNOWN_EM;
      return face.shaped(text) * ARABIC_FALLBACK_FACTOR[bold ? 'bold' : 'regular'];
    },
    advance(cp, bold, context, italic = false) {
      if (cp < 0x80 && (context === 'latin' || context === 'neutral' || context === 'mark' || context === 'emoji' || scriptOf(cp) === 'latin'))
        return ascii[(bold ? 1 : 0) + (italic ? 2 : 0)][cp];
      const script = scriptOf(cp);
      if (script === 'mark') return 0;
      if (script === 'cjk') return CJK_EM;
      if (script === 'emoji') return Math.max(EMOJI_EM, latinAdvance(cp, bold) ?? 0);
      if (script === 'arabic') return arabic(bold)?.advance(cp) ?? UNKNOWN_EM;
      if (script === 'hebrew') return hebrew(bold)?.advance(cp) ?? UNKNOWN_EM;
      const own = latinAdvance(cp, bold, italic);
      if (script === 'latin') return own ?? UNKNOWN_EM;
      // neutral (digits, spaces, punctuation): drawn by the font of the surrounding script
      if (context === 'cjk') return Math.max(own ?? 0, cp === 0x20 ? 0.25 : CJK_NEUTRAL_EM);
      if (context === 'arabic') return Math.max(own ?? 0, arabic(bold)?.advance(cp) ?? 0) || UNKNOWN_EM;
      if (context === 'hebrew') return Math.max(own ?? 0, hebrew(bold)?.advance(cp) ?? 0) || UNKNOWN_EM;
      return own ?? UNKNOWN_EM;
    },
  };
}

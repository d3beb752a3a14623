// Measures text with real font metrics (Carlito = Calibri's metrics) and wraps it to a width.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { Run } from './model.js';

const FONT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fonts');

interface Face {
  unitsPerEm: number;
  lineHeightEm: number;
  advance: (codePoint: number) => number | undefined; // em, or undefined if the font lacks the glyph
}

function openFace(file: string): Face | undefined {
  if (!existsSync(file)) return undefined;
  const font = fontkit.openSync(file) as fontkit.Font;
  const os2 = (font as unknown as { 'OS/2': { winAscent: number; winDescent: number } })['OS/2'];
  const cache = new Map<number, number | undefined>();
  return {
    unitsPerEm: font.unitsPerEm,
    lineHeightEm: (os2.winAscent + os2.winDescent) / font.unitsPerEm,
    advance(codePoint) {
      if (cache.has(codePoint)) return cache.get(codePoint);
      const value = font.hasGlyphForCodePoint(codePoint) ? font.glyphForCodePoint(codePoint).advanceWidth / font.unitsPerEm : undefined;
      cache.set(codePoint, value);
      return value;
    },
  };
}

/** Width in em of a character the font lacks, by script (what a fallback font draws). */
export function fallbackAdvance(codePoint: number): number {
  if (isWide(codePoint)) return 1.0;
  if (isZeroWidth(codePoint)) return 0;
  if (codePoint >= 0x1f000) return 1.2; // emoji are drawn wider than an em by most colour fonts
  if (codePoint >= 0x0600 && codePoint <= 0x08ff) return 0.55; // Arabic
  if (codePoint >= 0x0590 && codePoint <= 0x05ff) return 0.6; // Hebrew
  return 0.62;
}

/** CJK ideographs, kana, hangul and full-width forms: one em each, breakable anywhere. */
export function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
}

function isZeroWidth(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

export interface Measurer {
  /** Width of text in points at a size. */
  width(text: string, fontSize: number, bold?: boolean): number;
  /** Line height in points at a size (single spacing). */
  lineHeight(fontSize: number): number;
  /** Lines the runs wrap to in a width (points); explicit breaks start new lines. */
  wrap(runs: Run[], width: number, fontSize: number): string[];
}

/** Safety margin for viewers whose fonts or kerning differ slightly from the measurement. */
const SAFETY = 1.04;

export function createMeasurer(fontDir = FONT_DIR): Measurer {
  const regular = openFace(join(fontDir, 'Carlito-Regular.ttf'));
  const bold = openFace(join(fontDir, 'Carlito-Bold.ttf')) ?? regular;
  const lineHeightEm = regular?.lineHeightEm ?? 1.22;
  const charWidth = (cp: number, isBold: boolean) => (isBold ? bold : regular)?.advance(cp) ?? fallbackAdvance(cp);

  const width = (text: string, fontSize: number, isBold = false): number => {
    let em = 0;
    for (const ch of text) em += charWidth(ch.codePointAt(0)!, isBold);
    return em * fontSize * SAFETY;
  };

  const wrap = (runs: Run[], maxWidth: number, fontSize: number): string[] => {
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    const flush = () => { lines.push(line.trimEnd()); line = ''; lineWidth = 0; };
    for (const run of runs) {
      if (run.breakBefore && (line || lines.length)) flush();
      for (const token of tokens(run.text)) {
        const tokenWidth = width(token, fontSize, run.bold);
        if (lineWidth + tokenWidth <= maxWidth || (token.trim() === '' && line)) {
          line += token; lineWidth += tokenWidth;
          continue;
        }
        if (line.trim()) flush();
        if (token.trim() === '') continue;
        if (tokenWidth <= maxWidth) { line = token; lineWidth = tokenWidth; continue; }
        for (const ch of token) { // a word longer than the line breaks anywhere
          const w = width(ch, fontSize, run.bold);
          if (lineWidth + w > maxWidth && line) flush();
          line += ch; lineWidth += w;
        }
      }
    }
    if (line.trim() || lines.length === 0) flush();
    return lines;
  };

  return { width, wrap, lineHeight: (fontSize) => fontSize * lineHeightEm };
}

/** Break opportunities: words with their trailing space; each wide (CJK) character on its own. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isWide(cp)) {
      if (current) out.push(current);
      out.push(ch); current = '';
    } else if (ch === ' ') {
      current += ch; out.push(current); current = '';
    } else current += ch; // only spaces break: fewer assumed breaks can only over-estimate the lines
  }
  if (current) out.push(current);
  return out;
}

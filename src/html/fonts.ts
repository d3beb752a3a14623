// The deck's fonts as web fonts: @font-face rules for each family the slides use, from the same files the planner measured (bundled Carlito for Calibri, the theme's files, fontconfig's).
import { readFileSync, statSync } from 'node:fs';
import { findFont } from '../slides/font-files.js';
import { FONT_DIR } from '../slides/fonts.js';
import type { DeckModel } from '../slides/deck.js';
import { runsText, type Run, type Slide } from '../slides/model.js';
import { cssFamily, SCRIPT_FALLBACKS } from './style.js';

export interface FontFaceOptions {
  files?: readonly string[]; // the theme's font files (theme.yaml fonts.files, absolute), searched first
  url?: (file: string) => string; // where the page loads a font file from (default: a data: URI of its bytes)
}

const STYLES = [
  { bold: false, italic: false },
  { bold: true, italic: false },
  { bold: false, italic: true },
  { bold: true, italic: true },
];

/** Every family the slides' text is drawn in: placeholders' levels of every layout in use, and the body font. */
export function deckFamilies(model: DeckModel): string[] {
  const families = new Set<string>([model.style.fonts.body]);
  for (const layout of Object.values(model.layouts)) for (const ph of layout.placeholders) for (const level of ph.levels) families.add(level.font);
  for (const frame of [model.frame.content, model.frame.cover, model.frame.section])
    for (const text of Object.values(frame)) for (const level of text.levels) families.add(level.font);
  return [...families].filter((family) => family.trim() !== '');
}

function slideRuns(slide: Slide): Run[] {
  const blocks = (slide.placed ?? []).flatMap((p) =>
    p.block.kind === 'text'
      ? p.block.paragraphs.flatMap((q) => q.runs)
      : [...p.block.header.cells, ...p.block.rows.flatMap((r) => r.cells)].flat().flatMap((q) => q.runs),
  );
  return [{ text: slide.title }, { text: slide.subtitle ?? '' }, ...slide.lines.map((l) => ({ text: l.text })), ...blocks, ...(slide.message ?? [])];
}

const fontType = (file: string) => (/\.otf$/i.test(file) ? 'opentype' : /\.woff2$/i.test(file) ? 'woff2' : /\.woff$/i.test(file) ? 'woff' : 'truetype');
const MIME = { opentype: 'font/otf', truetype: 'font/ttf', woff: 'font/woff', woff2: 'font/woff2' } as const;

/** A font file's bytes, read once per process while its size and time are unchanged (a live preview asks on every save). */
const read = new Map<string, { stamp: string; bytes: Buffer; uri?: string }>();
function fontFile(file: string): { bytes: Buffer; uri?: string } {
  const stat = statSync(file);
  const stamp = `${stat.size}:${stat.mtimeMs}`;
  let known = read.get(file);
  if (known?.stamp !== stamp) read.set(file, (known = { stamp, bytes: readFileSync(file) }));
  return known;
}

function dataUri(file: string): string {
  const known = fontFile(file);
  return (known.uri ??= `data:${MIME[fontType(file)]};base64,${known.bytes.toString('base64')}`);
}

/**
 * Where a face's lines put their baseline, as shares of its size: `ascent` above it, `descent` below it, together the
 * single line height the planner measures (the Windows ascent and descent, src/slides/fonts.ts lineEmOf). The ascent
 * is the face's highest glyph (head yMax) where that is above its Windows ascent: measured against LibreOffice, whose
 * first baseline sits there (the sample's body lines then land on the very pixel rows LibreOffice draws them on at
 * 96 dpi; with the Windows ascent they were 2 px higher, with Carlito's hhea metrics 0.09 em higher still).
 */
export function lineMetrics(bytes: Uint8Array): { ascent: number; descent: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) return undefined;
  const tables = new Map<string, number>();
  for (let i = 0, count = view.getUint16(4); i < count && 12 + 16 * (i + 1) <= bytes.length; i++) {
    const at = 12 + 16 * i;
    tables.set(String.fromCharCode(...bytes.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const os2 = tables.get('OS/2');
  const head = tables.get('head');
  if (os2 === undefined || head === undefined || os2 + 78 > bytes.length || head + 44 > bytes.length) return undefined;
  const unitsPerEm = view.getUint16(head + 18);
  if (!unitsPerEm) return undefined;
  const line = (view.getUint16(os2 + 74) + view.getUint16(os2 + 76)) / unitsPerEm;
  const ascent = Math.max(view.getUint16(os2 + 74), view.getInt16(head + 42)) / unitsPerEm;
  return ascent < line ? { ascent, descent: line - ascent } : undefined;
}

/** One face, its ascent and descent overridden (lineMetrics) with no line gap: each line's baseline where LibreOffice puts it. */
function face(family: string, file: string, style: { bold: boolean; italic: boolean }, url: (file: string) => string): string {
  const weight = style.bold ? 700 : 400;
  const slant = style.italic ? 'italic' : 'normal';
  const lines = lineMetrics(fontFile(file).bytes);
  const metrics = lines ? `;ascent-override:${pct(lines.ascent)};descent-override:${pct(lines.descent)};line-gap-override:0%` : '';
  return `@font-face{font-family:"${cssFamily(family)}";src:url("${url(file)}") format("${fontType(file)}");font-weight:${weight};font-style:${slant};font-display:block${metrics}}`;
}

const pct = (em: number) => `${Math.round(em * 100000) / 1000}%`;

/**
 * @font-face rules for the deck's families (regular and bold; italic faces when some run is italic) and, when its text
 * has Arabic or Hebrew, the bundled Noto faces. A family not found gets the face fontconfig substitutes (what LibreOffice
 * draws); one in a font collection (.ttc) is left to the browser.
 */
export function fontFaces(model: DeckModel, options: FontFaceOptions = {}): string {
  const url = options.url ?? dataUri;
  const runs = model.slides.flatMap(slideRuns);
  const italic = runs.some((run) => run.italic);
  const text = runs.map((run) => run.text).join('') + runsText(runs.filter((r) => r.href));
  const rules: string[] = [];
  for (const family of deckFamilies(model)) {
    const files = new Set<string>();
    for (const style of STYLES.filter((s) => italic || !s.italic)) {
      const found = findFont({ family, ...style }, { files: options.files, bundledDir: FONT_DIR });
      if (!found || /\.(ttc|otc)$/i.test(found.file)) continue; // a family not found: the face fontconfig (and so LibreOffice) draws it with
      if (style.italic && files.has(found.file)) continue; // no italic face: the browser slants the regular one
      files.add(found.file);
      rules.push(face(family, found.file, style, url));
    }
  }
  const scripts = [/[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u, /[\u0590-\u05ff\ufb1d-\ufb4f]/u];
  SCRIPT_FALLBACKS.forEach((family, i) => {
    if (!scripts[i].test(text)) return;
    const stem = family.replace(/ /g, '');
    for (const bold of [false, true]) rules.push(face(family, `${FONT_DIR}/${stem}-${bold ? 'Bold' : 'Regular'}.ttf`, { bold, italic: false }, url));
  });
  return rules.join('\n');
}

// Measures text with real font metrics per script and wraps it to a width as PowerPoint and LibreOffice do.
import { createMetrics, FONT_DIR, LINE_EM, type LatinFaces, type Metrics } from './fonts.js';
import type { Run } from './model.js';
import { scriptOf, type Script } from './script.js';
import { wrapWith, type Line, type Piece } from './wrap.js';

export { isWide } from './script.js';
export { tokens } from './breaks.js';
export type { Line } from './wrap.js';

export interface Measurer {
  /** Width of text in points at a size. */
  width(text: string, fontSize: number, bold?: boolean): number;
  /** Height in points of one line of Latin text at a size (single spacing). */
  lineHeight(fontSize: number): number;
  /** Lines the runs wrap to in a width (points); explicit breaks start new lines. `bold` forces bold (table headers). */
  lines(runs: Run[], width: number, fontSize: number, bold?: boolean): Line[];
  /** Total height in points of the lines the runs wrap to (cached; what pagination asks for most). */
  height(runs: Run[], width: number, fontSize: number, bold?: boolean): number;
  /** Text of each line: `lines(...)` without the metrics. */
  wrap(runs: Run[], width: number, fontSize: number): string[];
}

/** Safety margin for viewers whose fonts or rounding differ slightly from the measurement (Calibri vs Carlito, hinting). */
export const SAFETY = 1.02;

/** Arabic letters (with their marks and tatweel): measured as whole shaped runs. */
const ARABIC_RUN = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+/gu;
const HAS_ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const CONTEXTS: Script[] = ['latin', 'neutral', 'mark', 'cjk', 'arabic', 'hebrew', 'emoji'];

/** Em width of text after a context script, its width without trailing spaces, the tallest line spacing it needs, and the context it leaves. */
function measurePiece(metrics: Metrics, lineEms: Record<Script, number>, text: string, bold: boolean, context: Script, italic: boolean): Piece {
  let em = 0;
  let lineEm = 0;
  let spaceEm = 0;
  const arabicRuns = HAS_ARABIC.test(text) ? [...text.matchAll(ARABIC_RUN)] : [];
  let nextRun = 0;
  for (let i = 0; i < text.length;) {
    const run = arabicRuns[nextRun];
    if (run && run.index === i) {
      em += metrics.arabic(run[0], bold);
      spaceEm = 0;
      context = 'arabic';
      lineEm = Math.max(lineEm, lineEms.arabic);
      i += run[0].length;
      nextRun++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const advance = metrics.advance(cp, bold, context, italic);
    em += advance;
    spaceEm = cp === 0x20 || cp === 0x09 || cp === 0x3000 ? spaceEm + advance : 0;
    const script = scriptOf(cp);
    if (script !== 'neutral' && script !== 'mark') context = script;
    lineEm = Math.max(lineEm, lineEms[script === 'neutral' ? context : script]);
  }
  return { em, fitEm: em - spaceEm, lineEm, context };
}

/** Line spacing per script: CJK and emoji lines from their own fonts, the rest from the Latin font's. */
function lineEmsOf(metrics: Metrics): Record<Script, number> {
  const latin = metrics.latinLineEm;
  return { ...LINE_EM, latin, neutral: latin, mark: latin, arabic: latin, hebrew: latin };
}

/** A measurer for the bundled fonts, or with `latinFaces` for Latin, Greek and Cyrillic (a theme's own font). */
export function createMeasurer(fontDir = FONT_DIR, latinFaces?: LatinFaces): Measurer {
  const metrics = createMetrics(fontDir, latinFaces);
  const lineEms = lineEmsOf(metrics);
  const caches = CONTEXTS.flatMap(() => [0, 1, 2, 3].map(() => new Map<string, Piece>())); // per context: regular, bold, italic, bold italic
  const slot = Object.fromEntries(CONTEXTS.map((c, i) => [c, 4 * i])) as Record<Script, number>;
  const piece = (text: string, bold: boolean, context: Script, italic = false): Piece => {
    const cache = caches[slot[context] + (bold ? 1 : 0) + (italic ? 2 : 0)];
    let value = cache.get(text);
    if (!value) cache.set(text, (value = measurePiece(metrics, lineEms, text, bold, context, italic)));
    return value;
  };

  /** First fit, as renderers fill lines; a word longer than a line is broken both ways renderers do, and the taller result kept. */
  const wrap = (runs: Run[], maxWidth: number, fontSize: number, bold: boolean, withText: boolean) => {
    const icu = wrapWith(piece, runs, maxWidth, fontSize, fontSize * SAFETY, bold, withText, 'icu', lineEms.latin);
    if (!icu.overlong) return icu;
    const url = wrapWith(piece, runs, maxWidth, fontSize, fontSize * SAFETY, bold, withText, 'url', lineEms.latin);
    return url.height > icu.height ? url : icu;
  };

  const lineCache = new WeakMap<Run[], Map<number, Line[]>>();
  const heightCache = new WeakMap<Run[], Map<number, number>>();
  /** At most WIDTHS_KEPT answers per text: column sizing tries 80 widths once each, and kept they held 7 MB on 1,000 slides. */
  const cached = <T>(store: WeakMap<Run[], Map<number, T>>, runs: Run[], key: number, make: () => T): T => {
    let byKey = store.get(runs);
    if (!byKey) store.set(runs, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) {
      if (byKey.size >= WIDTHS_KEPT) byKey.clear();
      byKey.set(key, (value = make()));
    }
    return value;
  };
  /** One number per (width to 1/1000 pt, size to 1/100 pt, bold). */
  const keyOf = (width: number, fontSize: number, bold: boolean) => (Math.round(width * 1000) * 100000 + Math.round(fontSize * 100)) * 2 + (bold ? 1 : 0);
  const lines = (runs: Run[], maxWidth: number, fontSize: number, bold = false) =>
    cached(lineCache, runs, keyOf(maxWidth, fontSize, bold), () => wrap(runs, maxWidth, fontSize, bold, true).lines);

  return {
    width: (text, fontSize, bold = false) => piece(text, bold, 'latin').em * fontSize * SAFETY,
    lineHeight: (fontSize) => fontSize * lineEms.latin,
    lines,
    height: (runs, maxWidth, fontSize, bold = false) =>
      cached(heightCache, runs, keyOf(maxWidth, fontSize, bold), () => wrap(runs, maxWidth, fontSize, bold, false).height),
    wrap: (runs, maxWidth, fontSize) => lines(runs, maxWidth, fontSize).map((l) => l.text),
  };
}

const WIDTHS_KEPT = 8;

let shared: Measurer | undefined;
/** One measurer per process for the shipped fonts (fonts are read once). */
export function sharedMeasurer(): Measurer {
  return (shared ??= createMeasurer());
}

/** Text cut with an ellipsis so that it fits on one line of `width` points (single-line boxes: footers). */
export function fitOneLine(measurer: Measurer, text: string, width: number, fontSize: number, bold = false): string {
  if (measurer.width(text, fontSize, bold) <= width) return text;
  let chars = [...text];
  while (chars.length > 1 && measurer.width(`${chars.join('').trimEnd()}…`, fontSize, bold) > width)
    chars = chars.slice(0, Math.max(1, chars.length - Math.ceil(chars.length / 20)));
  return `${chars.join('').trimEnd()}…`;
}

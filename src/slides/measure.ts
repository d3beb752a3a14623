// Measures text with real font metrics per script and wraps it to a width as PowerPoint and LibreOffice do.
import { softPieces, tokens, type SoftBreaks } from './breaks.js';
import { createMetrics, FONT_DIR, LINE_EM, type Metrics } from './fonts.js';
import type { Run } from './model.js';
import { scriptOf, type Script } from './script.js';

export { isWide } from './script.js';
export { tokens } from './breaks.js';

export interface Line {
  text: string;
  width: number; // points, without trailing spaces
  height: number; // points: single spacing of the tallest script on the line
}

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

interface Piece { em: number; fitEm: number; lineEm: number; context: Script }
interface Part { text: string; bold: boolean }

/** Arabic letters (with their marks and tatweel): measured as whole shaped runs. */
const ARABIC_RUN = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+/gu;
const HAS_ARABIC = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;

/** Em width of text after a context script, its width without trailing spaces, the tallest line spacing it needs, and the context it leaves. */
function measurePiece(metrics: Metrics, text: string, bold: boolean, context: Script): Piece {
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
      lineEm = Math.max(lineEm, LINE_EM.arabic);
      i += run[0].length;
      nextRun++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const advance = metrics.advance(cp, bold, context);
    em += advance;
    spaceEm = cp === 0x20 || cp === 0x09 || cp === 0x3000 ? spaceEm + advance : 0;
    const script = scriptOf(cp);
    if (script !== 'neutral' && script !== 'mark') context = script;
    lineEm = Math.max(lineEm, LINE_EM[script === 'neutral' ? context : script]);
  }
  return { em, fitEm: em - spaceEm, lineEm, context };
}

/** Runs split at explicit line breaks into hard lines of bold/regular parts. */
function hardLines(runs: Run[], forceBold: boolean): Part[][] {
  const lines: Part[][] = [[]];
  for (const run of runs) {
    if (run.breakBefore && (lines.length > 1 || lines[0].length)) lines.push([]);
    lines[lines.length - 1].push({ text: run.text, bold: forceBold || !!run.bold });
  }
  return lines;
}

/** The tokens of a hard line, each as the parts (bold/regular) it spans. */
function tokenParts(parts: Part[]): Part[][] {
  if (parts.length === 1) return tokens(parts[0].text).map((text) => [{ text, bold: parts[0].bold }]);
  const text = parts.map((p) => p.text).join('');
  let offset = 0;
  let index = 0;
  let start = 0;
  return tokens(text).map((token) => {
    const out: Part[] = [];
    const end = offset + token.length;
    while (offset < end) {
      while (start + parts[index].text.length <= offset) start += parts[index++].text.length;
      const stop = Math.min(end, start + parts[index].text.length);
      out.push({ text: text.slice(offset, stop), bold: parts[index].bold });
      offset = stop;
    }
    return out;
  });
}

interface LineSink {
  add(text: string, em: number, fitEm: number, lineEm: number): void;
  flush(): void;
  width(): number;
  empty(): boolean;
}

export function createMeasurer(fontDir = FONT_DIR): Measurer {
  const metrics = createMetrics(fontDir);
  const caches = new Map<string, Map<string, Piece>>();
  const piece = (text: string, bold: boolean, context: Script): Piece => {
    const cacheKey = bold ? `b${context}` : context;
    let cache = caches.get(cacheKey);
    if (!cache) caches.set(cacheKey, (cache = new Map()));
    let value = cache.get(text);
    if (!value) cache.set(text, (value = measurePiece(metrics, text, bold, context)));
    return value;
  };

  /** Greedy line filling (first fit) as renderers do; a word longer than a line is broken both ways renderers do, the taller result kept. */
  const wrapUncached = (runs: Run[], maxWidth: number, fontSize: number, bold: boolean, withText: boolean): Line[] => {
    const state = { overlong: false };
    const icu = wrapWith(runs, maxWidth, fontSize, bold, withText, 'icu', state);
    if (!state.overlong) return icu;
    const url = wrapWith(runs, maxWidth, fontSize, bold, withText, 'url', state);
    const height = (lines: Line[]) => lines.reduce((h, l) => h + l.height, 0);
    return height(url) > height(icu) ? url : icu;
  };

  const wrapWith = (runs: Run[], maxWidth: number, fontSize: number, bold: boolean, withText: boolean, rules: SoftBreaks, state: { overlong: boolean }): Line[] => {
    const out: Line[] = [];
    const scale = fontSize * SAFETY;
    const limit = maxWidth + 1e-9;
    let context: Script = 'latin';
    for (const hard of hardLines(runs, bold)) {
      let text = ''; let width = 0; let fitWidth = 0; let lineEm = LINE_EM.latin; let used = false;
      const line: LineSink = {
        add(t, em, fitEm, tokenLineEm) { fitWidth = width + fitEm * scale; width += em * scale; if (withText) text += t; used = true; if (tokenLineEm > lineEm) lineEm = tokenLineEm; },
        flush() { out.push({ text: text.trimEnd(), width: fitWidth, height: lineEm * fontSize }); text = ''; width = 0; fitWidth = 0; lineEm = LINE_EM.latin; used = false; },
        width: () => width,
        empty: () => !used,
      };
      for (const parts of tokenParts(hard)) {
        let em = 0; let fitEm = 0; let tokenLineEm = 0; let after: Script = context;
        for (const part of parts) {
          const p = piece(part.text, part.bold, after);
          fitEm = em + p.fitEm; em += p.em; tokenLineEm = Math.max(tokenLineEm, p.lineEm); after = p.context;
        }
        const tokenText = parts.length === 1 ? parts[0].text : parts.map((p) => p.text).join('');
        if (fitEm * scale <= limit) {
          if (width + fitEm * scale > limit && used) line.flush();
          line.add(tokenText, em, fitEm, tokenLineEm);
          context = after;
          continue;
        }
        state.overlong = true; // wider than a whole line: its first piece may still start on this line
        context = breakLongToken(parts, context, limit, scale, line, rules);
      }
      if (used || out.length === 0 || hard.length === 0 || hard.every((p) => p.text === '')) line.flush();
    }
    return out;
  };

  /** A token wider than the line: broken at URL punctuation, and a piece still too wide anywhere, as renderers do. */
  const breakLongToken = (parts: Part[], context: Script, limit: number, scale: number, line: LineSink, rules: SoftBreaks): Script => {
    const chars = parts.flatMap((part) => [...part.text].map((ch) => ({ ch, bold: part.bold })));
    let index = 0;
    for (const text of softPieces(parts.map((p) => p.text).join(''), rules)) {
      const span = chars.slice(index, index + [...text].length);
      index += span.length;
      const ems = span.map((c) => { const p = piece(c.ch, c.bold, context); context = p.context; return p; });
      const total = ems.reduce((s, p) => s + p.em, 0);
      if (line.width() + total * scale > limit && !line.empty() && total * scale <= limit) line.flush();
      if (line.width() + total * scale <= limit) {
        line.add(text, total, total, Math.max(...ems.map((p) => p.lineEm)));
        continue;
      }
      if (!line.empty()) line.flush(); // a piece wider than a line starts on a line of its own, then breaks anywhere
      span.forEach((c, i) => {
        if (line.width() + ems[i].em * scale > limit && !line.empty()) line.flush();
        line.add(c.ch, ems[i].em, ems[i].em, ems[i].lineEm);
      });
    }
    return context;
  };

  const lineCache = new WeakMap<Run[], Map<string, Line[]>>();
  const heightCache = new WeakMap<Run[], Map<string, number>>();
  const cached = <T>(store: WeakMap<Run[], Map<string, T>>, runs: Run[], key: string, make: () => T): T => {
    let byKey = store.get(runs);
    if (!byKey) store.set(runs, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = make()));
    return value;
  };
  const keyOf = (width: number, fontSize: number, bold: boolean) => `${Math.round(width * 1000)}|${fontSize}|${bold ? 1 : 0}`;
  const lines = (runs: Run[], maxWidth: number, fontSize: number, bold = false) =>
    cached(lineCache, runs, keyOf(maxWidth, fontSize, bold), () => wrapUncached(runs, maxWidth, fontSize, bold, true));

  return {
    width: (text, fontSize, bold = false) => piece(text, bold, 'latin').em * fontSize * SAFETY,
    lineHeight: (fontSize) => fontSize * LINE_EM.latin,
    lines,
    height: (runs, maxWidth, fontSize, bold = false) => cached(heightCache, runs, keyOf(maxWidth, fontSize, bold), () =>
      wrapUncached(runs, maxWidth, fontSize, bold, false).reduce((h, line) => h + line.height, 0)),
    wrap: (runs, maxWidth, fontSize) => lines(runs, maxWidth, fontSize).map((l) => l.text),
  };
}

let shared: Measurer | undefined;
/** One measurer per process for the shipped fonts (fonts are read once). */
export function sharedMeasurer(): Measurer {
  return (shared ??= createMeasurer());
}

/** Text cut with an ellipsis so that it fits on one line of `width` points (single-line boxes: footers). */
export function fitOneLine(measurer: Measurer, text: string, width: number, fontSize: number, bold = false): string {
  if (measurer.width(text, fontSize, bold) <= width) return text;
  let chars = [...text];
  while (chars.length > 1 && measurer.width(`${chars.join('').trimEnd()}…`, fontSize, bold) > width) chars = chars.slice(0, Math.max(1, chars.length - Math.ceil(chars.length / 20)));
  return `${chars.join('').trimEnd()}…`;
}

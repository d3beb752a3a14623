// Measures text with real font metrics per script and wraps it to a width as PowerPoint and LibreOffice do.
import { softPieces, tokens, trailingSpaces } from './breaks.js';
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
  /** Text of each line: `lines(...)` without the metrics. */
  wrap(runs: Run[], width: number, fontSize: number): string[];
}

/** Safety margin for viewers whose fonts or kerning differ slightly from the measurement (Calibri vs Carlito, hinting). */
export const SAFETY = 1.02;

interface Piece { em: number; lineEm: number; context: Script }
interface Part { text: string; bold: boolean }
interface Token { text: string; parts: Part[] }

/** Em width of text after a context script, the tallest line spacing it needs, and the context it leaves. */
function measurePiece(metrics: Metrics, text: string, bold: boolean, context: Script): Piece {
  let em = 0;
  let lineEm = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    em += metrics.advance(cp, bold, context);
    const script = scriptOf(cp);
    if (script !== 'neutral' && script !== 'mark') context = script;
    lineEm = Math.max(lineEm, LINE_EM[script === 'neutral' ? context : script]);
  }
  return { em, lineEm, context };
}

/** Runs split at explicit line breaks, each hard line cut into tokens that know the bold/regular parts they span. */
function hardLines(runs: Run[], forceBold: boolean): Token[][] {
  const lines: Part[][] = [[]];
  for (const run of runs) {
    if (run.breakBefore && (lines.length > 1 || lines[0].length)) lines.push([]);
    lines[lines.length - 1].push({ text: run.text, bold: forceBold || !!run.bold });
  }
  return lines.map((parts) => {
    const text = parts.map((p) => p.text).join('');
    let offset = 0;
    let partIndex = 0;
    let partStart = 0;
    return tokens(text).map((token) => {
      const out: Part[] = [];
      const end = offset + token.length;
      while (offset < end) {
        while (partStart + parts[partIndex].text.length <= offset) partStart += parts[partIndex++].text.length;
        const stop = Math.min(end, partStart + parts[partIndex].text.length);
        out.push({ text: text.slice(offset, stop), bold: parts[partIndex].bold });
        offset = stop;
      }
      return { text: token, parts: out };
    });
  });
}

export function createMeasurer(fontDir = FONT_DIR): Measurer {
  const metrics = createMetrics(fontDir);
  const pieceCache = new Map<string, Piece>();
  const piece = (text: string, bold: boolean, context: Script): Piece => {
    const key = `${bold ? 'b' : 'r'}${context}\u0000${text}`;
    let value = pieceCache.get(key);
    if (!value) pieceCache.set(key, (value = measurePiece(metrics, text, bold, context)));
    return value;
  };
  const tokenMetrics = (token: Token, context: Script) => {
    let em = 0;
    let lineEm = LINE_EM.latin;
    for (const part of token.parts) {
      const p = piece(part.text, part.bold, context);
      em += p.em; lineEm = Math.max(lineEm, p.lineEm); context = p.context;
    }
    const spaces = trailingSpaces(token.text);
    const spaceEm = spaces ? piece(token.text.slice(-spaces), token.parts[token.parts.length - 1].bold, context).em : 0;
    return { em, fitEm: em - spaceEm, lineEm, context };
  };
  const lineCache = new WeakMap<Run[], Map<string, Line[]>>();

  const wrapUncached = (runs: Run[], maxWidth: number, fontSize: number, bold: boolean): Line[] => {
    const out: Line[] = [];
    const scale = fontSize * SAFETY;
    for (const hard of hardLines(runs, bold)) {
      let text = ''; let width = 0; let fitWidth = 0; let lineEm = LINE_EM.latin; let context: Script = 'latin';
      const flush = () => { out.push({ text: text.trimEnd(), width: fitWidth, height: lineEm * fontSize }); text = ''; width = 0; fitWidth = 0; lineEm = LINE_EM.latin; };
      const add = (t: string, em: number, fitEm: number, tokenLineEm: number) => {
        fitWidth = width + fitEm * scale; width += em * scale; text += t; lineEm = Math.max(lineEm, tokenLineEm);
      };
      for (const token of hard) {
        const m = tokenMetrics(token, context);
        if (width + m.fitEm * scale <= maxWidth + 1e-9) { add(token.text, m.em, m.fitEm, m.lineEm); context = m.context; continue; }
        if (text) flush();
        if (m.fitEm * scale <= maxWidth + 1e-9) { add(token.text, m.em, m.fitEm, m.lineEm); context = m.context; continue; }
        context = breakLongToken(token, context, maxWidth, scale, { add, flush, width: () => width, hasText: () => text !== '' });
      }
      if (text || out.length === 0 || hard.length === 0) flush();
    }
    return out;
  };

  /** A token wider than the line: broken at URL punctuation, and a piece still too wide anywhere, as renderers do. */
  const breakLongToken = (token: Token, context: Script, maxWidth: number, scale: number, line: LineOps): Script => {
    const chars = token.parts.flatMap((part) => [...part.text].map((ch) => ({ ch, bold: part.bold })));
    let index = 0;
    for (const text of softPieces(token.text)) {
      const span = chars.slice(index, index + [...text].length);
      index += span.length;
      const ems = span.map((c) => { const p = piece(c.ch, c.bold, context); context = p.context; return p; });
      const total = ems.reduce((s, p) => s + p.em, 0);
      if (line.width() + total * scale > maxWidth && line.hasText() && total * scale <= maxWidth) line.flush();
      if (line.width() + total * scale <= maxWidth) {
        line.add(text, total, total, Math.max(...ems.map((p) => p.lineEm)));
        continue;
      }
      span.forEach((c, i) => {
        if (line.width() + ems[i].em * scale > maxWidth && line.hasText()) line.flush();
        line.add(c.ch, ems[i].em, ems[i].em, ems[i].lineEm);
      });
    }
    return context;
  };

  const lines = (runs: Run[], maxWidth: number, fontSize: number, bold = false): Line[] => {
    const key = `${maxWidth.toFixed(3)}|${fontSize}|${bold ? 1 : 0}`;
    let byKey = lineCache.get(runs);
    if (!byKey) lineCache.set(runs, (byKey = new Map()));
    let value = byKey.get(key);
    if (!value) byKey.set(key, (value = wrapUncached(runs, maxWidth, fontSize, bold)));
    return value;
  };

  return {
    width: (text, fontSize, bold = false) => piece(text, bold, 'latin').em * fontSize * SAFETY,
    lineHeight: (fontSize) => fontSize * LINE_EM.latin,
    lines,
    wrap: (runs, maxWidth, fontSize) => lines(runs, maxWidth, fontSize).map((l) => l.text),
  };
}

interface LineOps {
  add(text: string, em: number, fitEm: number, lineEm: number): void;
  flush(): void;
  width(): number;
  hasText(): boolean;
}

let shared: Measurer | undefined;
/** One measurer per process for the shipped fonts (fonts are read once). */
export function sharedMeasurer(): Measurer {
  return (shared ??= createMeasurer());
}

/** Text cut with an ellipsis so that it fits on one line of `width` points (single-line boxes: footers, banners). */
export function fitOneLine(measurer: Measurer, text: string, width: number, fontSize: number, bold = false): string {
  if (measurer.width(text, fontSize, bold) <= width) return text;
  let chars = [...text];
  while (chars.length > 1 && measurer.width(`${chars.join('').trimEnd()}…`, fontSize, bold) > width) chars = chars.slice(0, Math.max(1, chars.length - Math.ceil(chars.length / 20)));
  return `${chars.join('').trimEnd()}…`;
}

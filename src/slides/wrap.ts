// Greedy first-fit line filling, as PowerPoint and LibreOffice fill lines: tokens of measured width, explicit breaks, over-long words.
import { softPieces, tokens, type SoftBreaks } from './breaks.js';
import { LINE_EM } from './fonts.js';
import { tagFontSize, type Run } from './model.js';
import type { Script } from './script.js';

/** Measured text: width in em (with and without trailing spaces), tallest line spacing (em), the script context it leaves. */
export interface Piece {
  em: number;
  fitEm: number;
  lineEm: number;
  context: Script;
}
export type PieceOf = (text: string, bold: boolean, context: Script, italic?: boolean) => Piece;

export interface Line {
  text: string;
  width: number; // points, without trailing spaces
  height: number; // points: single spacing of the tallest script on the line
}

interface Part {
  text: string;
  bold: boolean;
  italic?: boolean;
  size: number; // share of the font size it is drawn at (a tag is drawn smaller)
}

/** Collects lines, or only their total height when no text is wanted (pagination asks for heights thousands of times). */
class LineBuilder {
  lines: Line[] = [];
  count = 0;
  total = 0;
  text = '';
  width = 0;
  fitWidth = 0;
  lineEm: number;
  used = false;
  constructor(
    readonly fontSize: number,
    readonly scale: number,
    readonly withText: boolean,
    readonly baseLineEm: number,
  ) {
    this.lineEm = baseLineEm;
  }

  add(text: string, em: number, fitEm: number, lineEm: number): void {
    this.fitWidth = this.width + fitEm * this.scale;
    this.width += em * this.scale;
    if (this.withText) this.text += text;
    this.used = true;
    if (lineEm > this.lineEm) this.lineEm = lineEm;
  }

  flush(): void {
    const height = this.lineEm * this.fontSize;
    this.total += height;
    this.count++;
    if (this.withText) this.lines.push({ text: this.text.trimEnd(), width: this.fitWidth, height });
    this.text = '';
    this.width = 0;
    this.fitWidth = 0;
    this.lineEm = this.baseLineEm;
    this.used = false;
  }
}

/** Runs split at explicit line breaks into hard lines of parts in their faces (bold, italic) and sizes (a tag as drawn: bold, smaller). */
function hardLines(runs: Run[], forceBold: boolean, fontSize: number): Part[][] {
  const lines: Part[][] = [[]];
  for (const run of runs) {
    if (run.breakBefore && (lines.length > 1 || lines[0].length)) lines.push([]);
    const tag = run.style === 'tag';
    lines[lines.length - 1].push({
      text: run.text,
      bold: forceBold || !!run.bold || tag,
      italic: !!run.italic,
      size: tag ? tagFontSize(fontSize, run.minSize) / fontSize : 1,
    });
  }
  return lines;
}

/** The tokens of a hard line of several runs, each as the parts (bold/regular) it spans. */
function tokenParts(parts: Part[]): Part[][] {
  const text = parts.map((p) => p.text).join('');
  let offset = 0;
  let index = 0;
  let start = 0;
  return tokensOf(text).map((token) => {
    const out: Part[] = [];
    const end = offset + token.length;
    while (offset < end) {
      while (start + parts[index].text.length <= offset) start += parts[index++].text.length;
      const stop = Math.min(end, start + parts[index].text.length);
      out.push({ text: text.slice(offset, stop), bold: parts[index].bold, italic: parts[index].italic, size: parts[index].size });
      offset = stop;
    }
    return out;
  });
}

/**
 * tokens(), remembered for the texts wrapped most recently: column sizing and pagination wrap the same text at many
 * widths and sizes, and cutting it again each time was a quarter of the planning's garbage. Callers only read the array.
 */
const recentTokens = new Map<string, string[]>();
const RECENT_TEXTS = 4096;
function tokensOf(text: string): string[] {
  let found = recentTokens.get(text);
  if (!found) {
    if (recentTokens.size >= RECENT_TEXTS) recentTokens.clear();
    recentTokens.set(text, (found = tokens(text)));
  }
  return found;
}

/** First-fit wrap of runs into a width (points) with one rule set for words longer than a line; an empty line is `baseLineEm` tall. */
export function wrapWith(
  piece: PieceOf,
  runs: Run[],
  maxWidth: number,
  fontSize: number,
  scale: number,
  forceBold: boolean,
  withText: boolean,
  rules: SoftBreaks,
  baseLineEm = LINE_EM.latin,
) {
  const line = new LineBuilder(fontSize, scale, withText, baseLineEm);
  const limit = maxWidth + 1e-9;
  let context: Script = 'latin';
  let overlong = false;
  for (const hard of hardLines(runs, forceBold, fontSize)) {
    const single = hard.length === 1 ? hard[0] : undefined;
    for (const token of single ? tokensOf(single.text) : tokenParts(hard)) {
      let em = 0;
      let fitEm = 0;
      let lineEm = 0;
      let after: Script = context;
      if (typeof token === 'string') {
        // one run on the line (the usual case): no parts to build
        const p = piece(token, single!.bold, after, single!.italic);
        em = p.em * single!.size;
        fitEm = p.fitEm * single!.size;
        lineEm = p.lineEm;
        after = p.context;
      } else {
        for (const part of token) {
          const p = piece(part.text, part.bold, after, part.italic);
          fitEm = em + p.fitEm * part.size;
          em += p.em * part.size;
          if (p.lineEm > lineEm) lineEm = p.lineEm;
          after = p.context;
        }
      }
      if (fitEm * scale <= limit) {
        if (line.width + fitEm * scale > limit && line.used) line.flush();
        line.add(typeof token === 'string' ? token : token.map((p) => p.text).join(''), em, fitEm, lineEm);
        context = after;
        continue;
      }
      overlong = true; // wider than a whole line: its first piece may still start on this line
      context = breakLongToken(piece, typeof token === 'string' ? [{ ...single!, text: token }] : token, context, limit, line, rules);
    }
    if (line.used || line.count === 0 || hard.every((p) => p.text === '')) line.flush();
  }
  return { lines: line.lines, height: line.total, overlong };
}

/** A token wider than the line: broken at the rule set's punctuation, and a piece still too wide anywhere, on a line of its own. */
function breakLongToken(piece: PieceOf, parts: Part[], context: Script, limit: number, line: LineBuilder, rules: SoftBreaks): Script {
  let part = 0;
  let partEnd = parts[0].text.length;
  let offset = 0;
  for (const text of softPieces(parts.map((p) => p.text).join(''), rules)) {
    const chars: string[] = [];
    const ems: Piece[] = [];
    let total = 0;
    let lineEm = 0;
    for (const ch of text) {
      // one pass per character, no spread: a 1 MB word has a million of them
      while (offset >= partEnd && part < parts.length - 1) partEnd += parts[++part].text.length;
      const drawn = piece(ch, parts[part].bold, context, parts[part].italic);
      const p = parts[part].size === 1 ? drawn : { ...drawn, em: drawn.em * parts[part].size, fitEm: drawn.fitEm * parts[part].size };
      context = p.context;
      chars.push(ch);
      ems.push(p);
      total += p.em;
      if (p.lineEm > lineEm) lineEm = p.lineEm;
      offset += ch.length;
    }
    if (line.width + total * line.scale > limit && line.used && total * line.scale <= limit) line.flush();
    if (line.width + total * line.scale <= limit) {
      line.add(text, total, total, lineEm);
      continue;
    }
    if (line.used) line.flush(); // a piece wider than a line starts on a line of its own, then breaks anywhere
    for (let i = 0; i < chars.length; i++) {
      if (line.width + ems[i].em * line.scale > limit && line.used) line.flush();
      line.add(chars[i], ems[i].em, ems[i].em, ems[i].lineEm);
    }
  }
  return context;
}

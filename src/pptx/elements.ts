// Draws each kind of planned block onto a pptxgenjs slide: text boxes with bullets, tables, and the runs of any text, tagged with language and direction.
import type { PptxSlide, TableCell, TextProps, TextRun } from './pptxgen.js';
import type { DeckStyle } from '../slides/deck.js';
import { tagFontSize, type Paragraph, type PlacedBlock, type Run, type TableBlock } from '../slides/model.js';
import { CELL_PARAGRAPH_GAP } from '../slides/fit.js';
import { listStarts } from '../slides/numbering.js';
import { isRtlScript, isRtlText, languageForScript, scriptOf, scriptOfLanguage, type Script } from '../slides/script.js';

export interface DrawContext {
  style: DeckStyle;
  lang: string;
}

/** An invisible bullet: the rest of a split bullet keeps the bullet's indent without drawing a second bullet. */
const HIDDEN_BULLET = '00A0';

function runColour(run: Run, style: DeckStyle, base: string): string {
  if (run.href) return style.colours.accent;
  if (run.style === 'muted') return style.colours.muted;
  if (run.style === 'tag') return style.colours.accent;
  return base;
}

/** Emoji are drawn with a colour emoji font of their own (PowerPoint does the same); LibreOffice garbles them inside Arabic runs otherwise. */
export const EMOJI_FONT = 'Segoe UI Emoji';
const EMOJI_SEQUENCE =
  /((?:[#*0-9]\uFE0F?\u20E3|[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}](?:\uFE0F|[\u{E0020}-\u{E007F}])*)(?:\u200D?(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}](?:\uFE0F|[\u{E0020}-\u{E007F}])*))*)/u;
/** An emoji sequence, not a text symbol such as © or ™ that the body font draws. */
const isEmojiPiece = (text: string) => /[\u{2300}-\u{2BFF}\u{1F000}-\u{1FFFF}\p{Regional_Indicator}]|\uFE0F|\u20E3/u.test(text) && !/\p{L}/u.test(text);

/** Characters that are Latin or neutral to scriptOf and never an emoji piece: text of only these is one piece in the deck's language. */
const ONE_SEGMENT = /^[\u0000-\u058f\u2000-\u206f\u20a0-\u20cf]*$/;

export interface Segment {
  text: string;
  lang: string;
  emoji?: boolean;
}

/** Text cut where its script changes (neutral characters stay with their neighbours), each piece with its language; emoji apart. */
export function languageSegments(text: string, deckLang: string, context = text): Segment[] {
  if (ONE_SEGMENT.test(text)) return [{ text, lang: deckLang }]; // Latin, Greek, Cyrillic and common punctuation: no script changes, no emoji
  const deckScript = scriptOfLanguage(deckLang);
  const langOf = (script: Script) => (script === deckScript || script === 'latin' ? deckLang : (languageForScript(script, context) ?? deckLang));
  const out: (Segment & { script?: Script })[] = [];
  let current: (Segment & { script?: Script }) | undefined;
  for (const piece of text.split(EMOJI_SEQUENCE).filter((p) => p !== '')) {
    if (isEmojiPiece(piece)) {
      out.push({ text: piece, lang: current?.lang ?? deckLang, emoji: true });
      current = undefined;
      continue;
    }
    for (const ch of piece) {
      const script = scriptOf(ch.codePointAt(0)!);
      const strong = script === 'latin' || script === 'cjk' || script === 'arabic' || script === 'hebrew' ? script : undefined;
      if (!current || (strong && current.script && strong !== current.script && current.text.trim() !== '')) {
        current = { text: '', lang: strong ? langOf(strong) : (out[out.length - 1]?.lang ?? deckLang), script: strong };
        out.push(current);
      } else if (strong && !current.script) Object.assign(current, { script: strong, lang: langOf(strong) });
      current.text += ch;
    }
  }
  return out.length ? out.map(({ script: _script, ...segment }) => segment) : [{ text, lang: deckLang }];
}

/**
 * Language pieces of one run. A link in a right-to-left paragraph stays one piece, embedded right to left (RLE … PDF):
 * LibreOffice draws links as fields and lays several fields of mixed direction out of order.
 */
function runSegments(run: Run, deckLang: string, context: string, rtl: boolean): Segment[] {
  const segments = languageSegments(run.text, deckLang, context);
  if (!run.href || !rtl || segments.length < 2 || segments.some((seg) => seg.emoji)) return segments;
  return [{ text: `\u202B${run.text}\u202C`, lang: segments.find((seg) => !seg.emoji)?.lang ?? deckLang }];
}

/**
 * LibreOffice garbles a link that holds emoji in a right-to-left paragraph (a field with fallback fonts): such a title is kept
 * readable as plain runs, without the link (the sources slide shows the URL as text below it).
 */
export function linkDropped(run: Run, rtl: boolean): boolean {
  return rtl && /[\u{1F000}-\u{1FFFF}\u{2300}-\u{2BFF}]/u.test(run.text);
}

/**
 * A URL as the package's relationship targets need it (xs:anyURI): characters such as [ ] { } | and spaces, and a "%"
 * that starts no escape ("%A/"), percent-encoded; the brackets of an IPv6 host ("http://[::1]/") kept, as its syntax has them.
 */
export function uriReference(url: string): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url)?.[0] ?? '';
  const encode = (text: string, unsafe: RegExp) => text.replace(unsafe, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return encode(host, /%(?![0-9A-Fa-f]{2})|[{}|\\^`<>" ]/g) + encode(url.slice(host.length), /%(?![0-9A-Fa-f]{2})|[[\]{}|\\^`<>" ]/g);
}

/** Paragraph direction and alignment: right to left when the text starts with Arabic or Hebrew. */
export function directionOptions(text: string, align: 'left' | 'center' = 'left'): TextProps {
  return isRtlText(text) ? { rtlMode: true, align: 'right' } : { align };
}

/** pptxgenjs runs for one paragraph; paragraph options ride on the first run, breakLine on the last. */
export function paragraphRuns(p: Paragraph, fontSize: number, ctx: DrawContext, base: string, paraOptions: TextProps): TextRun[] {
  const { style, lang } = ctx;
  const plain = p.runs.map((r) => r.text).join('');
  const direction = directionOptions(plain, (paraOptions.align as 'left' | 'center' | undefined) ?? 'left');
  const pieces = p.runs.flatMap((run) => runSegments(run, lang, plain, direction.rtlMode === true).map((seg, i) => ({ run, seg, first: i === 0 })));
  return pieces.map(({ run, seg, first }, i) => {
    const options: TextProps = {
      ...(i === 0 ? paraOptions : {}),
      ...direction,
      fontFace: seg.emoji ? EMOJI_FONT : undefined, // the theme's body font, inherited
      fontSize: run.style === 'tag' ? tagFontSize(fontSize, run.minSize) : fontSize,
      color: runColour(run, style, base),
      bold: run.bold || run.style === 'tag' || undefined,
      italic: run.italic || undefined,
      lang: seg.lang,
      breakLine: i === pieces.length - 1 ? true : undefined,
    };
    if (run.href && !linkDropped(run, direction.rtlMode === true)) options.hyperlink = { url: uriReference(run.href), tooltip: run.href };
    if (run.breakBefore && first) options.softBreakBefore = true;
    // the planner kept a tag whole on its line (no-break spaces); drawn with plain spaces, so a wider font (a restyled theme)
    // wraps it between its words, never inside one
    return { text: run.style === 'tag' ? seg.text.replace(/\u00a0/g, ' ') : seg.text, options };
  });
}

/** Runs for a one-paragraph text such as a title: language pieces and direction, no bullet. */
export function plainRuns(text: string, ctx: DrawContext, options: TextProps = {}): TextRun[] {
  const direction = directionOptions(text, (options.align as 'left' | 'center' | undefined) ?? 'left');
  return languageSegments(text, ctx.lang).map((seg) => ({
    text: seg.text,
    options: { ...options, ...direction, lang: seg.lang, ...(seg.emoji ? { fontFace: EMOJI_FONT } : {}) },
  }));
}

function paragraphOptions(p: Paragraph, style: DeckStyle, first: boolean, starts: Map<number, number>): TextProps {
  const indent = style.indent * 72;
  const numbered = p.bullet && p.numbered?.n !== undefined && p.numbered.level === p.level;
  const bullet = numbered
    ? { type: 'number', numberType: 'arabicPeriod', numberStartAt: starts.get(p.level) ?? p.numbered!.n, indent }
    : p.bullet
      ? { indent }
      : p.continued
        ? { indent, characterCode: HIDDEN_BULLET }
        : false;
  return { bullet, indentLevel: p.level, paraSpaceBefore: first ? 0 : style.paragraphGap } as TextProps;
}

/** Text box insets in points, in pptxgenjs' order [left, right, bottom, top]: the grid's side inset, half of it above and below. */
export function boxMargin(style: DeckStyle): [number, number, number, number] {
  const side = style.inset * 72;
  return [side, side, side / 2, side / 2];
}

/**
 * Blocks as drawn: in a right-to-left deck, blocks the planner set side by side (the same top, one beside the other) swap
 * sides within the width they share, so the first is at the right, as its table's first column is.
 */
export function inReadingOrder(placed: PlacedBlock[], lang: string): PlacedBlock[] {
  if (!isRtlScript(scriptOfLanguage(lang))) return placed;
  return placed.map((p) => {
    const row = placed.filter((q) => Math.abs(q.at.y - p.at.y) < 1e-6);
    if (row.length < 2) return p;
    const left = Math.min(...row.map((q) => q.at.x));
    const right = Math.max(...row.map((q) => q.at.x + q.at.w));
    return { ...p, at: { ...p.at, x: left + right - p.at.x - p.at.w } };
  });
}

export function drawText(slide: PptxSlide, placed: PlacedBlock, ctx: DrawContext): void {
  if (placed.block.kind !== 'text') return;
  const { at } = placed;
  const starts = listStarts(placed.block.paragraphs); // a continued list counts on
  const runs = placed.block.paragraphs.flatMap((p, i) =>
    paragraphRuns(p, at.fontSize, ctx, ctx.style.colours.text, paragraphOptions(p, ctx.style, i === 0, starts)),
  );
  slide.addText(runs, { x: at.x, y: at.y, w: at.w, h: at.h, valign: 'top', margin: boxMargin(ctx.style), fit: 'none', wrap: true });
}

export function drawTable(slide: PptxSlide, placed: PlacedBlock, ctx: DrawContext): void {
  if (placed.block.kind !== 'table') return;
  const table: TableBlock = placed.block;
  const { style } = ctx;
  const c = style.colours;
  const inset = style.cellInset;
  const total = table.widths.reduce((a, b) => a + b, 0);
  // a right-to-left deck reads tables from the right: the first column is drawn rightmost
  const rtl = isRtlScript(scriptOfLanguage(ctx.lang));
  const ordered = <T>(list: T[]) => (rtl ? [...list].reverse() : list);
  const colW = ordered(table.widths.map((w) => (placed.at.w * w) / total));
  const cell = (paragraphs: Paragraph[], header: boolean, zebra: boolean): TableCell => ({
    text: paragraphs.flatMap((p, i) =>
      paragraphRuns(header ? { ...p, runs: p.runs.map((r) => ({ ...r, bold: true })) } : p, placed.at.fontSize, ctx, header ? c.onHeader : c.text, {
        paraSpaceBefore: i ? CELL_PARAGRAPH_GAP : 0,
      }),
    ),
    options: { fill: { color: header ? c.header : zebra ? c.light : 'FFFFFF' }, valign: 'top', margin: [inset, inset, inset, inset] },
  });
  const rows = [
    ordered(table.header.cells).map((p) => cell(p, true, false)),
    ...table.rows.map((row, i) => ordered(row.cells).map((p) => cell(p, false, i % 2 === 1))),
  ].filter((r) => r.length);
  slide.addTable(rows, {
    x: placed.at.x,
    y: placed.at.y,
    w: placed.at.w,
    colW,
    rowH: placed.at.rowHeights,
    fontSize: placed.at.fontSize,
    border: { type: 'solid', pt: 0.75, color: c.rule },
    autoPage: false,
  });
}

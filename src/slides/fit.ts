// Heights of blocks on the grid: how tall a paragraph, a text box or a table row is at a font size.
import type { Theme } from '../templates/theme.js';
import type { Measurer } from './measure.js';
import { levelFontSize, type Frame } from './frame.js';
import type { Paragraph, TableBlock, TableRow } from './model.js';
import { numberShift } from './numbering.js';

export const PT_PER_IN = 72;
/** Points between paragraphs inside a table cell; the renderer uses the same value. */
export const CELL_PARAGRAPH_GAP = 3;

export interface Fitter {
  measurer: Measurer;
  /** Measures titles (the theme's heading font); `measurer` measures body text. */
  headingMeasurer: Measurer;
  theme: Theme;
  frame?: Frame; // the template's placeholders, when planning on one
  contentWidth: number; // inches
  contentLeft: number; // inches from the slide's left edge
  /** Height in inches of a paragraph's lines (without the gap before it). */
  paragraphHeight(p: Paragraph, width: number, fontSize: number): number;
  /** Height in inches of a text box holding these paragraphs: insets, lines, and the gap before every paragraph but the first. */
  textHeight(paragraphs: Paragraph[], width: number, fontSize: number): number;
  /** Inner width (inches) available to a paragraph's text in a box of `width` (a numbered list's wider hang counted when `fontSize` is given). */
  textWidth(p: Paragraph, width: number, fontSize?: number): number;
  /** Height in inches of one table row at a font size (header rows are drawn bold). */
  rowHeight(table: TableBlock, row: TableRow, width: number, fontSize: number, bold?: boolean): number;
  /** Vertical insets of a text box (inches, top + bottom). */
  boxInsets: number;
  /** Space before each paragraph after the first (inches). */
  paragraphGap: number;
}

/** A fitter on the grid of `theme`; with a template's frame, the content area, insets and indents are the body placeholder's. */
export function createFitter(theme: Theme, measurer: Measurer, headingMeasurer = measurer, frame?: Frame): Fitter {
  const g = theme.grid;
  const body = frame?.content.body;
  const contentWidth = body ? body.box.w : g.width - 2 * g.margin;
  const sideInsets = body ? body.insets.left + body.insets.right : 2 * g.inset;
  const textWidth = (p: Paragraph, width: number, fontSize?: number) =>
    width -
    sideInsets -
    (p.bullet || p.continued ? (p.level + 1) * g.indent : p.level * g.indent) -
    (p.numbered && fontSize ? numberShift(p, levelFontSize(fontSize, body?.levels, p.numbered.level), g.indent) : 0);
  const linesHeight = (p: Paragraph, widthIn: number, fontSize: number, bold = false) =>
    measurer.height(p.runs, widthIn * PT_PER_IN, fontSize, bold) / PT_PER_IN;
  const paragraphHeight = (p: Paragraph, width: number, fontSize: number) =>
    linesHeight(p, textWidth(p, width, fontSize), levelFontSize(fontSize, body?.levels, p.level));
  const paragraphGap = g.paragraphGap / PT_PER_IN;
  return {
    measurer,
    headingMeasurer,
    theme,
    frame,
    contentWidth,
    contentLeft: body ? body.box.x : g.margin,
    boxInsets: body ? body.insets.top + body.insets.bottom : g.inset, // half the side inset at top and at bottom
    paragraphGap,
    textWidth,
    paragraphHeight,
    textHeight: (paragraphs, width, fontSize) =>
      (body ? body.insets.top + body.insets.bottom : g.inset) +
      paragraphs.reduce((h, p, i) => h + (i ? paragraphGap : 0) + paragraphHeight(p, width, fontSize), 0),
    rowHeight(table, row, width, fontSize, bold = false) {
      const total = table.widths.reduce((a, b) => a + b, 0);
      let tallest = measurer.lineHeight(fontSize) / PT_PER_IN; // one loop, no arrays: column sizing asks this thousands of times
      row.cells.forEach((cell, i) => {
        const cellWidth = (width * table.widths[i]) / total - 2 * g.cellInset;
        let lines = 0;
        for (const p of cell) lines += linesHeight(p, cellWidth, fontSize, bold);
        tallest = Math.max(tallest, lines + (cell.length - 1) * (CELL_PARAGRAPH_GAP / PT_PER_IN));
      });
      return tallest + 2 * g.cellInset;
    },
  };
}

// Heights of blocks on the grid: how tall a paragraph, a table row or a title is at a font size.
import type { Theme } from '../templates/theme.js';
import type { Measurer } from './measure.js';
import type { Paragraph, TableBlock, TableRow } from './model.js';

export const PT_PER_IN = 72;
/** Points between paragraphs inside a table cell; the renderer uses the same value. */
export const CELL_PARAGRAPH_GAP = 3;

export interface Fitter {
  measurer: Measurer;
  theme: Theme;
  contentWidth: number; // inches
  /** Height in inches of one paragraph (its lines plus the gap before it). */
  paragraphHeight(p: Paragraph, width: number, fontSize: number): number;
  /** Inner width (inches) available to a paragraph's text in a box of `width`. */
  textWidth(p: Paragraph, width: number): number;
  /** Height in inches of each row of a table at a font size. */
  rowHeight(table: TableBlock, row: TableRow, width: number, fontSize: number, bold?: boolean): number;
  /** Vertical insets of a text box (inches, top + bottom). */
  boxInsets: number;
}

export function createFitter(theme: Theme, measurer: Measurer): Fitter {
  const g = theme.grid;
  const contentWidth = g.width - 2 * g.margin;
  const textWidth = (p: Paragraph, width: number) => width - 2 * g.inset - (p.bullet ? (p.level + 1) * g.indent : p.level * g.indent);
  const lineIn = (fontSize: number) => measurer.lineHeight(fontSize) / PT_PER_IN;
  return {
    measurer,
    theme,
    contentWidth,
    boxInsets: g.inset, // half the side inset at top and at bottom
    textWidth,
    paragraphHeight(p, width, fontSize) {
      const lines = measurer.wrap(p.runs, textWidth(p, width) * PT_PER_IN, fontSize).length;
      return lines * lineIn(fontSize) + g.paragraphGap / PT_PER_IN;
    },
    rowHeight(table, row, width, fontSize, bold = false) {
      const total = table.widths.reduce((a, b) => a + b, 0);
      const heights = row.cells.map((cell, i) => {
        const cellWidth = (width * table.widths[i]) / total - 2 * g.cellInset;
        const lines = cell.reduce((n, p) => n + measurer.wrap(bold ? p.runs.map((r) => ({ ...r, bold: true })) : p.runs, cellWidth * PT_PER_IN, fontSize).length, 0);
        return lines * lineIn(fontSize) + (cell.length - 1) * (CELL_PARAGRAPH_GAP / PT_PER_IN);
      });
      return Math.max(lineIn(fontSize), ...heights) + 2 * g.cellInset;
    },
  };
}

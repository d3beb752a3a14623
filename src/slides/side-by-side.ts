// Two tables side by side on one slide (the two delegations of a bilateral) when both fit at a readable size.
import { PT_PER_IN, type Fitter } from './fit.js';
import { contentWidths, sizedBlocks } from './columns.js';
import type { PlacedBlock, Slide, TableBlock } from './model.js';

/** Inches between the two tables (as between text and a picture beside it). */
export const TABLE_GAP = 0.3;
/**
 * The smallest size two tables are set side by side at: 14 pt, the least the master's text styles ever set a bullet
 * level at, so the pair reads like the rest of the deck (never below the theme's table floor). Below it, the tables stack
 * at a larger size, continued on a second slide where needed.
 */
export const SIDE_BY_SIDE_FLOOR = 14;
/** Above the theme's table size, the pair grows only while its taller table fills at most this share of the content area. */
const GROW_FILL = 0.8;

interface Candidate {
  fontSize: number;
  tables: TableBlock[]; // with their column widths for the column
  heights: number[][]; // each table's row heights, header first
}

/**
 * Each table sized for a column of `width` at `fontSize`: widths="auto" columns measured, others as written. Two auto
 * tables of as many columns share one set of widths, measured over both (their columns line up across the slide).
 */
function measure(tables: TableBlock[], width: number, fontSize: number, fitter: Fitter): Candidate {
  const [a, b] = tables;
  const shared =
    a.autoWidths && b.autoWidths && a.widths.length === b.widths.length
      ? contentWidths({ ...a, rows: [...a.rows, ...(b.header.cells.length ? [b.header] : []), ...b.rows] }, width, fontSize, fitter)
      : undefined;
  const sized = sizedBlocks(tables, width, fontSize, fitter, shared) as TableBlock[];
  const heights = sized.map((t) =>
    [...(t.header.cells.length ? [t.header] : []), ...t.rows].map((row, i) => fitter.rowHeight(t, row, width, fontSize, i === 0 && t.header.cells.length > 0)),
  );
  return { fontSize, tables: sized, heights };
}

/** Sizes to try, largest first: the theme's table ceiling down to the side-by-side floor. */
function sizes(fitter: Fitter): number[] {
  const s = fitter.theme.sizes;
  const floor = Math.min(s.table, Math.max(SIDE_BY_SIDE_FLOOR, s.tableMin));
  const out: number[] = [];
  for (let size = Math.max(s.tableMax, s.table); size >= floor; size--) out.push(size);
  return out;
}

/** Whether a slide is two tables and nothing else beside them (no picture, no portraits: those keep their column). */
function isPair(slide: Slide): boolean {
  return slide.blocks.length === 2 && slide.blocks.every((b) => b.kind === 'table' && b.rows.length > 0) && !slide.image && !slide.portraits?.length;
}

/**
 * A slide of exactly two tables planned side by side, each half the content width, both from `top`, at the largest size
 * both fit on one slide at (above the theme's table size only with room to spare); undefined when they do not fit at
 * the floor, or the slide is not such a pair (it is then planned as today: stacked, continued where needed).
 */
export function planSideBySide(slide: Slide, fitter: Fitter, top: number): Slide | undefined {
  if (!isPair(slide)) return undefined;
  const tables = slide.blocks as TableBlock[];
  const width = (fitter.contentWidth - TABLE_GAP) / 2;
  const available = fitter.theme.grid.contentBottom - top;
  const floor = sizes(fitter).at(-1)!;
  const leastRow = fitter.measurer.lineHeight(floor) / PT_PER_IN + 2 * fitter.theme.grid.cellInset;
  if (Math.max(...tables.map((t) => t.rows.length + (t.header.cells.length ? 1 : 0))) * leastRow > available) return undefined; // too many rows even at one line each: nothing measured
  const lines = (c: Candidate) => c.heights.flat().reduce((n, h) => n + (h - 2 * fitter.theme.grid.cellInset) / fitter.measurer.lineHeight(c.fontSize), 0);
  const atTable = measure(tables, width, fitter.theme.sizes.table, fitter);
  for (const fontSize of sizes(fitter)) {
    const candidate = fontSize === atTable.fontSize ? atTable : measure(tables, width, fontSize, fitter);
    const tallest = Math.max(...candidate.heights.map((h) => h.reduce((a, b) => a + b, 0)));
    const grown = fontSize > atTable.fontSize;
    // larger than the table size only with room to spare and no cell wrapping onto more lines: the same layout, larger
    if (grown && (tallest > available * GROW_FILL || lines(candidate) > lines(atTable) + 1e-6)) continue;
    if (tallest <= available + 1e-9) return place(slide, candidate, width, top, fitter);
  }
  return undefined;
}

function place(slide: Slide, candidate: Candidate, width: number, top: number, fitter: Fitter): Slide {
  const placed: PlacedBlock[] = candidate.tables.map((block, i) => ({
    block,
    at: {
      x: fitter.contentLeft + i * (width + TABLE_GAP),
      y: top,
      w: width,
      h: candidate.heights[i].reduce((a, b) => a + b, 0),
      fontSize: candidate.fontSize,
      rowHeights: candidate.heights[i],
    },
  }));
  return { ...slide, blocks: candidate.tables, placed, continuation: undefined };
}

// Column widths sized to the content (<table widths="auto">): every word fits, then the split that makes the table shortest.
import { tokens } from './breaks.js';
import { settleInlineTags, withTagFloor } from './inline-tags.js';
import type { Fitter } from './fit.js';
import { PT_PER_IN } from './fit.js';
import { SAFETY } from './measure.js';
import { tagFontSize, type Block, type Paragraph, type Run, type Slide, type TableBlock, type TableRow } from './model.js';

/** Inches between candidate splits of a two-column table (coarser for a wide range: at most CANDIDATES splits tried). */
const STEP = 0.05;
const CANDIDATES = 80;
/** Rows a split is judged on: a longer table is judged on rows spread evenly through it (its widths need no more). */
const SAMPLE_ROWS = 120;

interface Extent {
  least: number; // the longest word (no column is narrower), inches with the cell insets
  natural: number; // the longest paragraph on one line, inches with the cell insets
}

/** A paragraph's width on one line and its longest word, in points (header rows bold). */
function paragraphExtent(p: Paragraph, fontSize: number, fitter: Fitter, bold: boolean): { line: number; word: number } {
  let line = 0;
  let word = 0;
  for (const run of p.runs) {
    const heavy = bold || Boolean(run.bold) || run.style === 'tag';
    const size = run.style === 'tag' ? tagFontSize(fontSize, fitter.theme.sizes.tableMin) : fontSize; // as drawn (see withTagFloor)
    line += fitter.measurer.width(run.text, size, heavy);
    for (const token of tokens(run.text)) word = Math.max(word, fitter.measurer.width(token.trimEnd(), size, heavy));
  }
  return { line, word };
}

/** Each column's least and natural width over the header and every row. */
function extents(table: TableBlock, fontSize: number, fitter: Fitter): Extent[] {
  const pad = 2 * fitter.theme.grid.cellInset;
  const rows: [TableRow, boolean][] = [[table.header, true], ...table.rows.map((r): [TableRow, boolean] => [r, false])];
  return table.widths.map((_, i) => {
    let least = 0;
    let natural = 0;
    for (const [row, header] of rows) {
      for (const p of row.cells[i] ?? []) {
        const { line, word } = paragraphExtent(p, fontSize, fitter, header);
        least = Math.max(least, word);
        natural = Math.max(natural, line);
      }
    }
    return { least: least / PT_PER_IN + pad, natural: natural / PT_PER_IN + pad };
  });
}

/** The automatic table layout of browsers: natural widths when they fit (the rest shared in proportion), else least widths plus a share of what is left. */
function proportional(columns: Extent[], width: number): number[] {
  const sum = (pick: (c: Extent) => number) => columns.reduce((a, c) => a + pick(c), 0);
  const natural = sum((c) => c.natural);
  if (natural <= width) return columns.map((c) => (c.natural * width) / natural);
  const least = sum((c) => c.least);
  if (least >= width) return columns.map((c) => (c.least * width) / least);
  const slack = natural - least;
  return columns.map((c) => c.least + ((width - least) * (c.natural - c.least)) / slack);
}

/** The table with at most SAMPLE_ROWS rows, taken evenly from all of them. */
function sampled(table: TableBlock): TableBlock {
  const n = table.rows.length;
  if (n <= SAMPLE_ROWS) return table;
  return { ...table, rows: Array.from({ length: SAMPLE_ROWS }, (_, i) => table.rows[Math.floor((i * n) / SAMPLE_ROWS)]) };
}

/** Height in inches of the whole table (header and rows) with these column widths. */
function tableHeight(table: TableBlock, widths: number[], width: number, fontSize: number, fitter: Fitter): number {
  const sized = { ...table, widths };
  const header = table.header.cells.length ? fitter.rowHeight(sized, table.header, width, fontSize, true) : 0;
  return table.rows.reduce((h, row) => h + fitter.rowHeight(sized, row, width, fontSize), header);
}

/**
 * Column widths (inches, summing to `width`) for a table drawn `width` inches wide at `fontSize`: no column narrower
 * than its longest word; a two-column table gets the split that makes it shortest (nearest the proportional one on a tie).
 */
export function contentWidths(table: TableBlock, width: number, fontSize: number, fitter: Fitter): number[] {
  const columns = extents(table, fontSize, fitter);
  const start = proportional(columns, width);
  if (columns.length !== 2 || columns[0].natural + columns[1].natural <= width) return start;
  const [low, high] = [columns[0].least, width - columns[1].least];
  if (low >= high) return start;
  const sample = sampled(table);
  const step = Math.max(STEP, (high - low) / CANDIDATES);
  const splits = [{ first: start[0], height: tableHeight(sample, start, width, fontSize, fitter) }];
  for (let first = low; first <= high + 1e-9; first += step)
    splits.push({ first, height: tableHeight(sample, [first, width - first], width, fontSize, fitter) });
  let best = splits[0];
  for (const split of splits) {
    const nearer = Math.abs(split.first - start[0]) < Math.abs(best.first - start[0]);
    if (split.height < best.height - 1e-6 || (split.height < best.height + 1e-6 && nearer)) best = split;
  }
  const whole = wholeNames(sample, splits, best, fontSize, fitter);
  return [whole.first, width - whole.first];
}

/** The runs of a paragraph before its first tag (a name without its head-of-delegation tag, which goes under a wrapped name). */
const untagged = (p: Paragraph) => p.runs.slice(0, p.runs.findIndex((run) => run.style === 'tag') >>> 0);

/**
 * Whether a first-column cell (a name) may break at a hyphen with the column `first` inches wide ("Dacian-" / "Tiberiu"):
 * as measured, or as a renderer without the measurer's safety margin may fill the line.
 */
function hyphenBreak(table: TableBlock, first: number, fontSize: number, fitter: Fitter): boolean {
  const inner = (first - 2 * fitter.theme.grid.cellInset) * PT_PER_IN;
  const breaks = (runs: Run[], width: number) =>
    fitter.measurer
      .lines(runs, width, fontSize)
      .slice(0, -1)
      .some((line) => HYPHEN_END.test(line.text));
  return table.rows.some((row) =>
    (row.cells[0] ?? []).some((p) => {
      const runs = untagged(p);
      return runs.some((run) => HYPHEN.test(run.text)) && (breaks(runs, inner) || breaks(runs, inner * SAFETY));
    }),
  );
}
const HYPHEN = /[-\u2010]/u;
const HYPHEN_END = /[-\u2010]\s*$/u;

/** The split nearest `best` at which no name breaks at a hyphen, among those that leave the table no taller; else `best`. */
function wholeNames<T extends { first: number; height: number }>(table: TableBlock, splits: T[], best: T, fontSize: number, fitter: Fitter): T {
  if (!hyphenBreak(table, best.first, fontSize, fitter)) return best;
  const noTaller = splits.filter((s) => s.height < best.height + 1e-6).sort((a, b) => Math.abs(a.first - best.first) - Math.abs(b.first - best.first));
  return noTaller.find((s) => !hyphenBreak(table, s.first, fontSize, fitter)) ?? best;
}

/** A table sized for `width` inches at `fontSize`: widths="auto" measured (or `widths` given); any other block as it is. */
export function sizedBlock(block: Block, width: number, fontSize: number, fitter: Fitter, widths?: number[]): Block {
  if (block.kind !== 'table') return block;
  const floored = withTagFloor(block, fitter.theme.sizes.tableMin);
  return floored.autoWidths ? { ...floored, widths: widths ?? contentWidths(floored, width, fontSize, fitter) } : floored;
}

/** Blocks sized for `width` inches at `fontSize`, the inline tags of all their tables settled by one rule (see settleInlineTags). */
export function sizedBlocks(blocks: Block[], width: number, fontSize: number, fitter: Fitter, widths?: number[]): Block[] {
  const sized = blocks.map((b) => sizedBlock(b, width, fontSize, fitter, widths));
  const tables = sized.filter((b): b is TableBlock => b.kind === 'table');
  const settled = settleInlineTags(tables, width, fontSize, fitter);
  return sized.map((b) => (b.kind === 'table' ? settled[tables.indexOf(b)] : b));
}

/** A slide's tables sized for the fitter's content width at the theme's table size (kept on every continuation slide). */
export function sizeColumns(slide: Slide, fitter: Fitter): Slide {
  if (!slide.blocks.some((b) => b.kind === 'table')) return slide;
  return { ...slide, blocks: sizedBlocks(slide.blocks, fitter.contentWidth, fitter.theme.sizes.table, fitter) };
}

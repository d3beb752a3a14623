// Inline tags (<tag inline="true">) in table cells, settled once per slide: all on their text's line when every one fits there, else all on a line of their own.
import type { Fitter } from './fit.js';
import { PT_PER_IN } from './fit.js';
import { runsText, type Paragraph, type Run, type TableBlock, type TableRow } from './model.js';
import { containsRtl } from './script.js';

/** Whether a paragraph has a tag after other text (in a cell, a plain <tag> always starts a paragraph of its own). */
function hasInlineTag(p: Paragraph): boolean {
  return p.runs.some((run, i) => i > 0 && run.style === 'tag');
}

/** Index of the paragraph's first inline tag run. */
const firstTag = (p: Paragraph) => p.runs.findIndex((run, i) => i > 0 && run.style === 'tag');

/** Whether the tag should start a line of its own: it would add a line to its text, or the text wraps already (a tag after a wrapped name reads as part of it). */
function wantsOwnLine(p: Paragraph, width: number, fontSize: number, fitter: Fitter): boolean {
  const lines = (runs: Run[]) => fitter.measurer.lines(runs, width * PT_PER_IN, fontSize).length;
  const text = lines(p.runs.slice(0, firstTag(p)));
  return text > 1 || lines(p.runs) > text;
}

/**
 * The paragraph with its tag runs on a line of their own, directly under the text (a line break, no paragraph gap); under
 * right-to-left text, a paragraph of its own (LibreOffice sets a line broken after Arabic too tight: the tag touched the name).
 */
function onOwnLine(p: Paragraph): Paragraph[] {
  const first = firstTag(p);
  const text = p.runs.slice(0, first);
  const before = text.map((run, i) => (i === text.length - 1 ? { ...run, text: run.text.trimEnd() } : run)).filter((run) => run.text);
  const [tag, ...rest] = p.runs.slice(first);
  if (containsRtl(runsText(before)))
    return [
      { ...p, runs: before },
      { ...p, runs: [tag, ...rest] },
    ];
  return [{ ...p, runs: [...before, { ...tag, breakBefore: true }, ...rest] }];
}

/** Each table's inner column widths (inches, without the cell insets) when it is drawn `width` inches wide. */
function innerWidths(table: TableBlock, width: number, fitter: Fitter): number[] {
  const total = table.widths.reduce((a, b) => a + b, 0);
  return table.widths.map((w) => (width * w) / total - 2 * fitter.theme.grid.cellInset);
}

/**
 * A slide's tables (each drawn `width` inches wide at `fontSize`) with their inline tags settled by one rule for the
 * slide: on the line of the text before them when every tag fits there and no tagged text wraps; else every tag on a
 * line of its own under its text, so that heads of delegation are marked alike across the slide's tables.
 */
export function settleInlineTags(tables: TableBlock[], width: number, fontSize: number, fitter: Fitter): TableBlock[] {
  const tagged = (t: TableBlock) => t.rows.some((row) => row.cells.some((cell) => cell.some(hasInlineTag)));
  if (!tables.some(tagged)) return tables;
  const ownLine = tables.some((t) => {
    const inner = innerWidths(t, width, fitter);
    return t.rows.some((row) => row.cells.some((cell, i) => cell.some((p) => hasInlineTag(p) && wantsOwnLine(p, inner[i], fontSize, fitter))));
  });
  if (!ownLine) return tables;
  return tables.map((t) =>
    tagged(t)
      ? { ...t, rows: t.rows.map((row): TableRow => ({ cells: row.cells.map((cell) => cell.flatMap((p) => (hasInlineTag(p) ? onOwnLine(p) : [p]))) })) }
      : t,
  );
}

/** The table with every tag in its cells never drawn or measured below `minSize` points (the theme's table floor). */
export function withTagFloor(table: TableBlock, minSize: number): TableBlock {
  const floor = (p: Paragraph): Paragraph =>
    p.runs.some((run) => run.style === 'tag') ? { ...p, runs: p.runs.map((run) => (run.style === 'tag' ? { ...run, minSize } : run)) } : p;
  return { ...table, rows: table.rows.map((row): TableRow => ({ cells: row.cells.map((cell) => cell.map(floor)) })) };
}

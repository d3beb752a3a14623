// An inline tag (<tag inline="true">) in a table cell stays on its text's line when it fits there; when it would only wrap onto a line of its own, it becomes its own paragraph, as a plain <tag>.
import type { Fitter } from './fit.js';
import { PT_PER_IN } from './fit.js';
import type { Paragraph, TableBlock, TableRow } from './model.js';

/** Whether a paragraph has a tag after other text (in a cell, a plain <tag> always starts a paragraph of its own). */
function hasInlineTag(p: Paragraph): boolean {
  return p.runs.some((run, i) => i > 0 && run.style === 'tag');
}

/** The paragraph with its tag runs on a line of their own when they add a line to it (the text before them unchanged). */
function settle(p: Paragraph, width: number, fontSize: number, fitter: Fitter): Paragraph[] {
  const first = p.runs.findIndex((run, i) => i > 0 && run.style === 'tag');
  const text = p.runs.slice(0, first);
  const lines = (runs: Paragraph['runs']) => fitter.measurer.lines(runs, width * PT_PER_IN, fontSize).length;
  if (lines(p.runs) <= lines(text)) return [p];
  const before = text.map((run, i) => (i === text.length - 1 ? { ...run, text: run.text.trimEnd() } : run)).filter((run) => run.text);
  return [
    { ...p, runs: before },
    { ...p, runs: p.runs.slice(first) },
  ];
}

/**
 * A table's inline tags settled for its column widths at `fontSize`: on the line of the text before them when they fit
 * there (or end a line the text wraps onto anyway), else on a line of their own with a paragraph's gap above them.
 */
export function settleInlineTags(table: TableBlock, width: number, fontSize: number, fitter: Fitter): TableBlock {
  if (!table.rows.some((row) => row.cells.some((cell) => cell.some(hasInlineTag)))) return table;
  const total = table.widths.reduce((a, b) => a + b, 0);
  const inner = table.widths.map((w) => (width * w) / total - 2 * fitter.theme.grid.cellInset);
  const rows = table.rows.map(
    (row): TableRow => ({ cells: row.cells.map((cell, i) => cell.flatMap((p) => (hasInlineTag(p) ? settle(p, inner[i], fontSize, fitter) : [p]))) }),
  );
  return { ...table, rows };
}

// Draws each kind of planned block onto a pptxgenjs slide: text boxes with bullets, tables, title-slide lines.
import type { PptxSlide, TableCell, TextProps, TextRun } from './pptxgen.js';
import type { Theme } from '../templates/theme.js';
import type { Paragraph, PlacedBlock, Run, TableBlock } from '../slides/model.js';
import { CELL_PARAGRAPH_GAP } from '../slides/fit.js';


export interface DrawContext {
  theme: Theme;
  lang: string;
}

function runColour(run: Run, theme: Theme, base: string): string {
  if (run.href) return theme.colours.accent;
  if (run.style === 'muted') return theme.colours.muted;
  if (run.style === 'tag') return theme.colours.accent;
  return base;
}

/** pptxgenjs runs for one paragraph; paragraph options ride on the first run, breakLine on the last. */
export function paragraphRuns(p: Paragraph, fontSize: number, ctx: DrawContext, base: string, paraOptions: TextProps): TextRun[] {
  const { theme, lang } = ctx;
  return p.runs.map((run, i) => {
    const options: TextProps = {
      ...(i === 0 ? paraOptions : {}),
      fontFace: theme.fonts.body,
      fontSize: run.style === 'tag' ? Math.max(fontSize - 2, 10) : fontSize,
      color: runColour(run, theme, base),
      bold: run.bold || run.style === 'tag' || undefined,
      italic: run.italic || undefined,
      lang,
      breakLine: i === p.runs.length - 1 ? true : undefined,
    };
    if (run.href) options.hyperlink = { url: run.href, tooltip: run.href };
    if (run.breakBefore) options.softBreakBefore = true;
    return { text: run.text, options };
  });
}

function paragraphOptions(p: Paragraph, theme: Theme, first: boolean): TextProps {
  const g = theme.grid;
  return {
    bullet: p.bullet ? { indent: g.indent * 72 } : false,
    indentLevel: p.level,
    paraSpaceBefore: first ? 0 : g.paragraphGap,
  } as TextProps;
}

export function drawText(slide: PptxSlide, placed: PlacedBlock, ctx: DrawContext): void {
  if (placed.block.kind !== 'text') return;
  const { at } = placed;
  const g = ctx.theme.grid;
  const runs = placed.block.paragraphs.flatMap((p, i) => paragraphRuns(p, at.fontSize, ctx, ctx.theme.colours.text, paragraphOptions(p, ctx.theme, i === 0)));
  slide.addText(runs, { x: at.x, y: at.y, w: at.w, h: at.h, valign: 'top', margin: [g.inset / 2, g.inset, g.inset / 2, g.inset].map((v) => v * 72) as [number, number, number, number], fit: 'none', wrap: true });
}

export function drawTable(slide: PptxSlide, placed: PlacedBlock, ctx: DrawContext): void {
  if (placed.block.kind !== 'table') return;
  const table: TableBlock = placed.block;
  const { theme } = ctx;
  const c = theme.colours;
  const inset = theme.grid.cellInset;
  const total = table.widths.reduce((a, b) => a + b, 0);
  const colW = table.widths.map((w) => (placed.at.w * w) / total);
  const cell = (paragraphs: Paragraph[], header: boolean, zebra: boolean): TableCell => ({
    text: paragraphs.flatMap((p, i) =>
      paragraphRuns(header ? { ...p, runs: p.runs.map((r) => ({ ...r, bold: true })) } : p, placed.at.fontSize, ctx, header ? c.onDark : c.text, { paraSpaceBefore: i ? CELL_PARAGRAPH_GAP : 0 })),
    options: { fill: { color: header ? c.navy : zebra ? c.light : 'FFFFFF' }, valign: 'top', margin: [inset, inset, inset, inset] },
  });
  const rows = [
    table.header.cells.map((p) => cell(p, true, false)),
    ...table.rows.map((row, i) => row.cells.map((p) => cell(p, false, i % 2 === 1))),
  ].filter((r) => r.length);
  slide.addTable(rows, {
    x: placed.at.x, y: placed.at.y, w: placed.at.w, colW, rowH: placed.at.rowHeights,
    fontFace: theme.fonts.body, fontSize: placed.at.fontSize, border: { type: 'solid', pt: 0.75, color: c.rule }, autoPage: false,
  });
}

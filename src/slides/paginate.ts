// Plans every slide on the grid: picks font sizes, fits titles and splits long content onto continuation slides.
import { warning, type Problem } from '../errors.js';
import type { Theme } from '../templates/theme.js';
import { createFitter, PT_PER_IN, type Fitter } from './fit.js';
import type { Measurer } from './measure.js';
import type { Block, Paragraph, PlacedBlock, Slide, TableBlock, TextBlock } from './model.js';
import { splitParagraph } from './split.js';
import { fitTitle } from './title.js';

interface Sizes { text: number; table: number }

type Segment = { kind: 'text'; paragraphs: Paragraph[] } | { kind: 'table'; source: TableBlock; rows: TableBlock['rows'] };

export interface Plan {
  slides: Slide[];
  warnings: Problem[];
}

export function planSlides(slides: Slide[], theme: Theme, measurer: Measurer, file?: string): Plan {
  const fitter = createFitter(theme, measurer);
  const warnings: Problem[] = [];
  const planned = slides.flatMap((slide) => (slide.layout === 'content' ? planContent(slide, fitter) : [slide]));
  for (const slide of planned) {
    const fitted = fitTitle(slide, fitter);
    slide.title = fitted.title;
    slide.titleFontSize = fitted.fontSize;
    if (fitted.truncated) {
      slide.notes = `Full title: ${fitted.fullTitle}\n\n${slide.notes}`.trim();
      warnings.push(warning('layout', `slide title was too long and was shortened with an ellipsis: "${fitted.fullTitle.slice(0, 60)}…"`, { file }));
    }
  }
  return { slides: planned, warnings };
}

function contentTop(slide: Slide, theme: Theme): number {
  return theme.grid.contentTop + (slide.subtitle ? theme.grid.subtitleHeight : 0);
}

/** Font sizes to try, largest first, never below the theme's floors. */
function sizeSteps(theme: Theme): Sizes[] {
  const s = theme.sizes;
  const steps: Sizes[] = [];
  for (let k = 0; ; k++) {
    const text = Math.max(s.body - 2 * k, s.bodyMin);
    const table = Math.max(s.table - k, s.tableMin);
    steps.push({ text, table });
    if (text === s.bodyMin && table === s.tableMin) return steps;
  }
}

function planContent(slide: Slide, fitter: Fitter): Slide[] {
  const theme = fitter.theme;
  const available = theme.grid.contentBottom - contentTop(slide, theme);
  const steps = sizeSteps(theme);
  for (const sizes of steps) {
    const pages = paginate(slide.blocks, sizes, available, fitter);
    if (pages.length === 1) return [place(slide, pages[0], sizes, fitter, undefined)];
  }
  const sizes = steps[0];
  const pages = paginate(slide.blocks, sizes, available, fitter);
  return pages.map((page, i) => place(slide, page, sizes, fitter, { index: i + 1, total: pages.length }));
}

function segmentHeight(segment: Segment, sizes: Sizes, fitter: Fitter): number {
  const w = fitter.contentWidth;
  if (segment.kind === 'text') return fitter.boxInsets + segment.paragraphs.reduce((h, p) => h + fitter.paragraphHeight(p, w, sizes.text), 0);
  const header = segment.source.header.cells.length ? fitter.rowHeight(segment.source, segment.source.header, w, sizes.table, true) : 0;
  return header + segment.rows.reduce((h, r) => h + fitter.rowHeight(segment.source, r, w, sizes.table), 0);
}

/** Greedy fill: paragraphs and rows go on the current page until the next one would not fit. */
export function paginate(blocks: Block[], sizes: Sizes, available: number, fitter: Fitter): Segment[][] {
  const gap = fitter.theme.grid.blockGap;
  const pages: Segment[][] = [[]];
  let used = 0;
  const page = () => pages[pages.length - 1];
  const newPage = () => { pages.push([]); used = 0; };
  for (const block of blocks) {
    let segment: Segment | undefined;
    const units = block.kind === 'text' ? block.paragraphs.flatMap((p) => splitToFit(p, sizes.text, available, fitter)) : block.rows;
    for (const unit of units) {
      const fresh: Segment = block.kind === 'text' ? { kind: 'text', paragraphs: [] } : { kind: 'table', source: block, rows: [] };
      const candidate: Segment = segment ? addUnit(segment, unit) : addUnit(fresh, unit);
      const before = segment ? segmentHeight(segment, sizes, fitter) : 0;
      const lead = !segment && page().length ? gap : 0;
      const grown = used + lead + segmentHeight(candidate, sizes, fitter) - before;
      if (grown > available + 1e-6 && page().length) {
        newPage();
        segment = addUnit(fresh, unit);
        page().push(segment);
        used = segmentHeight(segment, sizes, fitter);
        continue;
      }
      if (segment) page()[page().length - 1] = candidate;
      else page().push(candidate);
      segment = candidate;
      used = grown;
    }
  }
  return pages.filter((p, i) => p.length || i === 0);
}

function addUnit(segment: Segment, unit: Paragraph | TableBlock['rows'][number]): Segment {
  return segment.kind === 'text'
    ? { ...segment, paragraphs: [...segment.paragraphs, unit as Paragraph] }
    : { ...segment, rows: [...segment.rows, unit as TableBlock['rows'][number]] };
}

/** A paragraph taller than a whole slide is cut at sentence (then word) boundaries. */
function splitToFit(p: Paragraph, fontSize: number, available: number, fitter: Fitter): Paragraph[] {
  const limit = available - fitter.boxInsets;
  if (fitter.paragraphHeight(p, fitter.contentWidth, fontSize) <= limit) return [p];
  return splitParagraph(p, (part) => fitter.paragraphHeight(part, fitter.contentWidth, fontSize) <= limit);
}

function place(slide: Slide, page: Segment[], sizes: Sizes, fitter: Fitter, continuation: Slide['continuation']): Slide {
  const g = fitter.theme.grid;
  let y = contentTop(slide, fitter.theme);
  const placed: PlacedBlock[] = page.map((segment) => {
    const h = segmentHeight(segment, sizes, fitter);
    const block: Block = segment.kind === 'text'
      ? ({ kind: 'text', paragraphs: segment.paragraphs } satisfies TextBlock)
      : ({ ...segment.source, rows: segment.rows } satisfies TableBlock);
    const rowHeights = segment.kind === 'table'
      ? [segment.source.header, ...segment.rows].map((r, i) => fitter.rowHeight(segment.source, r, fitter.contentWidth, sizes.table, i === 0))
      : undefined;
    const at = { x: g.margin, y, w: fitter.contentWidth, h, fontSize: segment.kind === 'text' ? sizes.text : sizes.table, rowHeights };
    y += h + g.blockGap;
    return { block, at };
  });
  const notes = continuation && continuation.index > 1
    ? `(Continued, part ${continuation.index} of ${continuation.total}.)\n\n${slide.notes}`
    : slide.notes;
  return { ...slide, blocks: placed.map((p) => p.block), placed, continuation, notes };
}

export { PT_PER_IN };

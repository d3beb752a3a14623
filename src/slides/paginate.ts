// Plans every slide on the grid: picks font sizes, fits titles and splits long content onto balanced continuation slides.
import { warning, type Problem } from '../errors.js';
import { fillLabel, type Labels } from '../templates/labels.js';
import type { Theme } from '../templates/theme.js';
import { paginateUnits, type MeasuredBlock, type Page } from './fill.js';
import { createFitter, PT_PER_IN, type Fitter } from './fit.js';
import type { Measurer } from './measure.js';
import { noteWords, type NoteWords } from './note-words.js';
import type { Frame } from './frame.js';
import type { Block, Paragraph, PlacedBlock, Slide, TableRow } from './model.js';
import { planWithPictures } from './pictures.js';
import { sizeColumns } from './columns.js';
import { planSideBySide } from './side-by-side.js';
import { planFolding } from './fold.js';
import { belowMessage, leadDemotedWarning, messageCutWarning, placeCallout } from './message.js';
import { shortenRow, splitParagraph } from './split.js';
import { fitTitle, fitTitleSlideLines, uniqueTitles } from './title.js';
import { planTimeline } from './timeline.js';
import { planLead } from './lead.js';
import { leastSlides, refuseOversized } from './oversized.js';
import { growCeiling, grown, grownAbove, siblingSizes, type Sizes } from './grow.js';

export type { Sizes };
type Unit = Paragraph | TableRow;

export interface Plan {
  slides: Slide[];
  warnings: Problem[];
}

/**
 * `measurer` measures body text in the theme's body font, `headingMeasurer` titles in its heading font; `frame` is the
 * template's; `labels` are the deck language's (the notes planning adds: full titles, text in full, continuations).
 */
export function planSlides(
  slides: Slide[],
  theme: Theme,
  measurer: Measurer,
  file?: string,
  headingMeasurer = measurer,
  frame?: Frame,
  labels: Labels = {},
): Plan {
  const fitter = createFitter(theme, measurer, headingMeasurer, frame);
  const words = noteWords(labels);
  const warnings: Problem[] = [];
  const leads = new Map<Slide, Slide[]>(); // a bottom line's callout at each size it may take, largest first
  slides = slides.map((slide) => {
    const placings = placeCallout(slide, fitter); // a message's callout is measured first: the body goes below it
    const placed = placings[0];
    if (placed.messageKind === 'lead' && placed.messageAt) leads.set(placed, placings);
    if (slide.message && !placed.message) warnings.push(leadDemotedWarning(slide.message, file));
    else if (placed.message !== slide.message) warnings.push(messageCutWarning(slide.message!, file));
    return placed;
  });
  refuseOversized(
    leastSlides(
      slides.map((slide) => leads.get(slide)?.at(-1) ?? slide),
      fitter,
      (slide) => contentTop(slide, fitter.theme),
    ),
    false,
    file,
  ); // a cheap lower bound first: planning a 20,000-slide deck only to refuse it is slow
  const planOne = (slide: Slide, ceiling: number, found: Problem[], on = fitter): Slide[] =>
    slide.timeline
      ? planTimeline(slide, on, { notesOf: (notes, continuation) => continuationNotes(notes, continuation, words), warnings: found, file })
      : slide.layout === 'content'
        ? [planSideBySide(slide, on, contentTop(slide, on.theme))].flatMap((pair) =>
            pair
              ? [pair]
              : planFolding(
                  slide,
                  (unfolded, folded) =>
                    planWithPictures(
                      unfolded,
                      on,
                      contentTop(unfolded, on.theme),
                      (s, f) => planContent(shortenTallRows(sizeColumns(s, f), f, folded, words, file), f, words, ceiling),
                      folded,
                      file,
                    ),
                  found,
                ),
          )
        : [slide];
  const sources = uniqueTitles(slides);
  const planFirst = (slide: Slide, i: number): Slide[] => {
    const placings = leads.get(slides[i]); // a bottom line: planned with its callout at each size it may take
    const planAt = (s: Slide, found: Problem[], f: Fitter) => planOne(s, Infinity, found, f);
    return placings
      ? planLead(
          placings.map((p) => ({ ...p, title: slide.title })),
          fitter,
          planAt,
          warnings,
        )
      : planOne(slide, Infinity, warnings);
  };
  const first = sources.map(planFirst);
  const shared = siblingSizes(first, fitter.theme); // siblings share one size: re-planned at it (their warnings already said)
  const planned = first.flatMap((parts, i) => (grownAbove(parts, shared) ? planOne(sources[i], shared.get(sources[i].kind)!, []) : parts));
  refuseOversized(
    planned.map((slide) => slide.title),
    true,
    file,
  ); // before the expensive steps: rendering and packaging
  for (const slide of planned) {
    const fitted = fitTitle(slide, fitter);
    slide.title = fitted.title;
    slide.titleFontSize = fitted.fontSize;
    if (fitted.truncated) {
      if (repeatable(fitted.fullTitle, slide.continuation)) slide.notes = `${fillLabel(words.fullTitle, { title: fitted.fullTitle })}\n\n${slide.notes}`.trim();
      warnings.push(
        warning('layout', `slide title was too long and was shortened with an ellipsis: "${fitted.fullTitle.slice(0, 60)}…"`, {
          file,
          subject: fitted.fullTitle,
        }),
      );
    }
    if (slide.layout !== 'content') fitTitleLines(slide, fitter, warnings, words, file); // title and section slides
  }
  return { slides: planned, warnings };
}

/** The title slide's subtitle and detail lines shrink to fit their box; text cut to fit stays in full in the notes. */
function fitTitleLines(slide: Slide, fitter: Fitter, warnings: Problem[], words: NoteWords, file?: string): void {
  const fitted = fitTitleSlideLines(slide, fitter);
  slide.lineScale = fitted.scale;
  if (!fitted.truncated) return;
  const full = [slide.subtitle, ...slide.lines.map((l) => l.text)].filter(Boolean).join('\n');
  slide.notes = `${slide.notes}\n\n${words.inFull}\n${full}`.trim();
  slide.subtitle = fitted.subtitle;
  slide.lines = fitted.lines;
  const longest = [slide.subtitle ?? '', ...slide.lines.map((l) => l.text)].reduce((a, b) => (b.length > a.length ? b : a));
  warnings.push(
    warning(
      'layout',
      `the ${slide.layout === 'section' ? 'section slide' : 'title slide'}'s subtitle and details were too long for the slide and were shortened with an ellipsis`,
      { file, subject: longest },
    ),
  );
}

export function contentTop(slide: Slide, theme: Theme): number {
  return belowMessage(slide, theme.grid.blockGap) ?? theme.grid.contentTop + (slide.subtitle ? theme.grid.subtitleHeight : 0);
}

/** Font sizes to try, largest first, never below the theme's floors. */
export function sizeSteps(theme: Theme): Sizes[] {
  const s = theme.sizes;
  const steps: Sizes[] = [];
  for (let k = 0; ; k++) {
    const text = Math.max(s.body - 2 * k, s.bodyMin);
    const table = Math.max(s.table - k, s.tableMin);
    steps.push({ text, table });
    if (text === s.bodyMin && table === s.tableMin) return steps;
  }
}

/** Table rows are never split: a row taller than a whole slide at the full size has its longest cell cut (full text kept in the notes). */
function shortenTallRows(slide: Slide, fitter: Fitter, warnings: Problem[], words: NoteWords, file?: string): Slide {
  const available = fitter.theme.grid.contentBottom - contentTop(slide, fitter.theme);
  const size = fitter.theme.sizes.table;
  const cut: string[] = [];
  const blocks = slide.blocks.map((block) => {
    if (block.kind !== 'table') return block;
    const header = block.header.cells.length ? fitter.rowHeight(block, block.header, fitter.contentWidth, size, true) : 0;
    const fits = (row: TableRow) => header + fitter.rowHeight(block, row, fitter.contentWidth, size) <= available;
    return {
      ...block,
      rows: block.rows.map((row) => {
        if (fits(row)) return row;
        const cells = row.cells.map((cell) => cell.map((p) => p.runs.map((r) => r.text).join('')).join(' '));
        cut.push(cells.join(' — '));
        const longest = cells.reduce((a, b) => (b.length > a.length ? b : a), '');
        warnings.push(
          warning('layout', `a table row was too long for a whole slide; its longest cell was shortened with an ellipsis: "${longest.slice(0, 60)}…"`, {
            file,
            subject: longest,
          }),
        );
        return shortenRow(row, fits);
      }),
    };
  });
  if (!cut.length) return slide;
  return { ...slide, blocks, notes: `${slide.notes}\n\n${words.inFull}\n${cut.join('\n')}`.trim() };
}

/**
 * Shrink towards the floors while that saves a slide; paginate at the largest size that needs no more slides than the
 * floor does. Content that fits on one slide at the theme's sizes grows towards the ceilings instead (./grow.ts).
 */
function planContent(slide: Slide, fitter: Fitter, words: NoteWords, ceiling = Infinity): Slide[] {
  const available = fitter.theme.grid.contentBottom - contentTop(slide, fitter.theme);
  const gap = fitter.theme.grid.blockGap;
  const steps = sizeSteps(fitter.theme);
  const pagesAt = (sizes: Sizes) => paginateUnits(measureBlocks(slide.blocks, sizes, available, fitter), available, gap);
  const attempts = new Map<number, Page<Unit>[]>([[0, pagesAt(steps[0])]]);
  const last = steps.length - 1;
  if (attempts.get(0)!.length > 1 && last > 0) {
    attempts.set(last, pagesAt(steps[last]));
    const fewest = attempts.get(last)!.length;
    for (let i = 1; i < last && attempts.get(0)!.length > fewest; i++) {
      attempts.set(i, pagesAt(steps[i]));
      if (attempts.get(i)!.length === fewest) break;
    }
  }
  const [chosen, pages] = [...attempts].sort(([a, pa], [b, pb]) => pa.length - pb.length || a - b)[0];
  if (pages.length === 1) {
    const one =
      chosen === 0
        ? grown({ sizes: steps[0], page: pages[0] }, fitter.theme, available, pagesAt, Math.min(growCeiling(slide), ceiling))
        : { sizes: steps[chosen], page: pages[0] };
    return [place(slide, one.page, one.sizes, fitter, undefined)];
  }
  return pages.map((page, i) => {
    const continuation = { index: i + 1, total: pages.length };
    return { ...place(slide, page, steps[chosen], fitter, continuation), notes: continuationNotes(slide.notes, continuation, words) };
  });
}

/** Every block as units with heights at one size; a paragraph taller than a whole slide is first split at sentences. */
export function measureBlocks(blocks: Block[], sizes: Sizes, available: number, fitter: Fitter): MeasuredBlock<Unit>[] {
  const w = fitter.contentWidth;
  return blocks.map((block) => {
    if (block.kind === 'text') {
      const paragraphs = block.paragraphs.flatMap((p) => splitToFit(p, sizes.text, available, fitter));
      return {
        base: fitter.boxInsets,
        between: fitter.paragraphGap,
        units: paragraphs.map((p) => ({ unit: p, height: fitter.paragraphHeight(p, w, sizes.text), withPrevious: p.level > 0 && p.bullet })),
      };
    }
    const header = block.header.cells.length ? fitter.rowHeight(block, block.header, w, sizes.table, true) : 0;
    return { base: header, between: 0, units: block.rows.map((r) => ({ unit: r, height: fitter.rowHeight(block, r, w, sizes.table) })) };
  });
}

/** A paragraph taller than a whole slide is cut at sentence (then clause, then word) boundaries. */
function splitToFit(p: Paragraph, fontSize: number, available: number, fitter: Fitter): Paragraph[] {
  const limit = available - fitter.boxInsets;
  if (fitter.paragraphHeight(p, fitter.contentWidth, fontSize) <= limit) return [p];
  return splitParagraph(p, (part) => fitter.paragraphHeight(part, fitter.contentWidth, fontSize) <= limit);
}

function place(slide: Slide, page: Page<Unit>, sizes: Sizes, fitter: Fitter, continuation: Slide['continuation']): Slide {
  const g = fitter.theme.grid;
  let y = contentTop(slide, fitter.theme);
  const placed: PlacedBlock[] = page.map((segment) => {
    const source = slide.blocks[segment.block];
    const block: Block = source.kind === 'text' ? { kind: 'text', paragraphs: segment.units as Paragraph[] } : { ...source, rows: segment.units as TableRow[] };
    const rowHeights =
      block.kind === 'table'
        ? [...(block.header.cells.length ? [block.header] : []), ...block.rows].map((r, i) =>
            fitter.rowHeight(block, r, fitter.contentWidth, sizes.table, i === 0 && block.header.cells.length > 0),
          )
        : undefined;
    const at = { x: fitter.contentLeft, y, w: fitter.contentWidth, h: segment.height, fontSize: block.kind === 'text' ? sizes.text : sizes.table, rowHeights };
    y += segment.height + g.blockGap;
    return { block, at };
  });
  return { ...slide, blocks: placed.map((p) => p.block), placed, continuation };
}

/** Text repeated on every continuation slide at most this long in all: a 1 MB point on 400 slides would repeat it 400 times. */
const REPEAT_BUDGET = 200_000;

/** Whether a text may be repeated on each of a section's slides (else it stays on the first). */
export function repeatable(text: string, continuation: Slide['continuation']): boolean {
  return !continuation || continuation.index === 1 || text.length * (continuation.total - 1) <= REPEAT_BUDGET;
}

/** A continuation slide repeats its section's notes, marked as a continuation; very long notes stay on the first slide only. */
function continuationNotes(notes: string, continuation: Slide['continuation'], words: NoteWords): string {
  if (!continuation || continuation.index === 1) return notes;
  const head = fillLabel(words.continued, { n: continuation.index, total: continuation.total });
  return repeatable(notes, continuation) ? `${head}\n\n${notes}` : `${head} ${words.notesOnFirstSlide}`;
}

/** For benchmarks: every content slide placed at the theme's sizes on one slide, nothing measured or split. */
export function planWithoutMeasuring(slides: Slide[], theme: Theme): Plan {
  const g = theme.grid;
  const planned = slides.map((slide) => {
    if (slide.layout !== 'content') return { ...slide, titleFontSize: theme.sizes.title };
    const top = contentTop(slide, theme);
    const share = (g.contentBottom - top) / Math.max(slide.blocks.length, 1);
    const placed = slide.blocks.map((block, i) => ({
      block,
      at: { x: g.margin, y: top + i * share, w: g.width - 2 * g.margin, h: share, fontSize: block.kind === 'text' ? theme.sizes.body : theme.sizes.table },
    }));
    return { ...slide, placed, titleFontSize: theme.sizes.title };
  });
  return { slides: planned, warnings: [] };
}

export { PT_PER_IN };

// Refuses decks of more slides than MAX_SLIDES: a cheap lower bound before planning, the exact count after it.
import { MAX_SLIDES } from '../brief/limits.js';
import { BriefdeckError, problem } from '../errors.js';
import { PT_PER_IN, type Fitter } from './fit.js';
import type { Slide } from './model.js';

/**
 * The fewest slides each content slide could take (its paragraphs and rows one line each at the theme's floors, no gaps),
 * as the titles of the slides it would make at least: a lower bound computed without measuring any text.
 */
export function leastSlides(slides: Slide[], fitter: Fitter, contentTop: (slide: Slide) => number): string[] {
  const { sizes, grid } = fitter.theme;
  const line = (size: number) => fitter.measurer.lineHeight(size) / PT_PER_IN;
  return slides.flatMap((slide) => {
    if (slide.layout !== 'content') return [slide.title];
    const height = slide.blocks.reduce(
      (h, b) => h + (b.kind === 'text' ? b.paragraphs.length * line(sizes.bodyMin) : b.rows.length * (line(sizes.tableMin) + 2 * grid.cellInset)),
      0,
    );
    return Array<string>(Math.max(1, Math.ceil(height / (grid.contentBottom - contentTop(slide)) - 1e-9))).fill(slide.title);
  });
}

/** More slides than a deck may have (MAX_SLIDES) are refused, naming the section that makes the most. */
export function refuseOversized(titles: string[], exact: boolean, file?: string): void {
  if (titles.length <= MAX_SLIDES) return;
  const counts = new Map<string, number>();
  for (const title of titles) counts.set(title, (counts.get(title) ?? 0) + 1);
  const [largest, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  const name = largest.length > 60 ? `${largest.slice(0, 59)}…` : largest;
  const message = `expected a deck of at most ${MAX_SLIDES.toLocaleString('en')} slides, found a brief that needs ${exact ? '' : 'at least '}${titles.length.toLocaleString('en')}${count > 1 ? ` ("${name}" alone takes ${count.toLocaleString('en')})` : ''}`;
  throw new BriefdeckError([
    problem('limit', message, {
      file,
      path: '(deck)',
      hint: 'split the brief into several, or shorten its longest lists: a deck of thousands of slides is not a briefing',
    }),
  ]);
}

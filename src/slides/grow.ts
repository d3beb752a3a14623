// Uses the slide when content is short: larger type up to the theme's ceilings, then a deliberate vertical position.
import type { Theme } from '../templates/theme.js';
import type { Page } from './fill.js';
import type { Fitter } from './fit.js';
import type { Slide } from './model.js';

/** Font sizes of a block: top-level text and table cells (points). */
export interface Sizes {
  text: number;
  table: number;
}

/** Short content grows while it fills at most this share of the area it is placed in: room to spare, never cramped. */
export const FILL_TARGET = 0.75;
/** Content (with its subtitle and message) filling less than this share of the content area is lowered to its optical centre. */
export const LOWER_BELOW = 0.5;
/** Of the free space around lowered content, this share is above it: its middle sits a little above the area's (the optical centre). */
export const SPACE_ABOVE = 0.4;

/** Font sizes above the theme's, smallest first: text in steps of 2 pt up to sizes.bodyMax, tables in steps of 1 pt up to sizes.tableMax. */
export function growSteps(theme: Theme): Sizes[] {
  const s = theme.sizes;
  const textMax = Math.max(s.bodyMax, s.body); // a reference template's body size may be above the theme's ceiling: never shrink it
  const tableMax = Math.max(s.tableMax, s.table);
  const steps: Sizes[] = [];
  for (let k = 1; ; k++) {
    const step = { text: Math.min(s.body + 2 * k, textMax), table: Math.min(s.table + k, tableMax) };
    if (step.text === (steps.at(-1)?.text ?? s.body) && step.table === (steps.at(-1)?.table ?? s.table)) return steps;
    steps.push(step);
  }
}

/** Height of a page's content (inches): its segments, blocks `gap` apart. */
export function pageHeight<U>(page: Page<U>, gap: number): number {
  return page.reduce((h, segment, i) => h + (i ? gap : 0) + segment.height, 0);
}

/**
 * Content that fits on one slide at `base` sizes grows step by step while it still fits on one slide and fills at most
 * FILL_TARGET of `available`; the largest such sizes and their page (or `base` and its page when no step fits).
 */
export function grown<U>(
  base: { sizes: Sizes; page: Page<U> },
  theme: Theme,
  available: number,
  pagesAt: (sizes: Sizes) => Page<U>[],
): { sizes: Sizes; page: Page<U> } {
  let best = base;
  for (const sizes of growSteps(theme)) {
    const pages = pagesAt(sizes);
    if (pages.length !== 1 || pageHeight(pages[0], theme.grid.blockGap) > FILL_TARGET * available + 1e-9) break;
    best = { sizes, page: pages[0] };
  }
  return best;
}

/**
 * A one-slide content slide whose subtitle, message and body fill less than LOWER_BELOW of the content area is lowered
 * as a whole so that SPACE_ABOVE of the free space is above it (`lowered` says by how much, for the body placeholder).
 * Slides with pictures or timelines, continued slides and bodies a template anchors other than at the top keep their place.
 */
export function lowerShort(slide: Slide, fitter: Fitter): Slide {
  const placed = slide.placed ?? [];
  if (slide.layout !== 'content' || slide.continuation || slide.image || slide.portraits?.length || slide.timeline) return slide;
  if (!placed.length && !slide.messageAt) return slide;
  if ((fitter.frame?.content.body.anchor ?? 'top') !== 'top') return slide;
  const { contentTop, contentBottom } = fitter.theme.grid;
  const area = contentBottom - contentTop;
  const bottoms = [...placed.map((p) => p.at.y + p.at.h), ...(slide.messageAt ? [slide.messageAt.y + slide.messageAt.h] : [])];
  const used = Math.max(...bottoms) - contentTop;
  if (used >= LOWER_BELOW * area) return slide;
  const by = Math.round((area - used) * SPACE_ABOVE * 100) / 100;
  if (by <= 0) return slide;
  return {
    ...slide,
    lowered: by,
    placed: placed.map((p) => ({ ...p, at: { ...p.at, y: p.at.y + by } })),
    ...(slide.messageAt ? { messageAt: { ...slide.messageAt, y: slide.messageAt.y + by } } : {}),
  };
}

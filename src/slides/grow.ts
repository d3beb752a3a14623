// Uses the slide when content is short: larger type up to the theme's ceilings; the body still starts at the content top.
import type { Theme } from '../templates/theme.js';
import type { Page } from './fill.js';
import type { Slide } from './model.js';

/** Font sizes of a block: top-level text and table cells (points). */
export interface Sizes {
  text: number;
  table: number;
}

/** Short content grows while it fills at most this share of the area it is placed in: room to spare, never cramped. */
export const FILL_TARGET = 0.75;

/** Below a callout, the body grows to at most the callout's size less this (points): the callout stays the larger text. */
export const BELOW_CALLOUT = 2;

/** Slides that are reference lists, read rather than presented: they stay at the theme's sizes however short. */
export const NEVER_GROWN = new Set(['sources']);

/**
 * The most a slide's body may grow to (points): a reference list not at all (0: the theme's sizes); below a message or
 * bottom line, less than the callout; else no limit.
 */
export function growCeiling(slide: Slide): number {
  if (NEVER_GROWN.has(slide.kind)) return 0;
  return slide.messageAt ? slide.messageAt.fontSize - BELOW_CALLOUT : Infinity;
}

/**
 * Font sizes above the theme's, smallest first: text in steps of 2 pt up to sizes.bodyMax, tables in steps of 1 pt up to
 * sizes.tableMax, neither above `ceiling` (yet never below the theme's own sizes).
 */
export function growSteps(theme: Theme, ceiling = Infinity): Sizes[] {
  const s = theme.sizes;
  const textMax = Math.max(Math.min(s.bodyMax, ceiling), s.body); // a reference template's body size may be above the theme's ceiling: never shrink it
  const tableMax = Math.max(Math.min(s.tableMax, ceiling), s.table);
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
 * FILL_TARGET of `available`, never above `ceiling` (./grow.ts growCeiling); the largest such sizes and their page (or
 * `base` and its page when no step fits).
 */
export function grown<U>(
  base: { sizes: Sizes; page: Page<U> },
  theme: Theme,
  available: number,
  pagesAt: (sizes: Sizes) => Page<U>[],
  ceiling = Infinity,
): { sizes: Sizes; page: Page<U> } {
  let best = base;
  for (const sizes of growSteps(theme, ceiling)) {
    const pages = pagesAt(sizes);
    if (pages.length !== 1 || pageHeight(pages[0], theme.grid.blockGap) > FILL_TARGET * available + 1e-9) break;
    best = { sizes, page: pages[0] };
  }
  return best;
}

/** The size of a planned slide's text (points), when it has text in its body. */
function textSize(slide: Slide): number | undefined {
  return slide.placed?.find((p) => p.block.kind === 'text')?.at.fontSize;
}

/**
 * Sibling slides share one size: for each kind with two or more one-slide content slides (each of `planned` is one
 * section's slides), the smallest text size any of them is drawn at, never below the theme's body size.
 */
export function siblingSizes(planned: Slide[][], theme: Theme): Map<string, number> {
  const byKind = new Map<string, number[]>();
  for (const parts of planned) {
    // a slide under a message is held below its callout's size: that bound is its own, not one its siblings share
    const counts = parts.length === 1 && parts[0].layout === 'content' && !parts[0].continuation && !parts[0].messageAt;
    const size = counts ? textSize(parts[0]) : undefined;
    if (size !== undefined) byKind.set(parts[0].kind, [...(byKind.get(parts[0].kind) ?? []), size]);
  }
  const shared = new Map<string, number>();
  for (const [kind, sizes] of byKind) if (sizes.length > 1) shared.set(kind, Math.max(Math.min(...sizes), theme.sizes.body));
  return shared;
}

/** Whether a one-slide section grew above the size its siblings share (it is then planned again with that ceiling). */
export function grownAbove(parts: Slide[], shared: Map<string, number>): boolean {
  const ceiling = parts.length === 1 ? shared.get(parts[0].kind) : undefined;
  return ceiling !== undefined && (textSize(parts[0]) ?? 0) > ceiling + 1e-9;
}

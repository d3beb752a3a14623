// Plans a slide's message callout (the "so what"): its size, measured height and place at the top of the content area.
import { warning, type Problem } from '../errors.js';
import { PT_PER_IN, type Fitter } from './fit.js';
import type { Paragraph, Placement, Run, Slide } from './model.js';
import { splitParagraph } from './split.js';

/** The callout's geometry (inches): the accent bar at its left, the text's padding inside the band. */
export const MESSAGE_BOX = { bar: 0.08, padLeft: 0.2, padRight: 0.15, padY: 0.08 };
/** A bottom line's callout (`<message kind="lead">`): a dark box with more room around its larger text. */
export const LEAD_BOX = { bar: 0.1, padLeft: 0.32, padRight: 0.25, padY: 0.16 }; // the text starts where a bullet's text does on the default grid
/** The message's type size is its body size plus this, at most MESSAGE_MAX (points): prominent, never a second title. */
const MESSAGE_STEP = 2;
const MESSAGE_MAX = 24;
/** At most this many lines at the larger size before the message is set at the body size. */
const MESSAGE_LINES = 2;
/** A bottom line's largest size is its body size plus LEAD_STEP (at least sizes.bodyMax). */
const LEAD_STEP = 4;
/**
 * The share of the content area a bottom line's callout may take: LEAD_SHORT_SHARE at its largest size, rising evenly to
 * LEAD_SHARE at the body floor. Large type is kept for a short bottom line; a longer one (or a small content area) steps
 * down and may take more lines. Taller than LEAD_SHARE even at the floor, it is no bottom line but a paragraph: the first point.
 */
const LEAD_SHORT_SHARE = 0.3;
const LEAD_SHARE = 0.5;
/** The callout never takes more than this share of the content area: a longer message is cut (in full in the notes). */
const MESSAGE_SHARE = 0.4;

/** The callout's box for a slide's message: a bottom line's or an ordinary message's. */
export function messageBox(slide: Pick<Slide, 'messageKind'>): typeof MESSAGE_BOX {
  return slide.messageKind === 'lead' ? LEAD_BOX : MESSAGE_BOX;
}

/** A bottom line's sizes, largest first: from the ceiling down in MESSAGE_STEP steps to the body floor. */
function leadSizes(sizes: Fitter['theme']['sizes']): number[] {
  const ceiling = Math.max(sizes.bodyMax, sizes.body + LEAD_STEP, sizes.bodyMin);
  const steps: number[] = [];
  for (let size = ceiling; size > sizes.bodyMin; size -= MESSAGE_STEP) steps.push(size);
  return [...steps, sizes.bodyMin];
}

/** The message's height (inches, without the box's padding) at a size, set in the callout's width. */
function messageHeight(slide: Slide, fitter: Fitter): (runs: Run[], size: number) => number {
  const box = messageBox(slide);
  const width = fitter.contentWidth - box.bar - box.padLeft - box.padRight;
  return (runs, size) => fitter.measurer.height(runs, width * PT_PER_IN, size, true) / PT_PER_IN;
}

/** Where a callout starts: the top of the content area, below the subtitle. */
function calloutTop(slide: Slide, fitter: Fitter): number {
  return fitter.theme.grid.contentTop + (slide.subtitle ? fitter.theme.grid.subtitleHeight : 0);
}

/**
 * The slide with its bottom line placed at each size it may take, largest first (see LEAD_SHORT_SHARE); none when it is
 * too long for a callout at any size. The planner picks the one that keeps the summary on the fewest slides.
 */
function leadPlacements(slide: Slide, fitter: Fitter): Slide[] {
  const top = calloutTop(slide, fitter);
  const area = fitter.theme.grid.contentBottom - top;
  const sizes = leadSizes(fitter.theme.sizes);
  const height = messageHeight(slide, fitter);
  const padding = 2 * LEAD_BOX.padY;
  return sizes.flatMap((fontSize, i) => {
    const share = LEAD_SHORT_SHARE + ((LEAD_SHARE - LEAD_SHORT_SHARE) * i) / Math.max(sizes.length - 1, 1);
    const h = height(slide.message!, fontSize) + padding; // a lead slide with a message (placeCallout)
    if (h > share * area + 1e-6) return [];
    return [{ ...slide, messageAt: { x: fitter.contentLeft, y: top, w: fitter.contentWidth, h, fontSize } }];
  });
}

/**
 * The slide with its callout placed, at each size the planner may choose among (largest first): a bottom line's at every
 * size it fits (or, too long for any, as the first point: drawn in full), an ordinary message's at its one size.
 */
export function placeCallout(slide: Slide, fitter: Fitter): Slide[] {
  if (slide.messageKind !== 'lead' || !slide.message?.length || slide.layout !== 'content') return [placeMessage(slide, fitter)];
  const placings = leadPlacements(slide, fitter);
  return placings.length ? placings : [asFirstPoint(slide)];
}

/** The slide with its message placed (`messageAt`), the message cut with an ellipsis if it would crowd out the body. */
function placeMessage(slide: Slide, fitter: Fitter): Slide {
  if (!slide.message?.length || slide.layout !== 'content') return slide;
  const { grid, sizes } = fitter.theme;
  const linesHeight = messageHeight(slide, fitter);
  const oneLine = (size: number) => fitter.measurer.lineHeight(size) / PT_PER_IN;
  const larger = Math.max(Math.min(sizes.body + MESSAGE_STEP, MESSAGE_MAX), sizes.bodyMin);
  const fontSize = linesHeight(slide.message, larger) <= MESSAGE_LINES * oneLine(larger) + 1e-6 ? larger : Math.min(sizes.body, larger);
  const top = calloutTop(slide, fitter);
  const limit = MESSAGE_SHARE * (grid.contentBottom - top) - 2 * MESSAGE_BOX.padY;
  const message = linesHeight(slide.message, fontSize) <= limit ? slide.message : cut(slide.message, (runs) => linesHeight(runs, fontSize) <= limit);
  const at: Placement = { x: fitter.contentLeft, y: top, w: fitter.contentWidth, h: linesHeight(message, fontSize) + 2 * MESSAGE_BOX.padY, fontSize };
  return { ...slide, message, messageAt: at };
}

/** A bottom line too long to stand out as a callout becomes the first point of the body (nothing of it cut). */
function asFirstPoint(slide: Slide): Slide {
  const point: Paragraph = { runs: slide.message!, level: 0, bullet: true };
  const [first, ...rest] = slide.blocks;
  const blocks =
    first?.kind === 'text'
      ? [{ ...first, paragraphs: [point, ...first.paragraphs] }, ...rest]
      : [{ kind: 'text' as const, paragraphs: [point] }, ...slide.blocks];
  const { message: _message, messageKind: _kind, ...without } = slide;
  return { ...without, blocks };
}

/** The warning for a bottom line drawn as the first point because it is too long for its callout. */
export function leadDemotedWarning(full: Run[], file?: string): Problem {
  const text = full.map((run) => run.text).join('');
  return warning('layout', `the bottom line was too long to stand out in its callout and is shown as the first point: "${text.slice(0, 60)}…"`, {
    file,
    subject: text,
    hint: 'keep the first summary point, the bottom line, to a sentence or two; put the detail in the points after it',
  });
}

/** Where the body starts on a slide with a placed message: below the callout, a block gap apart. */
export function belowMessage(slide: Slide, gap: number): number | undefined {
  return slide.messageAt ? slide.messageAt.y + slide.messageAt.h + gap : undefined;
}

/** The warning for a message cut to fit its callout; `subject` lets the build find the message's line in the brief. */
export function messageCutWarning(full: Run[], file?: string): Problem {
  const text = full.map((run) => run.text).join('');
  return warning('layout', `message was too long for its callout and was shortened with an ellipsis (it is in full in the notes): "${text.slice(0, 60)}…"`, {
    file,
    subject: text,
    hint: 'keep a message to a sentence or two; put the rest in points or notes',
  });
}

/** The longest start of the runs that fits with an ellipsis after it (cut at a sentence, clause or word where it can). */
function cut(runs: Run[], fits: (runs: Run[]) => boolean): Run[] {
  const ellipsis = (p: Paragraph): Run[] => {
    const kept = p.runs.map((r) => ({ ...r }));
    const last = kept[kept.length - 1];
    last.text = last.text.replace(/[\s.…]+$/, ''); // "going." + "…" would read as four dots: the ellipsis replaces the full stop
    return [...kept.filter((r) => r.text), { ...last, text: '…', href: undefined }];
  };
  const [first] = splitParagraph({ runs, level: 0, bullet: false }, (part) => fits(ellipsis(part)));
  return ellipsis(first);
}

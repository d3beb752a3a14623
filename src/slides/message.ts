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
/**
 * A bottom line is set at sizes.bodyMax when it takes at most LEAD_SHORT_LINES there; else at the body size plus
 * LEAD_STEP (at most sizes.bodyMax), then plus MESSAGE_STEP, in up to LEAD_LINES lines; else at the body size in one line
 * more. Longer, it is no bottom line but a paragraph: it becomes the first point.
 */
const LEAD_STEP = 4;
const LEAD_LINES = 3;
const LEAD_SHORT_LINES = 2;

/** The callout's box for a slide's message: a bottom line's or an ordinary message's. */
export function messageBox(slide: Pick<Slide, 'messageKind'>): typeof MESSAGE_BOX {
  return slide.messageKind === 'lead' ? LEAD_BOX : MESSAGE_BOX;
}

/** The sizes a message tries, largest first, and how many lines each may take. */
function messageSizes(slide: Slide, sizes: Fitter['theme']['sizes']): { size: number; lines: number }[] {
  const atLeastFloor = (size: number) => Math.max(size, sizes.bodyMin);
  if (slide.messageKind !== 'lead') return [{ size: atLeastFloor(Math.min(sizes.body + MESSAGE_STEP, MESSAGE_MAX)), lines: MESSAGE_LINES }];
  const ceiling = Math.max(sizes.bodyMax, sizes.body + MESSAGE_STEP); // a template's large body size still gets a larger bottom line
  return [
    { size: atLeastFloor(Math.max(sizes.bodyMax, sizes.body + LEAD_STEP)), lines: LEAD_SHORT_LINES }, // a short bottom line at the ceiling
    { size: atLeastFloor(Math.min(sizes.body + LEAD_STEP, ceiling)), lines: LEAD_LINES },
    { size: atLeastFloor(sizes.body + MESSAGE_STEP), lines: LEAD_LINES },
    { size: atLeastFloor(sizes.body), lines: LEAD_LINES + 1 },
  ];
}
/** The callout never takes more than this share of the content area: a longer message is cut (in full in the notes). */
const MESSAGE_SHARE = 0.4;
/** A bottom line may take up to half the content area (the points below it support it); longer, it is drawn as the first point. */
const LEAD_SHARE = 0.5;

/** The slide with its message placed (`messageAt`), the message cut with an ellipsis if it would crowd out the body. */
export function placeMessage(slide: Slide, fitter: Fitter): Slide {
  if (!slide.message?.length || slide.layout !== 'content') return slide;
  const { grid, sizes } = fitter.theme;
  const box = messageBox(slide);
  const width = fitter.contentWidth - box.bar - box.padLeft - box.padRight;
  const linesHeight = (runs: Run[], size: number) => fitter.measurer.height(runs, width * PT_PER_IN, size, true) / PT_PER_IN;
  const oneLine = (size: number) => fitter.measurer.lineHeight(size) / PT_PER_IN;
  const fits = ({ size, lines }: { size: number; lines: number }) => linesHeight(slide.message!, size) <= lines * oneLine(size) + 1e-6;
  const tried = messageSizes(slide, sizes);
  if (slide.messageKind === 'lead' && !tried.some(fits)) return asFirstPoint(slide); // a paragraph, not a bottom line: drawn in full
  const fontSize = tried.find(fits)?.size ?? Math.min(sizes.body, tried[tried.length - 1].size);
  const top = grid.contentTop + (slide.subtitle ? grid.subtitleHeight : 0);
  const limit = (slide.messageKind === 'lead' ? LEAD_SHARE : MESSAGE_SHARE) * (grid.contentBottom - top) - 2 * box.padY;
  if (slide.messageKind === 'lead' && linesHeight(slide.message, fontSize) > limit) return asFirstPoint(slide); // a bottom line is never cut
  const message = linesHeight(slide.message, fontSize) <= limit ? slide.message : cut(slide.message, (runs) => linesHeight(runs, fontSize) <= limit);
  const at: Placement = { x: fitter.contentLeft, y: top, w: fitter.contentWidth, h: linesHeight(message, fontSize) + 2 * box.padY, fontSize };
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

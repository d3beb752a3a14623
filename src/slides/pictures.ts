// Plans a slide's pictures: a picture beside the text (two columns, the text measured at the narrower width) or alone and centred; portraits in a column beside the tables.
import { warning, type Problem } from '../errors.js';
import type { Fitter } from './fit.js';
import { PT_PER_IN } from './fit.js';
import { runsText, type Slide, type SlideImage } from './model.js';

/** Share of the content width a picture beside the text may take, and the least it takes (a tall picture takes less, down to this). */
const PICTURE_SHARE = 0.42;
const PICTURE_LEAST = 0.25;
const COLUMN_GAP = 0.3; // inches between the text and the picture column
const CAPTION_GAP = 0.08; // inches between a picture and its caption
const PORTRAIT_COLUMN = 1.5; // inches: the portraits' column beside the participants' tables
const PORTRAIT_GAP = 0.12; // inches between one portrait's name and the next portrait
const PORTRAIT_LEAST = 0.55; // inches: the smallest portrait height before portraits are left out
const ALONE_CAPTION_WIDTH = 4; // inches: a caption under a narrow picture drawn alone may be this wide

type Area = { x: number; y: number; w: number; h: number };

/** The caption's size: the theme's smallest table size, never below 11 pt. */
export function captionSize(fitter: Fitter): number {
  return Math.max(fitter.theme.sizes.tableMin, 11);
}

/** Height in inches of a caption box `width` wide: its lines and the box insets (as the renderer draws it). */
function captionHeight(image: SlideImage, width: number, fitter: Fitter): number {
  if (!image.caption?.length) return 0;
  const inset = fitter.theme.grid.inset;
  return fitter.measurer.height(image.caption, Math.max(width - 2 * inset, 0.2) * PT_PER_IN, captionSize(fitter)) / PT_PER_IN + inset;
}

/** The largest box of the picture's aspect ratio inside w × h, centred horizontally in w, at the top. */
function fitted(image: SlideImage, area: Area): Area {
  const { width, height } = image.size ?? { width: 4, height: 3 };
  const scale = Math.min(area.w / width, area.h / height);
  const w = width * scale;
  return { x: area.x + (area.w - w) / 2, y: area.y, w, h: height * scale };
}

/** Places the picture and its caption inside `area`: the picture as large as fits above the caption. */
function placeInColumn(image: SlideImage, area: Area, captionWidth: number, fitter: Fitter, centred: boolean): SlideImage {
  const capH = captionHeight(image, captionWidth, fitter);
  const room = { ...area, h: Math.max(area.h - (capH ? capH + CAPTION_GAP : 0), 0.2) };
  const box = fitted(image, room);
  const whole = box.h + (capH ? CAPTION_GAP + capH : 0);
  const shift = centred ? Math.max(0, (area.h - whole) / 2) : 0;
  const at = { ...box, y: box.y + shift };
  const capW = Math.min(area.w, captionWidth);
  const captionAt = capH ? { x: area.x + (area.w - capW) / 2, y: at.y + at.h + CAPTION_GAP, w: capW, h: capH, fontSize: captionSize(fitter) } : undefined;
  return { ...image, at, ...(captionAt ? { captionAt } : {}) };
}

/** A picture beside the text: the column's width (narrower for a tall picture) and the picture placed in it. */
function besideText(image: SlideImage, area: Area, fitter: Fitter): { image: SlideImage; textWidth: number } {
  const { width = 4, height = 3 } = image.size ?? {};
  let column = area.w * PICTURE_SHARE;
  const capH = captionHeight(image, column, fitter);
  const tallWidth = (width / height) * (area.h - (capH ? capH + CAPTION_GAP : 0));
  column = Math.min(column, Math.max(area.w * PICTURE_LEAST, tallWidth));
  const textWidth = area.w - column - COLUMN_GAP;
  return { image: placeInColumn(image, { ...area, x: area.x + textWidth + COLUMN_GAP, w: column }, column, fitter, false), textWidth };
}

/** A picture alone: as large as the content area allows, centred, the caption under it at least a few inches wide. */
function alone(image: SlideImage, area: Area, fitter: Fitter): SlideImage {
  const first = placeInColumn(image, area, area.w, fitter, true);
  const captionWidth = Math.min(area.w, Math.max(first.at!.w, ALONE_CAPTION_WIDTH));
  return placeInColumn(image, area, captionWidth, fitter, true);
}

/** Portraits stacked in a column at the right, scaled down together to fit (never below PORTRAIT_LEAST); any that still do not fit are left out. */
function portraitColumn(portraits: SlideImage[], area: Area, fitter: Fitter): SlideImage[] {
  const column = { ...area, x: area.x + area.w - PORTRAIT_COLUMN, w: PORTRAIT_COLUMN };
  const natural = (p: SlideImage) => Math.min((PORTRAIT_COLUMN * (p.size?.height ?? 4)) / (p.size?.width ?? 3), 1.6);
  const below = portraits.map((p) => (p.caption ? CAPTION_GAP + captionHeight(p, PORTRAIT_COLUMN, fitter) : 0));
  const fixed = below.reduce((a, h) => a + h + PORTRAIT_GAP, -PORTRAIT_GAP);
  const scale = Math.min(1, (area.h - fixed) / portraits.reduce((a, p) => a + natural(p), 0));
  const placed: SlideImage[] = [];
  let y = area.y;
  portraits.forEach((p, i) => {
    const h = Math.max(natural(p) * scale, Math.min(natural(p), PORTRAIT_LEAST));
    if (y + h + below[i] > area.y + area.h + 1e-6) return;
    const one = placeInColumn(p, { ...column, y, h: h + below[i] }, PORTRAIT_COLUMN, fitter, false);
    placed.push(one);
    y = (one.captionAt ? one.captionAt.y + one.captionAt.h : one.at!.y + one.at!.h) + PORTRAIT_GAP;
  });
  return placed;
}

/** The names that head the table rows of a slide (each row's first cell, first paragraph). */
function rowNames(slide: Slide): Set<string> {
  const rows = slide.blocks.flatMap((block) => (block.kind === 'table' ? block.rows : []));
  return new Set(rows.map((row) => runsText(row.cells[0]?.[0]?.runs ?? []).trim()));
}

/**
 * Each part of the participants slide shows the portraits of the people in its rows (all of them when no portrait
 * names a row); those that do not fit the column are left out with one warning.
 */
function placePortraits(parts: Slide[], portraits: SlideImage[], area: Area, fitter: Fitter, warnings: Problem[], file?: string): Slide[] {
  const named = parts.map(rowNames);
  const byRow = portraits.some((p) => named.some((names) => names.has(p.alt)));
  const shown = new Set<SlideImage>();
  const placed = parts.map((part, i) => {
    const mine = byRow ? portraits.filter((p) => named[i].has(p.alt)) : portraits;
    const column = portraitColumn(mine, area, fitter);
    column.forEach((p) => shown.add(mine.find((m) => m.alt === p.alt && m.file === p.file)!));
    return { ...part, portraits: column };
  });
  const left = portraits.filter((p) => !shown.has(p)).length;
  if (left) {
    const message = `${left} of ${portraits.length} portraits did not fit beside the participants and were left out (the names stay in the tables)`;
    warnings.push(warning('layout', message, { file }));
  }
  return placed;
}

/**
 * Plans a content slide with its pictures: `plan` paginates the text with a fitter whose content width leaves room for
 * the picture or portrait column. Every slide it makes carries the picture (the text has the same width on each); each
 * carries the portraits of the people in its rows.
 */
export function planWithPictures(
  slide: Slide,
  fitter: Fitter,
  top: number,
  plan: (slide: Slide, fitter: Fitter) => Slide[],
  warnings: Problem[],
  file?: string,
): Slide[] {
  if (!slide.image && !slide.portraits?.length) return plan(slide, fitter);
  const area: Area = { x: fitter.contentLeft, y: top, w: fitter.contentWidth, h: fitter.theme.grid.contentBottom - top };
  let textWidth = area.w;
  let image = slide.image;
  if (image && slide.blocks.length) ({ image, textWidth } = besideText(image, area, fitter));
  else if (image) image = alone(image, area, fitter);
  if (slide.portraits?.length) textWidth = Math.min(textWidth, area.w - PORTRAIT_COLUMN - COLUMN_GAP);
  const planned = plan({ ...slide, image, portraits: undefined }, narrowed(slide, fitter, textWidth)).map((part) => ({ ...part, image }));
  return slide.portraits?.length ? placePortraits(planned, slide.portraits, area, fitter, warnings, file) : planned;
}

/** The fitter for the text column: its width, and its top lowered by the lines a subtitle (drawn in the same placeholder) gains there. */
function narrowed(slide: Slide, fitter: Fitter, width: number): Fitter {
  const subtitle = slide.subtitle ? { runs: [{ text: slide.subtitle }], level: 0, bullet: false } : undefined;
  const size = fitter.theme.sizes.subtitle;
  const gained = subtitle ? fitter.paragraphHeight(subtitle, width, size) - fitter.paragraphHeight(subtitle, fitter.contentWidth, size) : 0;
  if (gained <= 1e-6) return { ...fitter, contentWidth: width };
  const grid = { ...fitter.theme.grid, contentTop: fitter.theme.grid.contentTop + gained };
  return { ...fitter, contentWidth: width, theme: { ...fitter.theme, grid } };
}

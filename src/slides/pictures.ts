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
const PORTRAIT_FRAME = { w: 1.2, h: 1.5 }; // inches: every portrait's frame at full size (4:5), scaled down together
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

/** Share of each side a picture of `size` loses to fill a frame of `aspect` (width / height), cut evenly from both sides. */
function cropFor(size: SlideImage['size'], aspect: number): SlideImage['crop'] {
  const own = size ? size.width / size.height : aspect;
  const cut = own > aspect ? (1 - aspect / own) / 2 : (1 - own / aspect) / 2;
  if (cut < 0.001) return undefined;
  return own > aspect ? { l: cut, t: 0, r: cut, b: 0 } : { l: 0, t: cut, r: 0, b: cut };
}

/**
 * Portraits stacked in a column at the right, each in the same frame (the picture cropped to it, centred), the frames
 * scaled down together to fit (never below PORTRAIT_LEAST high); from the first that still does not fit, the rest are left out.
 */
function portraitColumn(portraits: SlideImage[], area: Area, fitter: Fitter): SlideImage[] {
  const x = area.x + area.w - PORTRAIT_COLUMN;
  const below = portraits.map((p) => (p.caption?.length ? CAPTION_GAP + captionHeight(p, PORTRAIT_COLUMN, fitter) : 0));
  const fixed = below.reduce((a, h) => a + h + PORTRAIT_GAP, -PORTRAIT_GAP);
  const scale = Math.min(1, (area.h - fixed) / (portraits.length * PORTRAIT_FRAME.h));
  const frame = { w: PORTRAIT_FRAME.w * Math.max(scale, PORTRAIT_LEAST / PORTRAIT_FRAME.h), h: Math.max(PORTRAIT_FRAME.h * scale, PORTRAIT_LEAST) };
  const placed: SlideImage[] = [];
  let y = area.y;
  for (const [i, p] of portraits.entries()) {
    if (y + frame.h + below[i] > area.y + area.h + 1e-6) break;
    const at = { x: x + (PORTRAIT_COLUMN - frame.w) / 2, y, w: frame.w, h: frame.h };
    const capH = below[i] - (below[i] ? CAPTION_GAP : 0);
    const captionAt = capH ? { x, y: y + frame.h + CAPTION_GAP, w: PORTRAIT_COLUMN, h: capH, fontSize: captionSize(fitter) } : undefined;
    const crop = cropFor(p.size, frame.w / frame.h);
    placed.push({ ...p, at, ...(crop ? { crop } : {}), ...(captionAt ? { captionAt } : {}) });
    y += frame.h + below[i] + PORTRAIT_GAP;
  }
  return placed;
}

/** The rows of a slide's tables, in order: the name heading each (its first cell's first paragraph, without tags) and whether it is a head of delegation (tagged). */
function slideRows(slide: Slide): { name: string; lead: boolean }[] {
  const rows = slide.blocks.flatMap((block) => (block.kind === 'table' ? block.rows : []));
  return rows.map((row) => {
    const runs = row.cells[0]?.[0]?.runs ?? [];
    return { name: runsText(runs.filter((run) => run.style !== 'tag')).trim(), lead: runs.some((run) => run.style === 'tag') };
  });
}

/** Each part's portraits: those of the people in its rows, heads of delegation first, then in row order (undefined when no portrait names a row). */
function portraitsByPart(parts: Slide[], portraits: SlideImage[]): SlideImage[][] | undefined {
  const left = [...portraits];
  const nameOf = (p: SlideImage) => runsText(p.caption ?? []).trim() || p.alt.trim();
  const byPart = parts.map((part) => {
    const mine = slideRows(part).flatMap((row) => {
      const at = left.findIndex((p) => nameOf(p) === row.name);
      return at < 0 ? [] : [{ portrait: left.splice(at, 1)[0], lead: row.lead }];
    });
    return [...mine.filter((m) => m.lead), ...mine.filter((m) => !m.lead)].map((m) => m.portrait);
  });
  if (left.length === portraits.length) return undefined;
  byPart[0].push(...left);
  return byPart;
}

/**
 * Each part of the participants slide shows the portraits of the people in its rows (all of them when no portrait
 * names a row); those that do not fit the column are left out with one warning.
 */
function placePortraits(parts: Slide[], portraits: SlideImage[], area: Area, fitter: Fitter, warnings: Problem[], file?: string): Slide[] {
  const byPart = portraitsByPart(parts, portraits) ?? parts.map(() => portraits);
  const shown = new Set<SlideImage>();
  const placed = parts.map((part, i) => {
    const column = portraitColumn(byPart[i], area, fitter);
    column.forEach((_, k) => shown.add(byPart[i][k]));
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

// Where text goes on each kind of slide, read from the template's layouts: boxes, insets and level styles the planner measures against.
import type { Box, Insets, LayoutInfo, LayoutKind, LevelStyle, PlaceholderInfo } from '../master/model.js';
import type { Theme } from '../templates/theme.js';

/** One placeholder as the planner sees it: its box on the slide (clear of the banners), insets and paragraph levels. */
export interface TextFrame {
  box: Box;
  insets: Insets;
  levels: LevelStyle[];
  anchor: PlaceholderInfo['anchor'];
  placeholder?: PlaceholderInfo; // absent when the layout has none and the frame is borrowed from another layout
  moved: boolean; // the box differs from the placeholder's own (clipped, or borrowed): the slide must give its position
}

export interface Frame {
  slide: { w: number; h: number };
  content: { title: TextFrame; body: TextFrame };
  cover: { title: TextFrame; subtitle: TextFrame }; // the title slide
  section: { title: TextFrame; body: TextFrame };
}

const TITLE_TYPES = new Set(['title', 'ctrTitle']);
const BODY_TYPES = new Set(['body', 'obj', 'subTitle']);

export function titleOf(layout: LayoutInfo): PlaceholderInfo | undefined {
  return layout.placeholders.find((ph) => TITLE_TYPES.has(ph.type) && !ph.vertical);
}

/** The layout's main text placeholder: a subtitle on a title slide, else the largest body or content placeholder. */
export function bodyOf(layout: LayoutInfo, preferSubtitle = false): PlaceholderInfo | undefined {
  const candidates = layout.placeholders.filter((ph) => BODY_TYPES.has(ph.type) && !ph.vertical);
  const subtitle = preferSubtitle ? candidates.find((ph) => ph.type === 'subTitle') : undefined;
  return subtitle ?? [...candidates].sort((a, b) => b.box.w * b.box.h - a.box.w * a.box.h)[0];
}

/** The frames of every kind of slide, each box kept clear of bands `clear` inches tall at the top and bottom (the classification banners). */
export function frameOf(layouts: Record<LayoutKind, LayoutInfo>, slide: { w: number; h: number }, clear: number): Frame {
  const content = layouts.content;
  const fallbackTitle = titleOf(content) ?? titleOf(layouts.titleOnly);
  const fallbackBody = bodyOf(content);
  const frameOn =
    (layout: LayoutInfo) =>
    (ph: PlaceholderInfo | undefined, borrowed: PlaceholderInfo | undefined, fallbackBox: Box): TextFrame =>
      textFrame(ph ?? borrowed, ph === undefined, fallbackBox, slide, clear, [...(layout.obstacles ?? []), ...footerBoxes(layout, slide, clear)]);
  const bodyBox: Box = { x: slide.w * 0.08, y: slide.h * 0.25, w: slide.w * 0.84, h: slide.h * 0.6 };
  const titleBox: Box = { x: slide.w * 0.08, y: slide.h * 0.06, w: slide.w * 0.84, h: slide.h * 0.16 };
  return {
    slide,
    content: { title: frameOn(content)(titleOf(content), fallbackTitle, titleBox), body: frameOn(content)(fallbackBody, bodyOf(layouts.titleOnly), bodyBox) },
    cover: apart(
      grownUp(frameOn(layouts.title)(titleOf(layouts.title), fallbackTitle, titleBox), clear, layouts.title.obstacles ?? []),
      grownDown(frameOn(layouts.title)(bodyOf(layouts.title, true), fallbackBody, bodyBox), slide, clear, layouts.title.obstacles ?? []),
    ),
    section: {
      title: frameOn(layouts.section)(titleOf(layouts.section), fallbackTitle, titleBox),
      body: frameOn(layouts.section)(bodyOf(layouts.section), fallbackBody, bodyBox),
    },
  };
}

/** Where a footer placeholder is drawn: its own box, moved up clear of a bottom band `clear` inches tall that it would reach into. */
export function footerBox(box: Box, slide: { w: number; h: number }, clear: number): Box {
  return box.y + box.h > slide.h - clear + 1e-6 ? { ...box, y: Math.max(0, slide.h - clear - box.h) } : box;
}

/** The footer, date and slide-number placeholders of a layout where they are drawn: text is kept clear of them, however small they are. */
function footerBoxes(layout: LayoutInfo, slide: { w: number; h: number }, clear: number): (Box & { footer: true })[] {
  const footers = layout.placeholders.filter((ph) => ph.type === 'ftr' || ph.type === 'sldNum' || ph.type === 'dt');
  return footers.map((ph) => ({ ...footerBox(ph.box, slide, clear), footer: true }));
}

function textFrame(
  ph: PlaceholderInfo | undefined,
  borrowed: boolean,
  fallbackBox: Box,
  slide: { w: number; h: number },
  clear: number,
  obstacles: (Box & { footer?: boolean })[],
): TextFrame {
  const own = ph?.box ?? fallbackBox;
  const box = clearOf(clipped(own, slide, clear), obstacles);
  const moved = borrowed || !ph || ph.repeatStyle === true || box.y !== own.y || box.h !== own.h; // a LibreOffice layout's own box is not its design
  return {
    box,
    insets: ph?.insets ?? { left: 0.1, right: 0.1, top: 0.05, bottom: 0.05 },
    levels: ph?.levels ?? defaultLevels(),
    anchor: ph?.anchor ?? 'top',
    placeholder: ph,
    moved,
  };
}

/** Room kept below the title slide's details, above the bottom banner (inches). */
const COVER_FOOT = 0.3;

/**
 * The title slide's subtitle box reaches down to the foot of the slide (clear of the banner and of shapes drawn there):
 * a template's subtitle box is sized for one line, the title slide carries a subtitle and up to four lines of detail.
 */
function grownDown(frame: TextFrame, slide: { w: number; h: number }, clear: number, obstacles: Box[]): TextFrame {
  const bottom = slide.h - clear - COVER_FOOT;
  if (frame.anchor !== 'top' || frame.box.y + frame.box.h >= bottom) return frame; // text set low or centred would move with the box
  const box = clearOf({ ...frame.box, h: bottom - frame.box.y }, obstacles);
  return box.h > frame.box.h ? { ...frame, box, moved: true } : frame;
}

/** Room kept above the title slide's title, below the top banner (inches). */
const COVER_HEAD = 0.3;

/**
 * The title slide's title box, when its text sits at the bottom (or middle) of it, reaches up towards the top of the
 * slide: a template's box is often one line tall, a briefing's title two or three. Its foot stays where the design puts it.
 */
function grownUp(frame: TextFrame, clear: number, obstacles: Box[]): TextFrame {
  const { x, y, w } = frame.box;
  const above = obstacles.filter((shape) => shape.y + shape.h <= y + 1e-6 && shape.x < x + w && shape.x + shape.w > x); // a logo above the title: the box stops under it
  const top = Math.max(clear + COVER_HEAD, ...above.map((shape) => shape.y + shape.h + GAP));
  if (frame.anchor === 'top' || frame.box.y <= top) return frame;
  const bottom = frame.box.y + frame.box.h;
  const box = clearOf({ ...frame.box, y: top, h: bottom - top }, obstacles);
  return box.h > frame.box.h ? { ...frame, box, moved: true } : frame;
}

/** Overlap (inches) of two title-slide boxes above which their texts would be drawn over each other. */
const COVER_OVERLAP = 0.2;

/**
 * The title slide's title and subtitle frames kept apart: some templates (LibreOffice's Portfolio) give both the
 * whole slide, so the texts would be drawn over each other. The upper box (the title when their tops are level) ends
 * and the lower one starts in the middle of the height they share.
 */
function apart(title: TextFrame, subtitle: TextFrame): { title: TextFrame; subtitle: TextFrame } {
  const [a, b] = [title.box, subtitle.box];
  const across = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const top = Math.max(a.y, b.y);
  const bottom = Math.min(a.y + a.h, b.y + b.h);
  if (across <= 0 || bottom - top <= COVER_OVERLAP) return { title, subtitle };
  const split = (top + bottom) / 2;
  const titleAbove = a.y <= b.y + COVER_OVERLAP;
  const above = (frame: TextFrame): TextFrame => ({ ...frame, box: { ...frame.box, h: Math.max(split - GAP - frame.box.y, 0.3) }, moved: true });
  const below = (frame: TextFrame): TextFrame => {
    const y = Math.min(split + GAP, frame.box.y + frame.box.h - 0.3);
    return { ...frame, box: { ...frame.box, y, h: frame.box.y + frame.box.h - y }, moved: true };
  };
  return titleAbove ? { title: above(title), subtitle: below(subtitle) } : { title: below(title), subtitle: above(subtitle) };
}

const GAP = 0.05; // inches kept between text and a shape it is moved clear of
const MIN_SHARE = 0.4; // text keeps at least this share of its height; a shape that would leave less is a backdrop it sits on

const FOOT_BADGE = 0.75; // inches: the most a badge at the foot of the body (a slide number's circle) is tall

/**
 * The box cut clear of shapes that reach into it from below or above (a band across the foot of the slide, a picture
 * in a corner): the text is kept above a shape in its lower half and below one in its upper half. A shape that covers
 * the box's whole height is its backdrop (a title on a coloured band), and one that would leave too little is ignored.
 */
function clearOf(box: Box, obstacles: (Box & { footer?: boolean })[]): Box {
  let top = box.y;
  let bottom = box.y + box.h;
  for (const shape of obstacles) {
    const across = Math.min(box.x + box.w, shape.x + shape.w) - Math.max(box.x, shape.x);
    const down = Math.min(bottom, shape.y + shape.h) - Math.max(top, shape.y);
    // a slide number in a corner (a footer placeholder, or a small badge the master draws at the box's foot) is in the way of a line that reaches it
    const footer = 'footer' in shape || (shape.h <= FOOT_BADGE && shape.y >= bottom - FOOT_BADGE);
    if (across <= (footer ? 0 : 0.2 * box.w) || down <= 0 || (shape.y <= top && shape.y + shape.h >= bottom)) continue;
    const fromBelow = shape.y + shape.h / 2 > (top + bottom) / 2;
    const next = fromBelow ? { top, bottom: Math.min(bottom, shape.y - GAP) } : { top: Math.max(top, shape.y + shape.h + GAP), bottom };
    if (next.bottom - next.top >= MIN_SHARE * box.h) ({ top, bottom } = next);
  }
  return { ...box, y: top, h: bottom - top };
}

/** A box kept on the slide and clear of the top and bottom bands. */
function clipped(box: Box, slide: { w: number; h: number }, clear: number): Box {
  const top = Math.max(box.y, clear);
  const bottom = Math.min(box.y + box.h, slide.h - clear);
  const x = Math.max(0, box.x);
  const right = Math.min(box.x + box.w, slide.w);
  return { x, y: top, w: Math.max(right - x, 0.5), h: Math.max(bottom - top, 0.5) };
}

function defaultLevels(): LevelStyle[] {
  return [0, 1, 2, 3, 4].map((level) => ({
    size: 18,
    font: 'Calibri',
    bold: false,
    italic: false,
    marginLeft: 0.25 * (level + 1),
    indent: -0.25,
    spaceBefore: 6,
    spaceAfter: 0,
    lineSpacing: 1,
    bullet: true,
    align: 'left',
  }));
}

/** Sub-points shrink with the top level but stay readable: never below this (unless the template's own level is smaller). */
export const SUB_LEVEL_MIN_PT = 10;

/**
 * The size a paragraph of `level` is drawn at when the top level of its block is drawn at `fontSize`: the template's
 * level size in the same proportion to the top level's, as planned and as rendered.
 */
export function levelFontSize(fontSize: number, levels: readonly LevelStyle[] | undefined, level: number): number {
  const top = levels?.[0]?.size;
  if (level <= 0 || !levels?.length || !top) return fontSize;
  const own = levels[Math.min(level, levels.length - 1)].size;
  return Math.max((fontSize * own) / top, Math.min(own, SUB_LEVEL_MIN_PT));
}

/**
 * The title slide's detail-line size: its subtitle line is set at this + 4 (the template's subtitle size), its quieter
 * lines at this − 4; never so small that those fall below 10 pt (a template with a 15 pt subtitle style).
 */
export function coverBase(frame: Frame): number {
  return Math.max(frame.cover.subtitle.levels[0].size - 4, 14);
}

/**
 * The theme as the planner measures with it on this template: slide size, content area, insets, indents and type sizes
 * read from the placeholders (the theme's floors and colours kept). Boxes the grid cannot express come from the frame.
 */
export function themeOnFrame(theme: Theme, frame: Frame): Theme {
  const { title, body } = frame.content;
  const level = body.levels[0];
  const indentStep = body.levels[1] ? body.levels[1].marginLeft - level.marginLeft : level.marginLeft;
  const titleSize = title.levels[0].size;
  const coverSize = frame.cover.title.levels[0].size;
  return {
    ...theme,
    fonts: { ...theme.fonts, heading: title.levels[0].font, body: level.font },
    sizes: {
      ...theme.sizes,
      title: titleSize,
      titleMin: Math.min(theme.sizes.titleMin, titleSize),
      titleSlide: coverSize,
      body: level.size,
      bodyMin: Math.min(theme.sizes.bodyMin, level.size),
    },
    grid: {
      ...theme.grid,
      width: frame.slide.w,
      height: frame.slide.h,
      margin: body.box.x,
      titleTop: title.box.y,
      titleHeight: title.box.h,
      contentTop: body.box.y,
      contentBottom: body.box.y + body.box.h,
      inset: Math.max(body.insets.left, body.insets.right),
      indent: indentStep > 0.05 ? indentStep : theme.grid.indent,
      paragraphGap: level.spaceBefore + level.spaceAfter, // between two paragraphs: the space after one and before the next
    },
  };
}

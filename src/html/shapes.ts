// A slide's placeholder text as HTML: the shapes the .pptx fills (src/pptx/slide-shapes.ts), each box where the .pptx puts it, its paragraphs on the planner's lines.
import type { Box, LevelStyle, PlaceholderInfo } from '../master/model.js';
import type { DeckModel } from '../slides/deck.js';
import { levelFontSize } from '../slides/frame.js';
import type { Measurer } from '../slides/measure.js';
import type { Paragraph } from '../slides/model.js';
import { numberShift } from '../slides/numbering.js';
import type { PlaceholderShape } from '../pptx/placeholders.js';
import type { ParagraphLook } from '../pptx/text-xml.js';
import { num, paragraphHtml, type ParagraphDraw } from './text.js';

const PT_PER_IN = 72;
/** The bullet characters of the master's five levels (src/master/text-styles.ts). */
const BULLETS = ['•', '–', '•', '–', '•'];

/** What drawing text needs from the deck: CSS colours on the slide's master, fonts, and the measurers the planner used. */
export interface TextContext {
  deck: DeckModel;
  colour: (colour: string) => string;
  font: (family: string) => string;
  body: Measurer;
  heading: Measurer;
}

/** The bullet indent per level the planner used (the body's level step, else the theme's). */
export function plannerIndent(deck: DeckModel): number {
  const levels = deck.frame.content.body.levels;
  const step = levels[1] ? levels[1].marginLeft - levels[0].marginLeft : levels[0].marginLeft;
  return step > 0.05 ? step : deck.style.indent;
}

/** The width (points) the planner wrapped a body paragraph to in a block `width` inches wide (src/slides/fit.ts textWidth). */
export function plannerWidth(p: Paragraph, width: number, fontSize: number, deck: DeckModel): number {
  const body = deck.frame.content.body;
  const indent = plannerIndent(deck);
  const inner =
    width -
    body.insets.left -
    body.insets.right -
    (p.bullet || p.continued ? (p.level + 1) * indent : p.level * indent) -
    (p.numbered ? numberShift(p, levelFontSize(fontSize, body.levels, p.numbered.level), indent) : 0);
  return inner * PT_PER_IN;
}

const level = (ph: PlaceholderInfo, n: number): LevelStyle => ph.levels[Math.min(n, ph.levels.length - 1)];

/** Margin, bullet and its place for a paragraph as the .pptx writes it (src/pptx/text-xml.ts). */
function indents(p: Paragraph, look: ParagraphLook, style: LevelStyle, ctx: TextContext): Pick<ParagraphDraw, 'marginLeft' | 'bullet'> {
  if (look.inherit) {
    // a title or subtitle line takes its level's bullet and indents as they are (a template's subtitle may have bullets)
    if (!style.bullet || look.stated) return { marginLeft: Math.max(style.marginLeft + style.indent, 0) }; // a stated style has no bullet (buNone)
    return { marginLeft: style.marginLeft, bullet: { text: BULLETS[Math.min(p.level, BULLETS.length - 1)], at: Math.max(style.marginLeft + style.indent, 0) } };
  }
  if (!p.bullet && !p.continued) return { marginLeft: 0 };
  const left = look.margins?.left ?? style.marginLeft;
  if (p.continued && !p.bullet) return { marginLeft: left };
  const numbered = p.numbered?.n !== undefined && p.numbered.level === p.level;
  const text = numbered ? `${p.numbered!.n}.` : BULLETS[Math.min(p.level, BULLETS.length - 1)];
  const colour = look.bulletColour ? ctx.colour(look.bulletColour) : undefined;
  return { marginLeft: left, bullet: { text, at: Math.max(left + (look.margins?.indent ?? style.indent), 0), colour } };
}

/** How one paragraph of a placeholder is drawn and wrapped. */
function drawOf(p: Paragraph, look: ParagraphLook, ph: PlaceholderInfo, box: Box, ctx: TextContext, planned?: BodyWrap): ParagraphDraw {
  const style = level(ph, p.level);
  const size = look.size ?? style.size;
  const { marginLeft, bullet } = indents(p, look, style, ctx);
  const inner = (box.w - ph.insets.left - ph.insets.right - marginLeft) * PT_PER_IN;
  const title = ph.type === 'title' || ph.type === 'ctrTitle';
  return {
    size,
    wrapWidth: planned ? plannerWidth(p, planned.width, planned.fontSize, ctx.deck) : inner,
    bold: look.bold || style.bold,
    measureBold: title ? true : undefined, // titles are fitted measured bold (src/slides/title.ts)
    italic: style.italic,
    colour: look.colour ? ctx.colour(look.colour) : style.colour ? `#${style.colour}` : ctx.colour('tx1'),
    muted: ctx.colour(ctx.deck.style.colours.muted),
    accent: ctx.colour(ctx.deck.style.colours.accent),
    marginLeft,
    bullet,
    spaceBefore: look.spaceBefore ?? style.spaceBefore,
    spaceAfter: style.spaceAfter,
    lineSpacing: style.lineSpacing || 1,
    align: look.align ?? style.align,
    font: ctx.font(style.font),
  };
}

export function boxStyle(box: Box): string {
  return `left:${num(box.x)}in;top:${num(box.y)}in;width:${num(box.w)}in;height:${num(box.h)}in`;
}

const ANCHOR = { top: 'flex-start', middle: 'center', bottom: 'flex-end' } as const;

/** A body paragraph as the planner measured it: its block's font size (the top level's) and width (inches). */
export interface BodyWrap {
  fontSize: number;
  width: number;
}

/**
 * One placeholder shape: its box, insets and anchor, and its paragraphs. `planned` gives, for the body placeholder,
 * each paragraph's block as planned: its lines are wrapped to the width the planner measured them at.
 */
export function placeholderHtml(shape: PlaceholderShape, ctx: TextContext, planned?: BodyWrap[]): string {
  const ph = shape.placeholder;
  const box = shape.box ?? ph.box;
  const title = ph.type === 'title' || ph.type === 'ctrTitle';
  const measurer = title ? ctx.heading : ctx.body;
  const paragraphs =
    'field' in shape
      ? [paragraphHtml({ runs: [{ text: String(shape.number) }] }, drawOf(plain(String(shape.number)), shape.look, ph, box, ctx), measurer)]
      : shape.paragraphs.map(({ paragraph, look }, i) => paragraphHtml(paragraph, drawOf(paragraph, look, ph, box, ctx, planned?.[i]), measurer));
  const kind = title ? 'title' : ph.type === 'sldNum' ? 'number' : ph.type === 'ftr' ? 'footer' : 'body';
  const padding = `padding:${num(ph.insets.top)}in ${num(ph.insets.right)}in ${num(ph.insets.bottom)}in ${num(ph.insets.left)}in`;
  return `<div class="box ${kind}" style="${boxStyle(box)};${padding};justify-content:${ANCHOR[ph.anchor]}">${paragraphs.join('')}</div>`;
}

const plain = (text: string): Paragraph => ({ runs: [{ text }], level: 0, bullet: false });

/** A paragraph in the deck's body font, drawn at `size` and wrapped to `width` points; `over` sets the rest. */
export function drawIn(ctx: TextContext, size: number, width: number, over: Partial<ParagraphDraw> = {}): ParagraphDraw {
  const c = ctx.deck.style.colours;
  return {
    size,
    wrapWidth: width,
    colour: ctx.colour(c.text),
    muted: ctx.colour(c.muted),
    accent: ctx.colour(c.accent),
    marginLeft: 0,
    spaceBefore: 0,
    lineSpacing: 1,
    align: 'left',
    font: ctx.font(ctx.deck.style.fonts.body),
    ...over,
  };
}

// Where the default template's placeholders and decorations sit, in inches, from theme.yaml's grid (one place for every box).
import type { Theme } from '../templates/theme.js';
import type { Box } from './model.js';

export interface TemplateGrid {
  title: Box; // the title band
  body: Box; // the content area
  date: Box; // footer band, right of the footer text
  footer: Box; // footer band, left
  slideNumber: Box; // footer band, right
  accentRule: Box; // under the title band
  footerRule: Box; // above the footer band
  titleSlide: { title: Box; subtitle: Box; accentRule: Box };
  section: { title: Box; body: Box; accentRule: Box };
  two: { left: Box; right: Box };
}

const FOOTER_SIDE_BOX = 2; // inches: the slide number box, and the date box beside it
const TWO_CONTENT_GAP = 0.4; // inches between the two bodies of "Two Content"

/** The boxes of the default template; a logo box, when given, is kept clear of (boxes it would overlap are shortened on its side). */
export function templateGrid(theme: Theme, logo?: Box, rtl = false): TemplateGrid {
  const g = theme.grid;
  const contentWidth = g.width - 2 * g.margin;
  const band = (x: number, w: number): Box => ({ x, y: g.footerTop, w, h: g.footerHeight });
  const right = g.margin + contentWidth;
  const titleSlideWidth = contentWidth - 1.2; // as the title slide has always been: clear of the right edge
  const centredX = (g.width - titleSlideWidth) / 2;
  const half = (contentWidth - TWO_CONTENT_GAP) / 2;
  const body: Box = { x: g.margin, y: g.contentTop, w: contentWidth, h: g.contentBottom - g.contentTop };
  const clear = (box: Box) => (logo ? clearOf(box, logo, g.inset) : box);
  return {
    title: clear({ x: g.margin, y: g.titleTop, w: contentWidth, h: g.titleHeight }),
    body,
    date: clear(band(right - 2 * FOOTER_SIDE_BOX, FOOTER_SIDE_BOX)),
    footer: clear(band(g.margin, contentWidth - 2 * FOOTER_SIDE_BOX)),
    slideNumber: clear(band(right - FOOTER_SIDE_BOX, FOOTER_SIDE_BOX)),
    accentRule: { x: g.margin + g.inset, y: g.titleTop + g.titleHeight + g.ruleGap, w: 1.2, h: 0.05 }, // content titles may be in either direction (labels): the rule stays left
    footerRule: { x: g.margin, y: g.footerTop - 0.08, w: contentWidth, h: 0.01 },
    titleSlide: coverBoxes(theme, titleSlideWidth, logo, rtl),
    section: {
      title: clear({ x: centredX, y: 1.35, w: titleSlideWidth, h: 2.6 }),
      body: { x: centredX, y: 4.3, w: titleSlideWidth, h: 2.3 },
      accentRule: { x: (g.width - 1.6) / 2, y: 4.05, w: 1.6, h: 0.06 },
    },
    two: { left: { ...body, w: half }, right: { ...body, x: g.margin + half + TWO_CONTENT_GAP, w: half } },
  };
}

/** The title slide's accent rule sits on this share of the slide's height: the title block is set above it, the details below. */
const COVER_RULE_AT = 0.4;
const COVER_RULE = { w: 1.6, h: 0.06 };
const COVER_HEAD = 0.3; // inches kept free under the top banner when there is no logo

/**
 * The title slide on the grid: one left edge (the margin; the rule starts where the text does, at margin + inset), the accent
 * rule on a fixed line at 40 % of the height, the title set on it from above (its box anchored at the bottom, reaching up to
 * the top band, or to below a logo in a top corner: never shortened sideways, so its left edge stays the others'), the
 * subtitle and detail lines a block gap under the rule, down to the content area's foot.
 */
function coverBoxes(theme: Theme, width: number, logo?: Box, rtl = false): TemplateGrid['titleSlide'] {
  const g = theme.grid;
  const ruleY = Math.round(g.height * COVER_RULE_AT * 20) / 20; // on a 0.05 in step
  const logoAbove = logo && logo.y < ruleY / 2 && logo.x < g.margin + width && logo.x + logo.w > g.margin;
  const top = Math.max(g.banner + COVER_HEAD, logoAbove ? logo.y + logo.h + g.inset : 0);
  const titleBottom = ruleY - g.inset;
  const subtitleTop = ruleY + COVER_RULE.h + g.blockGap - g.inset / 2; // the text (below its top inset) a block gap under the rule
  return {
    title: { x: g.margin, y: top, w: width, h: Math.max(titleBottom - top, 0.5) },
    subtitle: { x: g.margin, y: subtitleTop, w: width, h: g.contentBottom - subtitleTop },
    accentRule: { x: rtl ? g.margin + width - g.inset - COVER_RULE.w : g.margin + g.inset, y: ruleY, ...COVER_RULE }, // where the text starts: at the right in a right-to-left deck
  };
}

/** `box` shortened on the side where `obstacle` overlaps it, leaving `gap` between them; untouched when they do not overlap. */
export function clearOf(box: Box, obstacle: Box, gap: number): Box {
  const overlaps = box.x < obstacle.x + obstacle.w && obstacle.x < box.x + box.w && box.y < obstacle.y + obstacle.h && obstacle.y < box.y + box.h;
  if (!overlaps) return box;
  const obstacleCentre = obstacle.x + obstacle.w / 2;
  if (obstacleCentre >= box.x + box.w / 2) return { ...box, w: Math.max(0, obstacle.x - gap - box.x) };
  const left = obstacle.x + obstacle.w + gap;
  return { ...box, x: left, w: Math.max(0, box.x + box.w - left) };
}

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
export function templateGrid(theme: Theme, logo?: Box): TemplateGrid {
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
    accentRule: { x: g.margin + g.inset, y: g.titleTop + g.titleHeight + g.ruleGap, w: 1.2, h: 0.05 },
    footerRule: { x: g.margin, y: g.footerTop - 0.08, w: contentWidth, h: 0.01 },
    titleSlide: {
      title: clear({ x: g.margin, y: 1.35, w: titleSlideWidth, h: 2.6 }),
      subtitle: { x: g.margin, y: 4.3, w: titleSlideWidth, h: 2.3 },
      accentRule: { x: g.margin + g.inset, y: 4.05, w: 1.6, h: 0.06 },
    },
    section: {
      title: clear({ x: centredX, y: 1.35, w: titleSlideWidth, h: 2.6 }),
      body: { x: centredX, y: 4.3, w: titleSlideWidth, h: 2.3 },
      accentRule: { x: (g.width - 1.6) / 2, y: 4.05, w: 1.6, h: 0.06 },
    },
    two: { left: { ...body, w: half }, right: { ...body, x: g.margin + half + TWO_CONTENT_GAP, w: half } },
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

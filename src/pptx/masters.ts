// Defines the deck's slide masters (title and content) from the theme: banners, title placeholder, footer, slide number.
import type { MasterProps, Presentation } from './pptxgen.js';
import type { Theme } from '../templates/theme.js';
import type { Banner } from '../templates/markings.js';
import { fitOneLine, SAFETY, sharedMeasurer } from '../slides/measure.js';

export const MASTER = { title: 'BRIEFDECK_TITLE', content: 'BRIEFDECK_CONTENT' } as const;

export interface DeckFrame {
  banner?: Banner; // the classification marking, canonical, with its level's colours
  footer: string; // brief title and date
}

type MasterObject = NonNullable<MasterProps['objects']>[number];

function banners(theme: Theme, banner: Banner | undefined): MasterObject[] {
  if (!banner) return [];
  const g = theme.grid;
  const bar = (y: number): MasterObject => ({
    text: {
      text: banner.text,
      options: {
        x: 0,
        y,
        w: g.width,
        h: g.banner,
        fill: { color: banner.fill },
        color: banner.color,
        fontFace: theme.fonts.body,
        fontSize: bannerFontSize(theme, banner.text, g.width),
        bold: true,
        align: 'center',
        valign: 'middle',
        margin: 0,
      },
    },
  });
  return [bar(0), bar(g.height - g.banner)];
}

/** The banner's font size: the theme's, smaller when a long marking would not fit on one line `width` inches wide (never below 6 pt). */
export function bannerFontSize(theme: Theme, text: string, width: number): number {
  const available = (width - 2 * theme.grid.inset) * 72;
  const needed = sharedMeasurer().width(text, theme.sizes.banner, true) * SAFETY;
  return needed <= available ? theme.sizes.banner : Math.max(6, Math.floor((theme.sizes.banner * available * 10) / needed) / 10);
}

/** Text insets in points, pptxgenjs order [left, right, bottom, top]: the grid's side inset, half of it above and below. */
function insets(theme: Theme, vertical = true): [number, number, number, number] {
  const side = theme.grid.inset * 72;
  return [side, side, vertical ? side / 2 : 0, vertical ? side / 2 : 0];
}

/** The footer on one line: a long brief title is cut with an ellipsis (master text objects take a plain string). */
function footerText(theme: Theme, frame: DeckFrame, width: number): string {
  return fitOneLine(sharedMeasurer(), frame.footer, (width - 2 * theme.grid.inset) * 72, theme.sizes.footer);
}

export function defineMasters(pptx: Presentation, theme: Theme, frame: DeckFrame): void {
  const g = theme.grid;
  const c = theme.colours;
  const fonts = theme.fonts;
  const contentWidth = g.width - 2 * g.margin;
  pptx.defineSlideMaster({
    title: MASTER.content,
    background: { color: 'FFFFFF' },
    margin: [g.inset / 2, g.inset, g.inset / 2, g.inset],
    objects: [
      ...banners(theme, frame.banner),
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: g.margin,
            y: g.titleTop,
            w: contentWidth,
            h: g.titleHeight,
            fontFace: fonts.heading,
            fontSize: theme.sizes.title,
            bold: true,
            color: c.navy,
            align: 'left',
            valign: 'bottom',
            margin: insets(theme),
          },
          text: '',
        },
      },
      {
        rect: {
          x: g.margin + g.inset,
          y: g.titleTop + g.titleHeight + g.ruleGap,
          w: 1.2,
          h: 0.05,
          fill: { color: c.accent },
          line: { color: c.accent, width: 0 },
        },
      },
      { rect: { x: g.margin, y: g.footerTop - 0.08, w: contentWidth, h: 0.01, fill: { color: c.rule }, line: { color: c.rule, width: 0 } } },
      {
        text: {
          text: footerText(theme, frame, contentWidth - 2),
          options: {
            x: g.margin,
            y: g.footerTop,
            w: contentWidth - 2,
            h: g.footerHeight,
            fontFace: fonts.body,
            fontSize: theme.sizes.footer,
            color: c.muted,
            valign: 'middle',
            margin: insets(theme, false),
          },
        },
      },
    ],
    slideNumber: {
      x: g.width - g.margin - 2,
      y: g.footerTop,
      w: 2,
      h: g.footerHeight,
      fontFace: fonts.body,
      fontSize: theme.sizes.footer,
      color: c.muted,
      align: 'right',
      valign: 'middle',
      margin: [0, g.inset * 72, 0, g.inset * 72],
    }, // slide numbers take [top, right, bottom, left]
  });
  pptx.defineSlideMaster({
    title: MASTER.title,
    background: { color: c.navy },
    objects: [
      ...banners(theme, frame.banner),
      { rect: { x: g.margin + g.inset, y: 4.05, w: 1.6, h: 0.06, fill: { color: c.accent }, line: { color: c.accent, width: 0 } } },
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: g.margin,
            y: 1.35,
            w: contentWidth - 1.2,
            h: 2.6,
            fontFace: fonts.heading,
            fontSize: theme.sizes.titleSlide,
            bold: true,
            color: c.onDark,
            align: 'left',
            valign: 'bottom',
            margin: insets(theme),
          },
          text: '',
        },
      },
    ],
  });
}

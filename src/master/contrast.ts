// Colour contrast of the default template: every (text, background) pair it draws from a theme, and WCAG 2 contrast ratios.
import type { Theme } from '../templates/theme.js';
import { coverColours } from './theme-part.js';

/** WCAG AA for normal-size text: every pair below must reach it. */
export const MIN_CONTRAST = 4.5;

export interface ColourPair {
  where: string; // what draws this text, in words (for a test's or a warning's message)
  text: string; // RRGGBB
  background: string; // RRGGBB
  key: string[]; // the theme key of the colour to change (where a warning points)
}

/** WCAG 2 relative luminance of an RRGGBB colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two RRGGBB colours (1 to 21, order does not matter). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Every text colour the default template and the renderer draw, on the background it is drawn on: the title slide (on its
 * cover colour), content slides (white), table header and zebra rows, the message callout, footers, and the banner of every
 * classification level. The slots follow src/master/theme-part.ts (tx1 = text, tx2 = navy, accent1 = accent, accent2 = muted, bg2 = light).
 */
export function textColourPairs(theme: Theme): ColourPair[] {
  const c = theme.colours;
  const white = 'FFFFFF';
  const cover = coverColours(theme);
  const light = theme.cover === 'light';
  const colour = (name: keyof Theme['colours']) => ({ text: c[name], key: ['colours', name] });
  const onWhite: [string, keyof Theme['colours']][] = [
    ['slide title', 'navy'],
    ['body text', 'text'],
    ['muted text (subtitles, captions, sources, footer, slide number)', 'muted'],
    ['links and tags', 'accent'],
  ];
  const onLight: [string, keyof Theme['colours']][] = [
    ['table zebra row text', 'text'],
    ['table zebra row muted text', 'muted'],
    ['table zebra row links and tags', 'accent'],
    ['message callout', 'navy'],
  ];
  return [
    { where: 'title slide title', text: cover.title, background: cover.fill, key: ['colours', light ? 'navy' : 'onDark'] },
    { where: 'title slide subtitle and details', text: cover.text, background: cover.fill, key: ['colours', light ? 'text' : 'onDark'] },
    { where: 'title slide detail lines and footer', text: cover.muted, background: cover.fill, key: ['colours', light ? 'muted' : 'onDarkMuted'] },
    ...onWhite.map(([where, name]) => ({ where, ...colour(name), background: white })),
    ...onLight.map(([where, name]) => ({ where, ...colour(name), background: c.light })),
    { where: 'table header', text: white, background: c.navy, key: ['colours', 'navy'] },
    ...Object.entries(theme.classification.levels).map(([level, pair]) => ({
      where: `classification banner (${level})`,
      text: pair.text,
      background: pair.fill,
      key: ['classification', 'levels', level, 'text'],
    })),
  ];
}

/** The pairs below WCAG AA, each with its ratio. */
export function contrastFailures(theme: Theme, minimum = MIN_CONTRAST): (ColourPair & { ratio: number })[] {
  return textColourPairs(theme)
    .map((pair) => ({ ...pair, ratio: contrastRatio(pair.text, pair.background) }))
    .filter((pair) => pair.ratio < minimum);
}

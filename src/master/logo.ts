// The theme's logo or crest: read and checked (PNG, JPEG or SVG, not corrupt), placed at its aspect ratio in a corner band, SVG rendered to PNG too.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BriefdeckError, problem } from '../errors.js';
import { systemErrorWords } from '../shared/oserror.js';
import { locateInTheme, type Theme } from '../templates/theme.js';
import type { LogoArt } from './decorate.js';
import { readImageHeader, type ImageHeader } from './image-size.js';
import type { Box } from './model.js';
import { checkDecodes, svgToPng } from './picture.js';

export type LogoPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

const DEFAULT_HEIGHT = 0.5; // inches
const BAND_GAP = 0.06; // inches kept free above and below the logo inside its band
const MAX_BYTES = 10 * 1024 * 1024;
const PNG_DPI = 300; // an SVG's PNG rendering, at the size it is drawn

interface Band {
  top: number;
  bottom: number;
}

/**
 * The band a logo sits in, in inches from the slide's top: the title band (below the banner, down to the title's rule)
 * for the top corners, the footer band (between the footer rule and the bottom banner) for the bottom ones.
 */
export function logoBand(theme: Theme, position: LogoPosition, slideHeight = theme.grid.height): Band {
  const g = theme.grid;
  if (position.startsWith('top')) return { top: g.banner + BAND_GAP, bottom: g.titleTop + g.titleHeight };
  const fromBottom = (y: number) => slideHeight - (g.height - y);
  return { top: fromBottom(g.footerTop - 0.08) + BAND_GAP, bottom: fromBottom(g.height - g.banner) - BAND_GAP };
}

export type LogoPlacement = { box: Box } | { problem: string; key: 'height' };

/** The logo's box: `height` tall (default 0.5 in, or the band's height if less), as wide as its aspect ratio makes it, centred in its band at the side margin. */
export function logoBox(
  theme: Theme,
  image: { width: number; height: number },
  position: LogoPosition,
  height: number | undefined,
  slide = { w: theme.grid.width, h: theme.grid.height },
): LogoPlacement {
  const g = theme.grid;
  const band = logoBand(theme, position, slide.h);
  const room = band.bottom - band.top;
  const h = height ?? Math.min(DEFAULT_HEIGHT, room);
  if (h > room + 1e-9)
    return {
      key: 'height',
      problem: `expected at most ${round(room)} (inches: the height of the ${position.startsWith('top') ? 'title' : 'footer'} band the logo sits in), found ${height}`,
    };
  const w = (h * image.width) / image.height;
  const widest = (slide.w - 2 * g.margin) / 3;
  if (w > widest + 1e-9)
    return {
      key: 'height',
      problem: `expected a smaller height: the logo would be ${round(w)} in wide at its aspect ratio, and may be at most ${round(widest)} in (a third of the content width)`,
    };
  const x = position.endsWith('left') ? g.margin : slide.w - g.margin - w;
  return { box: { x, y: band.top + (room - h) / 2, w, h } };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A refusal at a key of the theme's `logo:` section, positioned at its line and column. */
function logoError(themeFile: string, key: 'file' | 'height', message: string, hint?: string): BriefdeckError {
  return new BriefdeckError([problem('template', message, { file: themeFile, ...locateInTheme(themeFile, ['logo', key]), path: `logo.${key}`, hint })]);
}

function readLogoFile(themeFile: string, file: string): Uint8Array {
  const path = resolve(dirname(themeFile), file);
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw logoError(themeFile, 'file', `expected an image file, found a folder: ${file}`);
    if (stat.size > MAX_BYTES) throw logoError(themeFile, 'file', `the logo is ${Math.round(stat.size / 1048576)} MiB; expected at most 10 MiB`);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof BriefdeckError) throw e;
    throw logoError(themeFile, 'file', `cannot read the logo ${file}: ${systemErrorWords(e)}`, 'the path is relative to the folder of the theme file');
  }
}

/** Decodes the whole image (a truncated or corrupt file is refused here); an SVG is also rendered to the PNG PowerPoint draws. */
async function decode(bytes: Uint8Array, header: ImageHeader, box: Box): Promise<Uint8Array | undefined> {
  if (header.kind !== 'svg') {
    await checkDecodes(bytes);
    return undefined;
  }
  return svgToPng(bytes, header, { w: box.w * PNG_DPI, h: box.h * PNG_DPI });
}

/** The theme's logo ready to draw, or undefined when the theme has none; problems are refused at the theme's `logo:` lines. */
export async function loadLogo(theme: Theme, themeFile: string, slide = { w: theme.grid.width, h: theme.grid.height }): Promise<LogoArt | undefined> {
  if (!theme.logo) return undefined;
  const { file, alt, position, height } = theme.logo;
  const bytes = readLogoFile(themeFile, file);
  const header = readImageHeader(bytes);
  if ('problem' in header) throw logoError(themeFile, 'file', `cannot use the logo ${file}: ${header.problem}`);
  const placed = logoBox(theme, header, position, height, slide);
  if ('problem' in placed) throw logoError(themeFile, placed.key, placed.problem);
  let png: Uint8Array | undefined;
  try {
    png = await decode(bytes, header, placed.box);
  } catch (e) {
    throw logoError(
      themeFile,
      'file',
      `cannot use the logo ${file}: the ${header.kind.toUpperCase()} image is corrupt (${String((e as Error).message).split('\n')[0]})`,
    );
  }
  return { bytes, type: header.kind, alt, box: placed.box, png };
}

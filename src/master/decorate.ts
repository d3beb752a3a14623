// Draws the classification banner and the logo onto any template package's masters (and the layouts that hide the master's shapes).
import { escapeXml } from '../shared/xml.js';
import type { Banner } from '../templates/markings.js';
import type { Box } from './model.js';
import { centiPoints, pictureShape, solidFill, xfrm } from './ooxml.js';
import {
  addRelationship,
  appendToShapeTree,
  ensureDefaultType,
  freePartName,
  nextShapeId,
  partsOfType,
  readPart,
  writePart,
  type Parts,
} from './package-edit.js';

export type LogoType = 'png' | 'jpeg' | 'svg';

export interface LogoArt {
  bytes: Uint8Array;
  type: LogoType;
  alt: string;
  box: Box; // inches
  png?: Uint8Array; // an SVG's PNG rendering, which PowerPoint and older viewers draw (required with type 'svg')
}

export interface Decorations {
  slideSize: { w: number; h: number }; // inches
  banner?: Banner;
  bannerSize?: number; // points: the banner's font size when the caller has measured it; else estimated here
  logo?: LogoArt;
}

const BANNER_HEIGHT = 0.3; // inches on a 7.5 in tall slide, scaled with the slide's height
const BANNER_SIZE = 11; // points
const BANNER_INSET = 0.1; // inches either side of the marking
const CAPITAL_WIDTH = 0.68; // em: wider than a bold sans capital on average, so the estimate errs towards smaller text
const CONTENT_TYPES: Record<LogoType, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' };

/** The banner's font size: 11 pt, smaller for a marking too long for one line across the slide, never above the bar's height allows. */
export function bannerFontSize(text: string, slideWidth: number, barHeight: number): number {
  const available = (slideWidth - 2 * BANNER_INSET) * 72;
  const needed = [...text].length * CAPITAL_WIDTH * BANNER_SIZE;
  const fitting = needed <= available ? BANNER_SIZE : Math.max(6, Math.floor((BANNER_SIZE * available * 10) / needed) / 10);
  return Math.min(fitting, Math.floor(barHeight * 72 * 0.75 * 10) / 10);
}

function bannerBar(id: number, box: Box, banner: Banner, size: number, place: 'Top' | 'Bottom'): string {
  const run = `<a:r><a:rPr lang="en-US" sz="${centiPoints(size)}" b="1">${solidFill(banner.color)}<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:rPr><a:t>${escapeXml(banner.text)}</a:t></a:r>`;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Classification Banner ${place}" descr="Classification: ${escapeXml(banner.text)}"/><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr>` +
    `<p:spPr>${xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${solidFill(banner.fill)}<a:ln><a:noFill/></a:ln></p:spPr>` +
    '<p:txBody><a:bodyPr vert="horz" wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="ctr"><a:noAutofit/></a:bodyPr><a:lstStyle/>' +
    `<a:p><a:pPr marL="0" indent="0" algn="ctr"><a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/></a:pPr>${run}</a:p></p:txBody></p:sp>`
  );
}

/** The height of each banner bar on a slide `slideHeight` inches tall: 0.3 in on a 7.5 in slide, in proportion on others (content must keep clear of it). */
export function bannerHeight(slideHeight: number): number {
  return (BANNER_HEIGHT * slideHeight) / 7.5;
}

function bannerShapes(firstId: number, d: Decorations, banner: Banner): string[] {
  const h = bannerHeight(d.slideSize.h);
  const size = d.bannerSize ?? bannerFontSize(banner.text, d.slideSize.w, h);
  return [
    bannerBar(firstId, { x: 0, y: 0, w: d.slideSize.w, h }, banner, size, 'Top'),
    bannerBar(firstId + 1, { x: 0, y: d.slideSize.h - h, w: d.slideSize.w, h }, banner, size, 'Bottom'),
  ];
}

interface LogoMedia {
  image: string; // package path of the picture PowerPoint draws (PNG or JPEG)
  svg?: string; // package path of the SVG, when the logo is one
}

function logoPicture(id: number, logo: LogoArt, imageRel: string, svgRel?: string): string {
  return pictureShape({ id, name: 'Logo', alt: logo.alt, box: logo.box, imageRel, svgRel, userDrawn: true });
}

/** Puts the logo's media into the package (ppt/media/briefdeck-logo.png …) with their content types. */
function addLogoMedia(parts: Parts, logo: LogoArt): LogoMedia {
  if (logo.type === 'svg' && !logo.png) throw new Error('an SVG logo needs its PNG rendering (loadLogo makes it)');
  const raster = logo.type === 'svg' ? { bytes: logo.png as Uint8Array, type: 'png' as const } : { bytes: logo.bytes, type: logo.type };
  const image = freePartName(parts, 'ppt/media/briefdeck-logo', raster.type);
  parts[image] = raster.bytes;
  ensureDefaultType(parts, raster.type, CONTENT_TYPES[raster.type]);
  if (logo.type !== 'svg') return { image };
  const svg = freePartName(parts, 'ppt/media/briefdeck-logo', 'svg');
  parts[svg] = logo.bytes;
  ensureDefaultType(parts, 'svg', CONTENT_TYPES.svg);
  return { image, svg };
}

/** The masters, and the layouts that do not show their master's shapes (showMasterSp="0"): where decorations must be drawn. */
export function decoratedParts(parts: Parts): string[] {
  const layouts = partsOfType(parts, 'slideLayout+xml').filter((path) =>
    /<(?:[\w.-]+:)?sldLayout\b[^>]*\bshowMasterSp="(?:0|false)"/.test(readPart(parts, path) ?? ''),
  );
  return [...partsOfType(parts, 'slideMaster+xml'), ...layouts];
}

/**
 * A copy of the package with the classification banner (a bar across the top and the bottom, the marking bold and centred)
 * and the logo drawn last on every master and on every layout that hides its master's shapes, so they draw above the template's own.
 */
export function decorateMasters(source: Parts, decorations: Decorations): Parts {
  const parts: Parts = { ...source };
  if (!decorations.banner && !decorations.logo) return parts;
  const media = decorations.logo && addLogoMedia(parts, decorations.logo);
  for (const path of decoratedParts(parts)) {
    const xml = readPart(parts, path) as string;
    let id = nextShapeId(xml);
    const shapes: string[] = [];
    if (decorations.logo && media) {
      const imageRel = addRelationship(parts, path, 'image', media.image);
      const svgRel = media.svg ? addRelationship(parts, path, 'image', media.svg) : undefined;
      shapes.push(logoPicture(id++, decorations.logo, imageRel, svgRel));
    }
    if (decorations.banner) shapes.push(...bannerShapes(id, decorations, decorations.banner));
    writePart(parts, path, appendToShapeTree(xml, shapes));
  }
  return parts;
}

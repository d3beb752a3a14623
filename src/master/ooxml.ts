// Small DrawingML/PresentationML writers for the template parts: namespaces, EMU, fills, shapes and placeholders.
import { escapeXml } from '../shared/xml.js';
import type { Box } from './model.js';

export const NS = {
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  relType: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const;

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The three namespaces every slide master and layout declares. */
export const PML_NAMESPACES = `xmlns:a="${NS.a}" xmlns:r="${NS.r}" xmlns:p="${NS.p}"`;

export const EMU_PER_INCH = 914400;

/** Inches to EMU, whole. */
export const emu = (inches: number) => Math.round(inches * EMU_PER_INCH);

/** Points to the hundredths DrawingML sizes and spacings take. */
export const centiPoints = (points: number) => Math.round(points * 100);

export const srgb = (hex: string) => `<a:srgbClr val="${hex}"/>`;
export const solidFill = (hex: string) => `<a:solidFill>${srgb(hex)}</a:solidFill>`;
export const schemeFill = (name: string) => `<a:solidFill><a:schemeClr val="${name}"/></a:solidFill>`;

export function xfrm(box: Box): string {
  return `<a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/></a:xfrm>`;
}

/** The shape tree's opening: its group properties, which every spTree starts with. */
export const SP_TREE_HEAD =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
  '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

/** A fill of a fixed colour (RRGGBB) or a theme colour slot (accent1, tx2 …: it follows a change of the theme's colours). */
export const fillOf = (colour: string) => (/^[0-9A-Fa-f]{6}$/.test(colour) ? solidFill(colour) : schemeFill(colour));

const SVG_BLIP = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}';

export interface PictureSpec {
  id: number;
  name: string;
  alt: string; // descr: what screen readers read
  box: Box;
  imageRel: string; // the PNG or JPEG every viewer draws
  svgRel?: string; // the SVG, drawn by viewers that read the asvg:svgBlip extension (the PNG is its fallback)
  userDrawn?: boolean; // on a master or layout
  crop?: { l: number; t: number; r: number; b: number }; // share cut off each side (a:srcRect)
}

/** The a:srcRect of a cropped picture (thousandths of a percent), or nothing. */
function srcRect(crop: PictureSpec['crop']): string {
  if (!crop) return '';
  const at = (share: number) => Math.round(share * 100000);
  return `<a:srcRect l="${at(crop.l)}" t="${at(crop.t)}" r="${at(crop.r)}" b="${at(crop.b)}"/>`;
}

/** A picture (p:pic) at its box, aspect ratio locked, with an SVG beside its PNG when it has one. */
export function pictureShape(spec: PictureSpec): string {
  const svg = spec.svgRel
    ? `<a:extLst><a:ext uri="${SVG_BLIP}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${spec.svgRel}"/></a:ext></a:extLst>`
    : '';
  return (
    `<p:pic><p:nvPicPr><p:cNvPr id="${spec.id}" name="${escapeXml(spec.name)}" descr="${escapeXml(spec.alt)}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr${spec.userDrawn ? ' userDrawn="1"' : ''}/></p:nvPicPr>` +
    `<p:blipFill><a:blip r:embed="${spec.imageRel}">${svg}</a:blip>${srcRect(spec.crop)}<a:stretch><a:fillRect/></a:stretch></p:blipFill>` +
    `<p:spPr>${xfrm(spec.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`
  );
}

/** A filled rectangle without outline or text (the accent rule, the footer rule), in a fixed or a theme colour. */
export function ruleShape(id: number, name: string, box: Box, colour: string): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}"/><p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr>` +
    `<p:spPr>${xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fillOf(colour)}<a:ln><a:noFill/></a:ln></p:spPr></p:sp>`
  );
}

export interface PlaceholderSpec {
  id: number;
  name: string;
  ph: string; // the <p:ph> attributes, e.g. type="title" or sz="half" idx="1"
  box?: Box; // omitted: inherited from the master
  bodyPr?: string; // omitted: <a:bodyPr/>, inherited
  lstStyle?: string; // the <a:lvlNpPr> elements
  paragraphs: string; // the <a:p> elements (prompt text, fields)
}

export function placeholderShape(spec: PlaceholderSpec): string {
  const geometry = spec.box ? `<p:spPr>${xfrm(spec.box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` : '<p:spPr/>';
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${spec.id}" name="${escapeXml(spec.name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>` +
    `<p:nvPr><p:ph ${spec.ph}/></p:nvPr></p:nvSpPr>${geometry}` +
    `<p:txBody>${spec.bodyPr ?? '<a:bodyPr/>'}<a:lstStyle>${spec.lstStyle ?? ''}</a:lstStyle>${spec.paragraphs}</p:txBody></p:sp>`
  );
}

/** One paragraph of prompt text at a level (0-based), as PowerPoint writes its "Click to edit …" prompts. */
export function promptParagraph(text: string, level = 0): string {
  const pPr = level > 0 ? `<a:pPr lvl="${level}"/>` : '';
  return `<a:p>${pPr}<a:r><a:rPr lang="en-US"/><a:t>${escapeXml(text)}</a:t></a:r></a:p>`;
}

/** The five prompt paragraphs of a body placeholder. */
export const BODY_PROMPTS = ['Click to edit Master text styles', 'Second level', 'Third level', 'Fourth level', 'Fifth level']
  .map((text, level) => promptParagraph(text, level))
  .join('');

export const SLIDE_NUMBER_FIELD =
  '<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:rPr lang="en-US"/><a:t>‹#›</a:t></a:fld><a:endParaRPr lang="en-US"/></a:p>';
export const DATE_FIELD =
  '<a:p><a:fld id="{D4E9F1A2-5B7C-4C3E-9A8B-1C2D3E4F5A6B}" type="datetimeFigureOut"><a:rPr lang="en-US"/><a:t>‹date›</a:t></a:fld><a:endParaRPr lang="en-US"/></a:p>';
export const EMPTY_PARAGRAPH = '<a:p><a:endParaRPr lang="en-US"/></a:p>';
/** A layout's footer prompt: LibreOffice styles a slide's footer from its layout's footer only when that holds a run. */
export const FOOTER_PROMPT = '<a:p><a:r><a:rPr lang="en-US"/><a:t>Footer</a:t></a:r></a:p>';

/** Body properties: insets in inches, an anchor, no autofit (briefdeck fits text itself). */
export function bodyPr(insets: { side: number; top: number; bottom: number }, anchor: 't' | 'ctr' | 'b'): string {
  return `<a:bodyPr vert="horz" wrap="square" lIns="${emu(insets.side)}" tIns="${emu(insets.top)}" rIns="${emu(insets.side)}" bIns="${emu(insets.bottom)}" rtlCol="0" anchor="${anchor}"><a:noAutofit/></a:bodyPr>`;
}

/** One relationship element. */
export function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${NS.relType}/${type}" Target="${escapeXml(target)}"/>`;
}

export function relationships(items: string[]): string {
  return `${XML_HEAD}<Relationships xmlns="${NS.rels}">${items.join('')}</Relationships>`;
}

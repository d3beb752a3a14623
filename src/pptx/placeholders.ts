// The placeholder shapes of a slide: <p:sp> elements that name their layout's placeholder (type and idx) and inherit its position and style.
import { escapeXml } from '../shared/xml.js';
import type { Box, PlaceholderInfo } from '../master/model.js';
import type { Paragraph } from '../slides/model.js';
import { paragraphXml, runPropertiesXml, type ParagraphLook, type TextStyle } from './text-xml.js';

const EMU = 914400;

export interface PlaceholderText {
  placeholder: PlaceholderInfo; // the layout's placeholder this shape fills
  paragraphs: { paragraph: Paragraph; look: ParagraphLook }[];
  box?: Box; // a position of its own: when the layout's placeholder cannot be named unambiguously, or the text needs other bounds
}

/** A field placeholder (slide number) holds a field, not text. */
export interface PlaceholderField {
  placeholder: PlaceholderInfo;
  field: 'slidenum';
  number: number; // shown until the application recomputes the field
  look: ParagraphLook;
  box?: Box;
}

export type PlaceholderShape = PlaceholderText | PlaceholderField;

/** Every shape as XML, ids from `firstId` on, in the order given (the title first, so a screen reader reads it first). */
export function placeholderShapesXml(shapes: PlaceholderShape[], style: TextStyle, firstId: number): string {
  return shapes.map((shape, i) => shapeXml(shape, style, firstId + i)).join('');
}

function shapeXml(shape: PlaceholderShape, style: TextStyle, id: number): string {
  const ph = shape.placeholder;
  const name = `${NAMES[ph.type] ?? 'Content Placeholder'} ${id}`;
  const nv = `<p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>${phXml(ph)}</p:nvPr></p:nvSpPr>`;
  const spPr = shape.box ? `<p:spPr>${xfrm(shape.box)}</p:spPr>` : '<p:spPr/>';
  const body =
    'field' in shape
      ? fieldParagraph(style, shape.number, shape.look)
      : shape.paragraphs.map(({ paragraph, look }) => paragraphXml(paragraph, look, style)).join('');
  return `<p:sp>${nv}${spPr}<p:txBody><a:bodyPr/><a:lstStyle/>${body || '<a:p/>'}</p:txBody></p:sp>`;
}

const NAMES: Partial<Record<PlaceholderInfo['type'], string>> = {
  title: 'Title',
  ctrTitle: 'Title',
  subTitle: 'Subtitle',
  body: 'Text Placeholder',
  ftr: 'Footer Placeholder',
  sldNum: 'Slide Number Placeholder',
  dt: 'Date Placeholder',
};

/** <p:ph> as the layout writes it: type (none for a content placeholder) and idx, so PowerPoint and LibreOffice find the same one. */
function phXml(ph: PlaceholderInfo): string {
  const type = ph.type === 'obj' || ph.type === 'other' ? '' : ` type="${ph.type}"`;
  const idx = ph.idx === undefined ? '' : ` idx="${ph.idx}"`;
  return `<p:ph${type}${idx}/>`;
}

function xfrm(box: Box): string {
  const emu = (inches: number) => Math.round(inches * EMU);
  return `<a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(box.w)}" cy="${emu(box.h)}"/></a:xfrm>`;
}

function fieldParagraph(style: TextStyle, number: number, look: ParagraphLook): string {
  const lang = escapeXml(style.lang);
  const align = look.stated ? `<a:pPr algn="${look.stated.align === 'left' ? 'l' : look.stated.align === 'center' ? 'ctr' : 'r'}"/>` : '';
  return `<a:p>${align}<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">${runPropertiesXml({ text: String(number) }, look, style, style.lang)}<a:t>${number}</a:t></a:fld><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`;
}

/** The placeholders in `shapes` that another placeholder of the same layout could be mistaken for (same type and idx): those need a position of their own. */
export function ambiguous(ph: PlaceholderInfo, all: PlaceholderInfo[]): boolean {
  return all.filter((other) => other.type === ph.type && other.idx === ph.idx).length > 1;
}

/** Inserts shapes at the front of a slide's shape tree (after the group properties), so they come first in reading order. */
export function insertShapes(slideXml: string, shapesXml: string): string {
  const at = slideXml.indexOf('</p:grpSpPr>');
  if (at < 0) throw new Error('slide has no shape tree');
  const end = at + '</p:grpSpPr>'.length;
  return slideXml.slice(0, end) + shapesXml + slideXml.slice(end);
}

// The placeholders of a master's or layout's shape tree, and a layout placeholder's geometry and text body resolved through its master.
import type { Box, Insets, PlaceholderInfo, PlaceholderType } from './model.js';
import { child, descend, numberAttr, type XmlElement } from './xml.js';

const EMU_PER_INCH = 914_400;

/** A placeholder as one part writes it, nothing inherited yet. */
export interface RawPlaceholder {
  type: PlaceholderType;
  idx?: number;
  name: string;
  orientVertical: boolean;
  box?: Box; // its own a:xfrm, when it has one
  bodyProps?: XmlElement; // a:bodyPr
  listStyle?: XmlElement; // a:lstStyle
  textBody?: XmlElement; // p:txBody
}

const TYPES = new Set<string>(['title', 'ctrTitle', 'subTitle', 'body', 'obj', 'pic', 'tbl', 'chart', 'dt', 'ftr', 'sldNum']);
const NON_VISUAL: Record<string, string> = { sp: 'nvSpPr', pic: 'nvPicPr', graphicFrame: 'nvGraphicFramePr', cxnSp: 'nvCxnSpPr' };

function readBox(xfrm: XmlElement | undefined): Box | undefined {
  const offset = child(xfrm, 'off');
  const extent = child(xfrm, 'ext');
  const [x, y, w, h] = [numberAttr(offset, 'x'), numberAttr(offset, 'y'), numberAttr(extent, 'cx'), numberAttr(extent, 'cy')];
  if (x === undefined || y === undefined || w === undefined || h === undefined) return undefined;
  return { x: x / EMU_PER_INCH, y: y / EMU_PER_INCH, w: w / EMU_PER_INCH, h: h / EMU_PER_INCH };
}

function readPlaceholder(shape: XmlElement): RawPlaceholder | undefined {
  const nonVisual = child(shape, NON_VISUAL[shape.name]);
  const ph = descend(nonVisual, 'nvPr', 'ph');
  if (!ph) return undefined;
  const written = ph.attrs.type ?? 'obj'; // ECMA-376: a placeholder without a type is an object placeholder
  const xfrm = shape.name === 'graphicFrame' ? child(shape, 'xfrm') : descend(shape, 'spPr', 'xfrm');
  const textBody = child(shape, 'txBody');
  return {
    type: (TYPES.has(written) ? written : 'other') as PlaceholderType,
    idx: numberAttr(ph, 'idx'),
    name: descend(nonVisual, 'cNvPr')?.attrs.name ?? '',
    orientVertical: ph.attrs.orient === 'vert',
    box: readBox(xfrm),
    bodyProps: child(textBody, 'bodyPr'),
    listStyle: child(textBody, 'lstStyle'),
    textBody,
  };
}

/** Shapes in document order, looking into groups and into the fallback of markup-compatibility blocks. */
function shapes(tree: XmlElement | undefined): XmlElement[] {
  return (tree?.children ?? []).flatMap((element) => {
    if (element.name === 'grpSp') return shapes(element);
    if (element.name === 'AlternateContent') return shapes(child(element, 'Fallback'));
    return NON_VISUAL[element.name] ? [element] : [];
  });
}

/** The placeholders of a p:sldMaster or p:sldLayout, in shape-tree order. */
export function placeholdersOf(part: XmlElement): RawPlaceholder[] {
  return shapes(descend(part, 'cSld', 'spTree')).flatMap((shape) => readPlaceholder(shape) ?? []);
}

/** The master placeholder a layout placeholder inherits from: titles from the title, dates/footers/numbers by type, everything else from the body. */
export function masterCounterpart(placeholder: RawPlaceholder, master: RawPlaceholder[]): RawPlaceholder | undefined {
  const { type } = placeholder;
  const wanted =
    type === 'title' || type === 'ctrTitle' ? ['title', 'ctrTitle'] : type === 'dt' || type === 'ftr' || type === 'sldNum' ? [type] : ['body', 'obj'];
  return master.find((candidate) => wanted.includes(candidate.type));
}

const DEFAULT_INSETS = { lIns: 91_440, rIns: 91_440, tIns: 45_720, bIns: 45_720 }; // EMU (0.1 in, 0.05 in)
const ANCHOR: Record<string, PlaceholderInfo['anchor']> = { t: 'top', ctr: 'middle', b: 'bottom' };
const AUTOFIT: Record<string, PlaceholderInfo['autofit']> = { normAutofit: 'shrink', spAutoFit: 'resize', noAutofit: 'none' };

/** The body-property attribute the layout gives, else the master. */
const bodyAttr = (own: RawPlaceholder, inherited: RawPlaceholder | undefined, name: string) => own.bodyProps?.attrs[name] ?? inherited?.bodyProps?.attrs[name];

function insets(own: RawPlaceholder, inherited: RawPlaceholder | undefined): Insets {
  const side = (name: keyof typeof DEFAULT_INSETS) => {
    const written = bodyAttr(own, inherited, name);
    const value = written === undefined || written.trim() === '' ? NaN : Number(written);
    return (Number.isFinite(value) ? value : DEFAULT_INSETS[name]) / EMU_PER_INCH;
  };
  return { left: side('lIns'), right: side('rIns'), top: side('tIns'), bottom: side('bIns') };
}

function autofit(own: RawPlaceholder, inherited: RawPlaceholder | undefined): PlaceholderInfo['autofit'] {
  for (const source of [own, inherited]) {
    const fit = source?.bodyProps?.children.find((c) => AUTOFIT[c.name]);
    if (fit) return AUTOFIT[fit.name];
  }
  return 'none';
}

/** Geometry and text body of a layout placeholder, inherited from its master counterpart where it says nothing. */
export function placeholderFrame(own: RawPlaceholder, inherited: RawPlaceholder | undefined, slide: { w: number; h: number }) {
  const vert = bodyAttr(own, inherited, 'vert');
  return {
    type: own.type,
    ...(own.idx !== undefined ? { idx: own.idx } : {}),
    name: own.name,
    box: own.box ?? inherited?.box ?? { x: 0, y: 0, w: slide.w, h: slide.h },
    insets: insets(own, inherited),
    anchor: ANCHOR[bodyAttr(own, inherited, 'anchor') ?? 't'] ?? 'top',
    autofit: autofit(own, inherited),
    vertical: own.orientVertical || (vert !== undefined && vert !== 'horz'),
  };
}

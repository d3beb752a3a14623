// What a layout draws besides its placeholders (bands, pictures, boxes, on it or on its master): text is kept clear of them.
import type { Box, LayoutInfo, TemplateInfo } from './model.js';
import { readPart, type Parts } from './parts.js';
import { child, descend, numberAttr, type XmlElement } from './xml.js';

const EMU_PER_INCH = 914_400;
const VISIBLE_FILLS = new Set(['solidFill', 'gradFill', 'blipFill', 'pattFill']);
const BACKDROP_SHARE = 0.5; // a shape covering half the slide or more is a background, not an obstacle
const THIN = 0.06; // inches: hairlines and thin rules are drawn between things, not in their way

/** Every layout with the boxes of the visible shapes it and (unless it hides them) its master draw. */
export function withObstacles(info: TemplateInfo, parts: Parts): TemplateInfo {
  const pkg = { parts };
  const masters = new Map<string, Box[]>();
  const ofMaster = (part: string) => masters.get(part) ?? masters.set(part, decorations(readPart(pkg, part), info.slideSize)).get(part)!;
  const layouts = info.layouts.map((layout): LayoutInfo => {
    const root = readPart(pkg, layout.part);
    const hidesMaster = root.attrs.showMasterSp === '0' || root.attrs.showMasterSp === 'false';
    return { ...layout, obstacles: [...(hidesMaster ? [] : ofMaster(layout.master)), ...decorations(root, info.slideSize)] };
  });
  return { ...info, layouts };
}

function decorations(root: XmlElement, slide: { w: number; h: number }): Box[] {
  const tree = descend(root, 'cSld', 'spTree');
  return (tree?.children ?? []).flatMap((shape) => {
    const box = visibleBox(shape);
    if (!box || box.w < THIN || box.h < THIN) return [];
    return box.w * box.h >= BACKDROP_SHARE * slide.w * slide.h ? [] : [box];
  });
}

/** The box of a shape that draws something: a filled shape, a picture or a group; none for placeholders and empty text boxes. */
function visibleBox(shape: XmlElement): Box | undefined {
  const properties = child(shape, shape.name === 'grpSp' ? 'grpSpPr' : 'spPr');
  if (shape.name === 'sp') {
    if (descend(shape, 'nvSpPr', 'nvPr', 'ph')) return undefined;
    const filled = properties?.children.some((c) => VISIBLE_FILLS.has(c.name));
    const styled = Number(descend(shape, 'style', 'fillRef')?.attrs.idx ?? 0) > 0 && !child(properties, 'noFill');
    if (!filled && !styled) return undefined;
  } else if (shape.name !== 'pic' && shape.name !== 'grpSp') return undefined;
  const xfrm = child(properties, 'xfrm');
  const [x, y] = [numberAttr(child(xfrm, 'off'), 'x'), numberAttr(child(xfrm, 'off'), 'y')];
  const [w, h] = [numberAttr(child(xfrm, 'ext'), 'cx'), numberAttr(child(xfrm, 'ext'), 'cy')];
  if (x === undefined || y === undefined || w === undefined || h === undefined) return undefined;
  return { x: x / EMU_PER_INCH, y: y / EMU_PER_INCH, w: w / EMU_PER_INCH, h: h / EMU_PER_INCH };
}

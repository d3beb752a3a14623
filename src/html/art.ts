// What a slide's layout and master draw behind the text, as HTML: background colour, filled shapes (rules, banner bars with their marking) and pictures (the logo).
import { readColourMap, readTheme, resolveColour, type ColourContext } from '../master/theme.js';
import { child, childrenNamed, descend, numberAttr, type XmlElement } from '../master/xml.js';
import { readPart, relatedPart, relationships, type TemplatePackage } from '../master/parts.js';
import type { LayoutInfo } from '../master/model.js';
import type { SlideMedia } from '../slides/model.js';
import { escapeHtml, num } from './text.js';

const EMU = 914400;

/** A picture's bytes as a URL the page can load: a data: URI unless the caller serves them. */
export type MediaUrl = (media: Pick<SlideMedia, 'bytes' | 'type'>) => string;

export const dataUrl: MediaUrl = (media) => `data:image/${media.type};base64,${Buffer.from(media.bytes).toString('base64')}`;

/** A layout's look: its background and the shapes its master (when shown) and itself draw. */
export interface LayoutArt {
  background: string; // CSS colour
  html: string;
}

/** Reads the template package's colours and artwork; each layout is read once. */
export class TemplateArt {
  private readonly pkg: TemplatePackage;
  private readonly made = new Map<string, LayoutArt>();
  private readonly contexts = new Map<string, ColourContext>();

  constructor(
    parts: Record<string, Uint8Array>,
    private readonly mediaUrl: MediaUrl,
    private readonly bannerText?: string, // the marking the banner bars carry (their text is briefdeck's own)
  ) {
    this.pkg = { parts };
  }

  /** The colour context of a master: its theme's colour scheme through its colour map. */
  context(master: string): ColourContext {
    let found = this.contexts.get(master);
    if (!found) {
      const root = readPart(this.pkg, master);
      const themePart = relatedPart(this.pkg, master, 'theme');
      const theme = readTheme(themePart ? readPart(this.pkg, themePart) : undefined);
      this.contexts.set(master, (found = { theme, colourMap: readColourMap(child(root, 'clrMap')) }));
    }
    return found;
  }

  /** A model colour (RRGGBB or a scheme slot such as tx1, accent2) as CSS, on the given master. */
  colour(colour: string, master: string): string {
    if (/^[0-9A-Fa-f]{6}$/.test(colour)) return `#${colour}`;
    const { theme, colourMap } = this.context(master);
    const found = theme.colours[colourMap[colour] ?? colour];
    return found ? `#${found}` : '#000000';
  }

  layout(layout: LayoutInfo): LayoutArt {
    let art = this.made.get(layout.part);
    if (!art) this.made.set(layout.part, (art = this.read(layout)));
    return art;
  }

  private read(layout: LayoutInfo): LayoutArt {
    const context = this.context(layout.master);
    const layoutRoot = readPart(this.pkg, layout.part);
    const masterRoot = readPart(this.pkg, layout.master);
    const showMaster = !['0', 'false'].includes(layoutRoot.attrs.showMasterSp ?? '');
    const background = this.backgroundOf(layoutRoot, layout.part, context) ?? this.backgroundOf(masterRoot, layout.master, context) ?? '#FFFFFF';
    const shapes = [...(showMaster ? this.shapes(masterRoot, layout.master, context) : []), ...this.shapes(layoutRoot, layout.part, context)];
    return { background, html: shapes.join('') };
  }

  /** A part's own background (p:bg) as a CSS background, or undefined when it has none. */
  private backgroundOf(root: XmlElement, part: string, context: ColourContext): string | undefined {
    const bg = descend(root, 'cSld', 'bg');
    const reference = child(bg, 'bgRef');
    const colour = reference && resolveColour(reference, context);
    return colour ? `#${colour}` : this.fillCss(child(bg, 'bgPr'), part, context);
  }

  /**
   * The fill of shape properties (spPr, bgPr) as a CSS background: a solid colour, a gradient, a pattern's background
   * colour, or a stretched picture; undefined for no fill (or one drawn from the theme's fill styles).
   */
  private fillCss(properties: XmlElement | undefined, part: string, context: ColourContext): string | undefined {
    const fill = properties?.children.find((c) => /^(solidFill|gradFill|pattFill|blipFill)$/.test(c.name));
    if (fill?.name === 'solidFill') return hex(resolveColour(fill, context));
    if (fill?.name === 'pattFill') return hex(resolveColour(child(fill, 'bgClr'), context));
    if (fill?.name === 'gradFill') {
      const stops = childrenNamed(child(fill, 'gsLst'), 'gs').flatMap((gs) => {
        const colour = resolveColour(gs, context);
        return colour ? [`#${colour} ${num((numberAttr(gs, 'pos') ?? 0) / 1000)}%`] : [];
      });
      const angle = (numberAttr(child(fill, 'lin'), 'ang') ?? 5400000) / 60000 + 90;
      return stops.length ? `linear-gradient(${num(angle)}deg,${stops.join(',')})` : undefined;
    }
    const url = fill?.name === 'blipFill' ? this.pictureUrl(child(fill, 'blip'), part) : undefined;
    return url ? `url(${url}) center/100% 100% no-repeat` : undefined;
  }

  /** The URL of a picture a part's a:blip embeds (PNG or JPEG), or undefined. */
  private pictureUrl(blip: XmlElement | undefined, part: string): string | undefined {
    const id = blip && Object.entries(blip.attrs).find(([key]) => key.endsWith(':embed'))?.[1];
    const target = id ? relationships(this.pkg, part).get(id)?.target : undefined;
    const bytes = target ? this.pkg.parts[target] : undefined;
    const type = target?.endsWith('.png') ? 'png' : /\.jpe?g$/.test(target ?? '') ? 'jpeg' : undefined;
    return bytes && type ? this.mediaUrl({ bytes, type }) : undefined;
  }

  /** The drawn shapes of a part's shape tree (placeholders are left out: the slide fills them). */
  private shapes(root: XmlElement, part: string, context: ColourContext): string[] {
    const tree = descend(root, 'cSld', 'spTree');
    return (tree?.children ?? []).flatMap((shape) => {
      if (shape.name === 'sp' && !descend(shape, 'nvSpPr', 'nvPr', 'ph')) {
        return [shapeHtml(shape, this.fillCss(child(shape, 'spPr'), part, context), context, this.bannerText)];
      }
      if (shape.name !== 'pic') return [];
      const url = this.pictureUrl(descend(shape, 'blipFill', 'blip'), part);
      const box = boxOf(shape);
      if (!url || !box) return [];
      const alt = descend(shape, 'nvPicPr', 'cNvPr')?.attrs.descr ?? '';
      return [`<img class="art" alt="${escapeHtml(alt)}" src="${escapeHtml(url)}" style="${boxStyle(box)}">`];
    });
  }
}

const hex = (colour: string | undefined) => (colour ? `#${colour}` : undefined);

function boxOf(shape: XmlElement): { x: number; y: number; w: number; h: number } | undefined {
  const xfrm = descend(shape, 'spPr', 'xfrm');
  const off = child(xfrm, 'off');
  const ext = child(xfrm, 'ext');
  if (!off || !ext) return undefined;
  const at = (element: XmlElement, name: string) => (numberAttr(element, name) ?? 0) / EMU;
  return { x: at(off, 'x'), y: at(off, 'y'), w: at(ext, 'cx'), h: at(ext, 'cy') };
}

const boxStyle = (box: { x: number; y: number; w: number; h: number }) =>
  `left:${num(box.x)}in;top:${num(box.y)}in;width:${num(box.w)}in;height:${num(box.h)}in`;

/** A filled shape (a rule, a banner bar) and, on a banner bar, the marking centred as the bar has it (a template's own text is not drawn). */
function shapeHtml(shape: XmlElement, fill: string | undefined, context: ColourContext, bannerText?: string): string {
  const box = boxOf(shape);
  if (!box) return '';
  const spPr = child(shape, 'spPr');
  const round = child(spPr, 'prstGeom')?.attrs.prst === 'ellipse' ? ';border-radius:50%' : '';
  const banner = bannerText !== undefined && /^Classification Banner/.test(descend(shape, 'nvSpPr', 'cNvPr')?.attrs.name ?? '');
  const paragraph = banner ? child(shape, 'txBody')?.children.find((p) => p.name === 'p') : undefined;
  const text = paragraph ? markingHtml(paragraph, bannerText!, context) : '';
  if (!fill && !text) return '';
  const role = banner ? ` class="art banner" role="note" aria-label="${escapeHtml(`Classification: ${bannerText}`)}"` : ' class="art"';
  return `<div${role} style="${boxStyle(box)}${fill ? `;background:${escapeHtml(fill)}` : ''}${round}">${text}</div>`;
}

/** The marking on one line, in the bar's run size, weight and colour. */
function markingHtml(p: XmlElement, text: string, context: ColourContext): string {
  const rPr = child(
    p.children.find((r) => r.name === 'r'),
    'rPr',
  );
  const size = (numberAttr(rPr, 'sz') ?? 1100) / 100;
  const colour = resolveColour(child(rPr, 'solidFill'), context);
  const bold = rPr?.attrs.b === '1';
  const style = `font-size:${num(size)}pt${colour ? `;color:#${colour}` : ''}${bold ? ';font-weight:700' : ''}`;
  return `<span class="art-text" style="${style}">${escapeHtml(text)}</span>`;
}

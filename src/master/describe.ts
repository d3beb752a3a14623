// Describes a deck template: slide size, every master's layouts and their placeholders with geometry and text styles resolved.
import { BriefdeckError, problem } from '../errors.js';
import { LEVELS, listStyleLevels, mergeLevels, paragraphLevels, resolveLevel, type LevelProps } from './levels.js';
import type { LayoutInfo, PlaceholderInfo, PlaceholderType, TemplateInfo } from './model.js';
import { listedParts, readPart, relatedPart, relationships, type Parts, type TemplatePackage } from './parts.js';
import { masterCounterpart, placeholderFrame, placeholdersOf, type RawPlaceholder } from './placeholders.js';
import { readColourMap, readTheme, type ColourContext, type Theme } from './theme.js';
import { child, descend, numberAttr, type XmlElement } from './xml.js';

const PRESENTATION = 'ppt/presentation.xml';
const EMU_PER_INCH = 914_400;
const DEFAULT_SLIDE = { w: 10, h: 7.5 }; // ECMA-376's default p:sldSz, 9144000 × 6858000 EMU

type StyleFamily = 'title' | 'body' | 'other';

/** What every layout of one master inherits: theme, colour map, text styles and the master's own placeholders. */
interface MasterContext {
  part: string;
  root: XmlElement; // p:sldMaster
  theme: Theme;
  colours: ColourContext;
  defaults: LevelProps[]; // the presentation's p:defaultTextStyle, colours resolved for this master
  textStyles?: Record<StyleFamily, LevelProps[]>; // p:txStyles; undefined when the master has none (LibreOffice's export)
  placeholders: RawPlaceholder[];
  slide: { w: number; h: number };
  inherited: Map<string, LevelProps[][]>; // the level sources up to each master placeholder (by family and index), computed once
}

const family = (type: PlaceholderType): StyleFamily =>
  type === 'title' || type === 'ctrTitle' ? 'title' : type === 'dt' || type === 'ftr' || type === 'sldNum' || type === 'other' ? 'other' : 'body';

/** The template's slide size, layouts (every master's, in order) and first-master theme fonts. */
export function describeTemplate(parts: Parts, file?: string): TemplateInfo {
  const pkg: TemplatePackage = { parts, file };
  const presentation = readPart(pkg, PRESENTATION);
  const size = child(presentation, 'sldSz');
  const [cx, cy] = [numberAttr(size, 'cx'), numberAttr(size, 'cy')];
  const slide = cx !== undefined && cy !== undefined && cx > 0 && cy > 0 ? { w: cx / EMU_PER_INCH, h: cy / EMU_PER_INCH } : DEFAULT_SLIDE;
  const masters = listedParts(pkg, PRESENTATION, child(presentation, 'sldMasterIdLst'));
  if (masters.length === 0) {
    throw new BriefdeckError([problem('template', `expected a slide master listed in ${PRESENTATION} (p:sldMasterIdLst), found none`, { file })]);
  }
  const contexts = masters.map((part) => masterContext(pkg, part, presentation, slide));
  const layouts = contexts.flatMap((master) => masterLayouts(pkg, master));
  const fonts = { major: contexts[0].theme.major.latin, minor: contexts[0].theme.minor.latin };
  return { slideSize: slide, layouts, fonts, exampleLayouts: exampleLayouts(pkg, presentation) };
}

/** The layouts the template's own slides are on, in slide order (a slide that cannot be read is skipped). */
function exampleLayouts(pkg: TemplatePackage, presentation: XmlElement): string[] {
  return listedParts(pkg, PRESENTATION, child(presentation, 'sldIdLst')).flatMap((slide) => {
    const layout = pkg.parts[slide] ? relatedPart(pkg, slide, 'slideLayout') : undefined;
    return layout ? [layout] : [];
  });
}

function masterContext(pkg: TemplatePackage, part: string, presentation: XmlElement, slide: { w: number; h: number }): MasterContext {
  const master = readPart(pkg, part, PRESENTATION);
  const themePart = relatedPart(pkg, part, 'theme');
  const theme = readTheme(themePart ? readPart(pkg, themePart, part) : undefined);
  const colours = { theme, colourMap: readColourMap(child(master, 'clrMap')) };
  const styles = child(master, 'txStyles');
  const textStyles = styles && {
    title: listStyleLevels(child(styles, 'titleStyle'), colours),
    body: listStyleLevels(child(styles, 'bodyStyle'), colours),
    other: listStyleLevels(child(styles, 'otherStyle'), colours),
  };
  const defaults = listStyleLevels(child(presentation, 'defaultTextStyle'), colours);
  return { part, root: master, theme, colours, defaults, textStyles, placeholders: placeholdersOf(master), slide, inherited: new Map() };
}

/** The master's layouts in p:sldLayoutIdLst order (all its layout relationships when it has no list). */
function layoutParts(pkg: TemplatePackage, master: MasterContext): string[] {
  const list = child(master.root, 'sldLayoutIdLst');
  if (list) return listedParts(pkg, master.part, list);
  return [...relationships(pkg, master.part).values()].filter((rel) => rel.type === 'slideLayout').map((rel) => rel.target);
}

function masterLayouts(pkg: TemplatePackage, master: MasterContext): LayoutInfo[] {
  return layoutParts(pkg, master).map((part) => {
    const layout = readPart(pkg, part, master.part);
    const override = descend(layout, 'clrMapOvr', 'overrideClrMapping');
    const context = override ? { ...master, colours: { theme: master.theme, colourMap: readColourMap(override) } } : master;
    return {
      name: descend(layout, 'cSld')?.attrs.name ?? '',
      part,
      master: master.part,
      placeholders: describePlaceholders(placeholdersOf(layout), context),
    };
  });
}

/**
 * A master without text styles is LibreOffice's export: its layouts hold generic placeholder boxes and prompt styles
 * (the same on every master), while the design (where the title sits, its colour on the master's band) is in the
 * master's own placeholders, which LibreOffice itself lays slides out with. There the master's placeholder wins.
 */
function designed(own: RawPlaceholder, inherited: RawPlaceholder | undefined, master: MasterContext): RawPlaceholder {
  if (master.textStyles || !inherited) return own;
  return { ...own, box: inherited.box ?? own.box, bodyProps: inherited.bodyProps ?? own.bodyProps, listStyle: undefined, textBody: undefined };
}

/** A layout's placeholders; one holding several content boxes (two columns) keeps its own boxes, which only it can give. */
function describePlaceholders(placeholders: RawPlaceholder[], master: MasterContext): PlaceholderInfo[] {
  const contents = placeholders.filter((p) => family(p.type) === 'body' && p.type !== 'subTitle').length;
  return placeholders.map((placeholder) => describePlaceholder(placeholder, master, contents <= 1));
}

function describePlaceholder(layoutPlaceholder: RawPlaceholder, master: MasterContext, useDesign: boolean): PlaceholderInfo {
  const inherited = masterCounterpart(layoutPlaceholder, master.placeholders);
  const own = useDesign ? designed(layoutPlaceholder, inherited, master) : layoutPlaceholder;
  const frame = placeholderFrame(own, inherited, master.slide);
  const font = family(own.type) === 'title' ? master.theme.major.latin : master.theme.minor.latin;
  const chain = levelChain(own, inherited, master);
  const levels = Array.from({ length: LEVELS }, (_, i) => resolveLevel(mergeLevels(...chain.map((source) => source[i])), font));
  return { ...frame, levels, ...(master.textStyles ? {} : { repeatStyle: true }) };
}

/**
 * The level sources of a layout placeholder, lowest first: the presentation's default text style, the master's text
 * style for its family, the master placeholder's list style, the layout placeholder's list style. A master without
 * text styles (LibreOffice) keeps them in its placeholders' prompt paragraphs, read just below each list style.
 */
function levelChain(own: RawPlaceholder, inherited: RawPlaceholder | undefined, master: MasterContext): LevelProps[][] {
  const prompt = (placeholder: RawPlaceholder | undefined) => (master.textStyles ? [] : [paragraphLevels(placeholder?.textBody, master.colours)]);
  return [...masterChain(own, inherited, master), ...prompt(own), listStyleLevels(own.listStyle, master.colours)];
}

/** The sources a layout placeholder inherits from its master (the same for every layout of the master, so kept). */
function masterChain(own: RawPlaceholder, inherited: RawPlaceholder | undefined, master: MasterContext): LevelProps[][] {
  const key = `${family(own.type)} ${inherited ? master.placeholders.indexOf(inherited) : -1}`;
  const kept = master.inherited.get(key);
  if (kept) return kept;
  const { colours } = master;
  const chain = [
    master.defaults,
    ...(master.textStyles ? [master.textStyles[family(own.type)]] : []),
    ...(master.textStyles ? [] : [paragraphLevels(inherited?.textBody, colours)]),
    listStyleLevels(inherited?.listStyle, colours),
  ];
  master.inherited.set(key, chain);
  return chain;
}

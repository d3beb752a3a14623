// Paragraph level styles: what one list style, paragraph or run says about a level, merged in inheritance order and resolved to a LevelStyle.
import type { LevelStyle } from './model.js';
import { resolveColour, resolveTypeface, type ColourContext } from './theme.js';
import { booleanAttr, child, childrenNamed, numberAttr, type XmlElement } from './xml.js';

export const LEVELS = 5;
const EMU_PER_INCH = 914_400;
const DEFAULT_SIZE = 18; // points, when nothing in the chain gives one (PowerPoint's own default)
const SINGLE_LINE = 1.2; // a line of single spacing is 1.2 × the font size

type Spacing = { points: number } | { share: number }; // spcPts in points, or spcPct as a share (1 = 100 %)

/** What one source says about a level; a property it does not mention is undefined and inherited. */
export interface LevelProps {
  size?: number;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  colour?: string;
  marginLeft?: number;
  indent?: number;
  spaceBefore?: Spacing;
  spaceAfter?: Spacing;
  lineSpacing?: Spacing;
  bullet?: boolean;
  align?: LevelStyle['align'];
}

const ALIGN: Record<string, LevelStyle['align']> = {
  l: 'left',
  ctr: 'center',
  r: 'right',
  just: 'justify',
  justLow: 'justify',
  dist: 'justify',
  thaiDist: 'justify',
};

function spacing(element: XmlElement | undefined): Spacing | undefined {
  const points = numberAttr(child(element, 'spcPts'), 'val');
  if (points !== undefined) return { points: points / 100 };
  const share = numberAttr(child(element, 'spcPct'), 'val');
  return share === undefined ? undefined : { share: share / 100_000 };
}

function bullet(paragraph: XmlElement | undefined): boolean | undefined {
  if (child(paragraph, 'buNone')) return false;
  if (child(paragraph, 'buChar') || child(paragraph, 'buAutoNum') || child(paragraph, 'buBlip')) return true;
  return undefined;
}

const inches = (emu: number | undefined) => (emu === undefined ? undefined : emu / EMU_PER_INCH);

function runProps(run: XmlElement | undefined, context: ColourContext): LevelProps {
  const size = numberAttr(run, 'sz');
  const typeface = child(run, 'latin')?.attrs.typeface;
  return {
    size: size === undefined ? undefined : size / 100,
    font: typeface ? resolveTypeface(typeface, context.theme) : undefined,
    bold: booleanAttr(run, 'b'),
    italic: booleanAttr(run, 'i'),
    colour: resolveColour(child(run, 'solidFill'), context),
  };
}

/** A paragraph-properties element (a:lvl1pPr, a:defPPr, a:pPr) with its run properties (a:defRPr, a:rPr). */
export function paragraphProps(paragraph: XmlElement | undefined, run: XmlElement | undefined, context: ColourContext): LevelProps {
  return mergeLevels(
    {
      marginLeft: inches(numberAttr(paragraph, 'marL')),
      indent: inches(numberAttr(paragraph, 'indent')),
      align: ALIGN[paragraph?.attrs.algn ?? ''],
      spaceBefore: spacing(child(paragraph, 'spcBef')),
      spaceAfter: spacing(child(paragraph, 'spcAft')),
      lineSpacing: spacing(child(paragraph, 'lnSpc')),
      bullet: bullet(paragraph),
    },
    runProps(run, context),
  );
}

/** Each source's defined properties override the ones before it. */
export function mergeLevels(...sources: LevelProps[]): LevelProps {
  const merged: Record<string, unknown> = {};
  for (const source of sources) for (const [key, value] of Object.entries(source)) if (value !== undefined) merged[key] = value;
  return merged as LevelProps;
}

/** The five levels a list style (a:lstStyle, p:titleStyle, p:defaultTextStyle, …) gives: its a:defPPr under each a:lvlNpPr. */
export function listStyleLevels(list: XmlElement | undefined, context: ColourContext): LevelProps[] {
  const fromElement = (element: XmlElement | undefined) => paragraphProps(element, child(element, 'defRPr'), context);
  const base = fromElement(child(list, 'defPPr'));
  return Array.from({ length: LEVELS }, (_, i) => mergeLevels(base, fromElement(child(list, `lvl${i + 1}pPr`))));
}

/**
 * The five levels a placeholder's own paragraphs show (the first paragraph of each level, with its first run).
 * LibreOffice writes a master's text styles this way, as the prompt text's formatting, instead of p:txStyles and a:lstStyle.
 */
export function paragraphLevels(textBody: XmlElement | undefined, context: ColourContext): LevelProps[] {
  const levels: LevelProps[] = Array.from({ length: LEVELS }, () => ({}));
  const seen = new Set<number>();
  for (const paragraph of childrenNamed(textBody, 'p')) {
    const properties = child(paragraph, 'pPr');
    const level = numberAttr(properties, 'lvl') ?? 0;
    if (level < 0 || level >= LEVELS || seen.has(level)) continue;
    seen.add(level);
    const run = child(childrenNamed(paragraph, 'r')[0], 'rPr');
    const end = child(paragraph, 'endParaRPr');
    levels[level] = mergeLevels(paragraphProps(properties, end, context), runProps(run, context));
  }
  return levels;
}

const points = (space: Spacing | undefined, size: number) => (!space ? 0 : 'points' in space ? space.points : space.share * size * SINGLE_LINE);

/** The resolved style of a level; `font` is the theme font used when no source names one. */
export function resolveLevel(props: LevelProps, font: string): LevelStyle {
  const size = props.size ?? DEFAULT_SIZE;
  const line = props.lineSpacing;
  return {
    size,
    font: props.font ?? font,
    bold: props.bold ?? false,
    italic: props.italic ?? false,
    ...(props.colour ? { colour: props.colour } : {}),
    marginLeft: props.marginLeft ?? 0,
    indent: props.indent ?? 0,
    spaceBefore: points(props.spaceBefore, size),
    spaceAfter: points(props.spaceAfter, size),
    lineSpacing: !line ? 1 : 'share' in line ? line.share : line.points / size / SINGLE_LINE,
    bullet: props.bullet ?? false,
    align: props.align ?? 'left',
  };
}

// The default template's six layouts with PowerPoint's standard names, types and placeholders: Title Slide … Blank.
import { escapeXml } from '../shared/xml.js';
import type { Theme } from '../templates/theme.js';
import type { Box } from './model.js';
import { templateGrid, type TemplateGrid } from './grid.js';
import {
  BODY_PROMPTS,
  bodyPr,
  DATE_FIELD,
  FOOTER_PROMPT,
  placeholderShape,
  PML_NAMESPACES,
  promptParagraph,
  ruleShape,
  schemeFill,
  SLIDE_NUMBER_FIELD,
  solidFill,
  SP_TREE_HEAD,
  XML_HEAD,
} from './ooxml.js';
import { footerLevel, levelStyle } from './text-styles.js';
import { coverColours } from './theme-part.js';

export interface LayoutSpec {
  name: string; // <p:cSld name>
  type: string; // <p:sldLayout type>
  shapes: string; // placeholders and decorations, ids from 2
  showMasterShapes: boolean; // false: the master's rules (and banner, logo) are not drawn on this layout
  background?: string; // a <p:bg> of its own
}

const title = (box: Box, lstStyle?: string, ph = 'type="title"', bodyProps?: string) =>
  placeholderShape({ id: 2, name: 'Title 1', ph, box, lstStyle, bodyPr: bodyProps, paragraphs: promptParagraph('Click to edit Master title style') });

/** Date, footer and slide number, as PowerPoint's layouts carry them (idx 10, 11, 12), in the muted colour or the one given. */
function footers(theme: Theme, grid: TemplateGrid, firstId: number, colour?: string): string {
  const style = (align: 'l' | 'r') => footerLevel(theme, align, colour); // repeated from the master: LibreOffice styles a slide's footer from its layout's
  return [
    placeholderShape({
      id: firstId,
      name: `Date Placeholder ${firstId - 1}`,
      ph: 'type="dt" sz="half" idx="10"',
      box: grid.date,
      lstStyle: style('r'),
      paragraphs: DATE_FIELD,
    }),
    placeholderShape({
      id: firstId + 1,
      name: `Footer Placeholder ${firstId}`,
      ph: 'type="ftr" sz="quarter" idx="11"',
      box: grid.footer,
      lstStyle: style('l'),
      paragraphs: FOOTER_PROMPT,
    }),
    placeholderShape({
      id: firstId + 2,
      name: `Slide Number Placeholder ${firstId + 1}`,
      ph: 'type="sldNum" sz="quarter" idx="12"',
      box: grid.slideNumber,
      lstStyle: style('r'),
      paragraphs: SLIDE_NUMBER_FIELD,
    }),
  ].join('');
}

/**
 * The title slide on navy (or on white with `cover: light`): title, and a subtitle whose levels hold the detail lines (level 1
 * the subtitle, level 2 the details, level 3 the quieter ones), its own accent rule; the master's rules are hidden.
 */
function titleSlide(theme: Theme, grid: TemplateGrid): LayoutSpec {
  const c = coverColours(theme);
  const s = theme.sizes;
  const line = (level: number, size: number, colour: string) =>
    levelStyle({ level, marL: 0, indent: 0, align: 'l', spaceBefore: level === 1 ? 0 : 6, bullet: null, size, fill: solidFill(colour) });
  const subtitleLevels = [line(1, s.subtitle + 4, c.text), line(2, s.subtitle, c.text), ...[3, 4, 5].map((level) => line(level, s.subtitle - 4, c.muted))].join(
    '',
  );
  const shapes = [
    title(grid.titleSlide.title, levelStyle({ level: 1, align: 'l', size: s.titleSlide, fill: solidFill(c.title) }), 'type="ctrTitle"'),
    placeholderShape({
      id: 3,
      name: 'Subtitle 2',
      ph: 'type="subTitle" idx="1"',
      box: grid.titleSlide.subtitle,
      bodyPr: bodyPr({ side: theme.grid.inset, top: theme.grid.inset / 2, bottom: 0 }, 't'),
      lstStyle: subtitleLevels,
      paragraphs: promptParagraph('Click to edit Master subtitle style'),
    }),
    footers(theme, grid, 4, c.muted),
    ruleShape(7, 'Title Rule', grid.titleSlide.accentRule, 'accent1'),
  ].join('');
  const background = theme.cover === 'light' ? undefined : '<p:bg><p:bgPr><a:solidFill><a:schemeClr val="tx2"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>';
  return { name: 'Title Slide', type: 'title', shapes, showMasterShapes: false, background };
}

/** A section divider: the title large and centred with its rule centred under it, a muted line below; the master's title rule is hidden (it would underline nothing). */
function sectionHeader(theme: Theme, grid: TemplateGrid): LayoutSpec {
  const s = theme.sizes;
  const body = placeholderShape({
    id: 3,
    name: 'Text Placeholder 2',
    ph: 'type="body" idx="1"',
    box: grid.section.body,
    bodyPr: bodyPr({ side: theme.grid.inset, top: theme.grid.inset / 2, bottom: 0 }, 't'),
    lstStyle: levelStyle({ level: 1, marL: 0, indent: 0, align: 'ctr', spaceBefore: 0, bullet: null, size: s.subtitle + 4, fill: schemeFill('accent2') }),
    paragraphs: promptParagraph('Click to edit Master text styles'),
  });
  const heading = title(grid.section.title, levelStyle({ level: 1, align: 'ctr', size: s.titleSlide }));
  const rules = ruleShape(7, 'Title Rule', grid.section.accentRule, 'accent1') + ruleShape(8, 'Footer Rule', grid.footerRule, 'accent3');
  return { name: 'Section Header', type: 'secHead', shapes: heading + body + footers(theme, grid, 4) + rules, showMasterShapes: false };
}

function content(name: string, id: number, ph: string, box: Box): string {
  return placeholderShape({ id, name, ph, box, paragraphs: BODY_PROMPTS });
}

export function layoutSpecs(theme: Theme, logo?: Box, rtl = false): LayoutSpec[] {
  const grid = templateGrid(theme, logo, rtl);
  return [
    titleSlide(theme, grid),
    {
      name: 'Title and Content',
      type: 'obj',
      shapes: title(grid.title) + content('Content Placeholder 2', 3, 'idx="1"', grid.body) + footers(theme, grid, 4),
      showMasterShapes: true,
    },
    sectionHeader(theme, grid),
    {
      name: 'Two Content',
      type: 'twoObj',
      shapes:
        title(grid.title) +
        content('Content Placeholder 2', 3, 'sz="half" idx="1"', grid.two.left) +
        content('Content Placeholder 3', 4, 'sz="half" idx="2"', grid.two.right) +
        footers(theme, grid, 5),
      showMasterShapes: true,
    },
    { name: 'Title Only', type: 'titleOnly', shapes: title(grid.title) + footers(theme, grid, 3), showMasterShapes: true },
    { name: 'Blank', type: 'blank', shapes: '', showMasterShapes: false },
  ];
}

export function layoutPart(spec: LayoutSpec): string {
  const hide = spec.showMasterShapes ? '' : ' showMasterSp="0"';
  return (
    `${XML_HEAD}<p:sldLayout ${PML_NAMESPACES} type="${spec.type}" preserve="1"${hide}><p:cSld name="${escapeXml(spec.name)}">${spec.background ?? ''}` +
    `<p:spTree>${SP_TREE_HEAD}${spec.shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>`
  );
}

// The default template's slide master: title, body, date, footer and slide-number placeholders on the grid, the two rules, the text styles.
import { escapeXml } from '../shared/xml.js';
import type { Theme } from '../templates/theme.js';
import type { Box } from './model.js';
import { templateGrid } from './grid.js';
import {
  BODY_PROMPTS,
  bodyPr,
  DATE_FIELD,
  EMPTY_PARAGRAPH,
  placeholderShape,
  PML_NAMESPACES,
  promptParagraph,
  ruleShape,
  SLIDE_NUMBER_FIELD,
  SP_TREE_HEAD,
  XML_HEAD,
} from './ooxml.js';
import { footerLevel, textStyles } from './text-styles.js';

/** The first layout id of the master's list (PowerPoint numbers masters and layouts from 2^31 upwards). */
export const MASTER_ID = 2147483648;

/** Text insets as the deck has always had them: the grid's side inset, half of it above and below. */
export function gridInsets(theme: Theme, vertical = true) {
  return { side: theme.grid.inset, top: vertical ? theme.grid.inset / 2 : 0, bottom: vertical ? theme.grid.inset / 2 : 0 };
}

function masterShapes(theme: Theme, logo?: Box): string {
  const grid = templateGrid(theme, logo);
  return [
    placeholderShape({
      id: 2,
      name: 'Title Placeholder 1',
      ph: 'type="title"',
      box: grid.title,
      bodyPr: bodyPr(gridInsets(theme), 'b'),
      paragraphs: promptParagraph('Click to edit Master title style'),
    }),
    placeholderShape({
      id: 3,
      name: 'Text Placeholder 2',
      ph: 'type="body" idx="1"',
      box: grid.body,
      bodyPr: bodyPr(gridInsets(theme), 't'),
      paragraphs: BODY_PROMPTS,
    }),
    placeholderShape({
      id: 4,
      name: 'Date Placeholder 3',
      ph: 'type="dt" sz="half" idx="2"',
      box: grid.date,
      bodyPr: bodyPr(gridInsets(theme, false), 'ctr'),
      lstStyle: footerLevel(theme, 'r'),
      paragraphs: DATE_FIELD,
    }),
    placeholderShape({
      id: 5,
      name: 'Footer Placeholder 4',
      ph: 'type="ftr" sz="quarter" idx="3"',
      box: grid.footer,
      bodyPr: bodyPr(gridInsets(theme, false), 'ctr'),
      lstStyle: footerLevel(theme, 'l'),
      paragraphs: EMPTY_PARAGRAPH,
    }),
    placeholderShape({
      id: 6,
      name: 'Slide Number Placeholder 5',
      ph: 'type="sldNum" sz="quarter" idx="4"',
      box: grid.slideNumber,
      bodyPr: bodyPr(gridInsets(theme, false), 'ctr'),
      lstStyle: footerLevel(theme, 'r'),
      paragraphs: SLIDE_NUMBER_FIELD,
    }),
    ruleShape(7, 'Title Rule', grid.accentRule, 'accent1'), // theme slots (theme-part.ts): they follow a change of the theme's colours
    ruleShape(8, 'Footer Rule', grid.footerRule, 'accent3'),
  ].join('');
}

const COLOUR_MAP =
  '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>';

/** The master; its layouts are relationships rId1…rIdN in order, the theme rId(N+1). */
export function masterPart(theme: Theme, layoutCount: number, logo?: Box): string {
  const layoutIds = Array.from({ length: layoutCount }, (_, i) => `<p:sldLayoutId id="${MASTER_ID + 1 + i}" r:id="rId${i + 1}"/>`).join('');
  return (
    `${XML_HEAD}<p:sldMaster ${PML_NAMESPACES}><p:cSld name="${escapeXml(theme.name)}">` +
    '<p:bg><p:bgPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>' +
    `<p:spTree>${SP_TREE_HEAD}${masterShapes(theme, logo)}</p:spTree></p:cSld>${COLOUR_MAP}` +
    `<p:sldLayoutIdLst>${layoutIds}</p:sldLayoutIdLst>${textStyles(theme)}</p:sldMaster>`
  );
}

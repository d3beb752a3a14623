// Accessibility as PowerPoint's checker sees it: table header rows and alt text, the deck's language, slide titles in app.xml, title first.
import { escapeXml, unescapeXml } from '../shared/xml.js';

/** PowerPoint's built-in "No Style, No Grid" table style: a style id without any look of its own (our cells carry fills and borders). */
export const TABLE_STYLE_NONE = '{2D5ABB26-0587-4C30-8999-92F81FD0307C}';

/** The visible text of an XML fragment: its a:t contents, paragraphs joined by a space, bidi embedding marks dropped. */
export function visibleText(xml: string): string {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((p) => [...p[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => unescapeXml(t[1])).join(''))
    .join(' ')
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const TITLE_SHAPE = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph\b[^>]*\btype="(?:title|ctrTitle)"[\s\S]*?<\/p:sp>/;

/** The text of a slide's title placeholder, or undefined when it has none. */
export function slideTitle(xml: string): string | undefined {
  const shape = TITLE_SHAPE.exec(xml)?.[0];
  return shape === undefined ? undefined : visibleText(shape);
}

/** Screen readers read a slide's shapes in spTree order: the title placeholder goes first. */
export function titleFirst(xml: string): string {
  const shape = TITLE_SHAPE.exec(xml)?.[0];
  const treeStart = /<p:spTree>[\s\S]*?(?:<p:grpSpPr\/>|<\/p:grpSpPr>)/.exec(xml);
  if (shape === undefined || !treeStart) return xml;
  const start = treeStart.index + treeStart[0].length;
  if (xml.slice(start).trimStart().startsWith(shape)) return xml;
  const without = xml.replace(shape, '');
  return `${without.slice(0, start)}${shape}${without.slice(start)}`;
}

/**
 * Tables: the first row is a header row (firstRow="1" with a table style, as PowerPoint's checker wants) and the frame has
 * alt text naming the header cells and the number of rows under them, e.g. "Table: NATO, Role; 3 rows".
 * A right-to-left deck draws its first column rightmost: its header cells are named in reading order.
 */
export function accessibleTables(xml: string, rtl = false): string {
  return xml.replace(/<p:graphicFrame>[\s\S]*?<\/p:graphicFrame>/g, (frame) => {
    if (!frame.includes('<a:tbl>')) return frame;
    const rows = [...frame.matchAll(/<a:tr\b[^>]*>([\s\S]*?)<\/a:tr>/g)].map((m) => m[1]);
    const header = [...(rows[0] ?? '').matchAll(/<a:tc\b[^>]*>([\s\S]*?)<\/a:tc>/g)].map((m) => visibleText(m[1])).filter(Boolean);
    const body = rows.length - 1;
    const descr = `Table: ${(rtl ? header.reverse() : header).join(', ')}; ${body} ${body === 1 ? 'row' : 'rows'}`;
    return frame
      .replace(/<a:tblPr\b[^>]*\/>|<a:tblPr\b[^>]*>[\s\S]*?<\/a:tblPr>/, `<a:tblPr firstRow="1"><a:tableStyleId>${TABLE_STYLE_NONE}</a:tableStyleId></a:tblPr>`)
      .replace(
        /<p:cNvPr\b([^>]*?)(\/?)>/,
        (_m, attrs: string, close: string) => `<p:cNvPr${attrs.replace(/\s*\bdescr="[^"]*"/, '')} descr="${escapeXml(descr)}"${close}>`,
      );
  });
}

/** dc:language (the deck's language) in docProps/core.xml, where PowerPoint's checker and search look for it. */
export function coreLanguage(xml: string, language: string | undefined): string {
  if (!language) return xml;
  const tag = `<dc:language>${escapeXml(language)}</dc:language>`;
  const without = xml.replace(/<dc:language>[^<]*<\/dc:language>/, '');
  return without.replace(/<\/cp:coreProperties>/, `${tag}</cp:coreProperties>`);
}

/** docProps/app.xml lists each slide's title under "Slide Titles", as PowerPoint writes it (pptxgenjs writes "Slide 1", "Slide 2", …). */
export function appSlideTitles(xml: string, titles: (string | undefined)[]): string {
  return xml.replace(/<vt:lpstr>Slide (\d+)<\/vt:lpstr>/g, (entry, n: string) => {
    const title = titles[Number(n) - 1];
    return title ? `<vt:lpstr>${escapeXml(title)}</vt:lpstr>` : entry;
  });
}

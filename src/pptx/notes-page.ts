// The notes page (handouts): A4 or US Letter, the notes master's placeholders laid out for it and for the slide's shape, its classification banners.
import { escapeXml } from '../shared/xml.js';
import type { NotesBanner } from './package.js';
export type Paper = 'a4' | 'letter';

export interface NotesPage {
  cx: number; // EMU
  cy: number;
}

const EMU_PER_INCH = 914400;
const EMU_PER_MM = 36000;
/** A4, 210 × 297 mm, and US Letter, 8.5 × 11 in, in EMU. */
export const NOTES_PAGES: Record<Paper, NotesPage> = {
  a4: { cx: 210 * EMU_PER_MM, cy: 297 * EMU_PER_MM },
  letter: { cx: 8.5 * EMU_PER_INCH, cy: 11 * EMU_PER_INCH },
};

/** Regions whose printers hold US Letter (CLDR's paper-size data); everywhere else prints on A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'CR', 'GT', 'NI', 'PA', 'PR', 'SV', 'BZ']);

/** The paper of a deck's language (BCP 47): Letter for en-US, es-MX, fr-CA …, A4 for the rest (a language without a region too). */
export function paperOfLanguage(language: string): Paper {
  const region = language
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}

const HEADER_SHARE = 0.4333; // header and date boxes: each this share of the page width (PowerPoint's notes master)
const HEADER_HEIGHT = 458788;
const SIDE = 0.75 * EMU_PER_INCH; // the slide picture and the notes text: this far from the page's sides
const PICTURE_TOP = 1.0 * EMU_PER_INCH;
const GAP = 0.3 * EMU_PER_INCH; // between the slide picture and the notes
const FOOT = 0.75 * EMU_PER_INCH; // kept under the notes text: the footer and page number, and the handout's bottom banner

/** Every notes-master placeholder's box on `page` for slides `slide.cx` × `slide.cy`: header and date on top, the slide, the notes, the footer and number. */
export function notesBoxes(page: NotesPage, slide: NotesPage): Record<string, [x: number, y: number, w: number, h: number]> {
  const half = Math.round(page.cx * HEADER_SHARE);
  const width = page.cx - 2 * SIDE;
  const pictureHeight = Math.round((width * slide.cy) / slide.cx);
  const notesTop = PICTURE_TOP + pictureHeight + GAP;
  return {
    hdr: [0, 0, half, HEADER_HEIGHT],
    dt: [page.cx - half, 0, half, HEADER_HEIGHT],
    sldImg: [SIDE, PICTURE_TOP, width, pictureHeight],
    body: [SIDE, notesTop, width, page.cy - FOOT - notesTop],
    ftr: [0, page.cy - HEADER_HEIGHT, half, HEADER_HEIGHT],
    sldNum: [page.cx - half, page.cy - HEADER_HEIGHT, half, HEADER_HEIGHT],
  };
}

/** The notes master with each placeholder's xfrm set to its box on the page. */
export function notesMasterOnPage(xml: string, page: NotesPage, slide: NotesPage): string {
  const boxes = notesBoxes(page, slide);
  return xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (shape) => {
    const type = /<p:ph type="(\w+)"/.exec(shape)?.[1];
    const box = type && boxes[type];
    if (!box) return shape;
    const [x, y, w, h] = box.map((v) => Math.round(v));
    return shape.replace(/<a:xfrm>[\s\S]*?<\/a:xfrm>/, `<a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm>`);
  });
}

/** The notes page when no paper is given, 7.5 × 10 in, in EMU. */
export const NOTES_PAGE = { cx: 6858000, cy: 9144000 };
/** Height of a notes-page banner: 0.3 in, as on the slides. */
const NOTES_BANNER_HEIGHT = 274320;

/** pptxgenjs writes p:notesSz as the slide size turned on its side (7.5 × 13.33 in): the page the handout is printed on instead (its notes master is laid out for it). */
export function notesPageSize(xml: string, page: NotesPage = NOTES_PAGE): string {
  return xml.replace(/<p:notesSz [^>]*\/>/, `<p:notesSz cx="${page.cx}" cy="${page.cy}"/>`);
}

/**
 * The classification banner at the top and bottom of a notes page, so a printed notes page or handout carries the
 * marking itself, not only inside the slide picture. On each notes slide, not the notes master: LibreOffice draws
 * only the notes master's placeholders.
 */
export function notesBanners(xml: string, banner: NotesBanner | undefined, page: NotesPage = NOTES_PAGE): string {
  if (!banner) return xml;
  const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  const next = Math.max(0, ...ids) + 1;
  const bar = (id: number, y: number, where: string) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Classification ${where}"/><p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="0" y="${y}"/><a:ext cx="${page.cx}" cy="${NOTES_BANNER_HEIGHT}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="${banner.fill}"/></a:solidFill></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="en-US" sz="${Math.round(banner.size * 100)}" b="1"><a:solidFill><a:srgbClr val="${banner.color}"/></a:solidFill>` +
    `<a:latin typeface="${escapeXml(banner.font)}"/></a:rPr><a:t>${escapeXml(banner.text)}</a:t></a:r></a:p></p:txBody></p:sp>`;
  return xml.replace('</p:spTree>', `${bar(next, 0, 'top')}${bar(next + 1, page.cy - NOTES_BANNER_HEIGHT, 'bottom')}</p:spTree>`);
}

// Prepares a copy of the deck for LibreOffice's notes-pages export: notes set in the deck's body font at a readable size.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Notes text size on the handout, in hundredths of a point (PowerPoint's notes default). */
export const HANDOUT_NOTES_SIZE = 1200;

/**
 * LibreOffice ignores the notes master's text style when it imports a .pptx (notes come out at 20 pt with a
 * hanging indent) and draws overflowing notes off the page. On the handout copy only, each notes paragraph
 * gets an explicit size, font and no indent, and the notes body shrinks its text when it would overflow.
 */
export function notesPagesCopy(deck: Uint8Array): Uint8Array {
  const parts = unzipSync(deck);
  const font = bodyFont(parts['ppt/theme/theme1.xml']);
  for (const name of Object.keys(parts)) {
    if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) parts[name] = strToU8(readableNotes(strFromU8(parts[name]), font));
  }
  return zipSync(parts, { level: 1 });
}

/** The theme's minor (body) Latin font, e.g. Calibri. */
export function bodyFont(theme: Uint8Array | undefined): string | undefined {
  if (!theme) return undefined;
  return /<a:minorFont><a:latin typeface="([^"]+)"/.exec(strFromU8(theme))?.[1];
}

/** List lines ("- item", "• item", "1. item") hang, so wrapped lines start under the text; other paragraphs start at the margin. */
export function paragraphIndent(text: string): string {
  return /^([-•*–]|\d+[.)])\s/.test(text) ? '<a:pPr marL="228600" indent="-228600"/>' : '<a:pPr marL="0" indent="0"/>';
}

/** Rewrites the body placeholder of one notes slide; other placeholders (slide image, number) stay as they are. */
export function readableNotes(xml: string, font: string | undefined): string {
  return xml.replace(/(<p:ph type="body"[\s\S]*?<p:txBody>)([\s\S]*?)(<\/p:txBody>)/, (_m, head: string, body: string, tail: string) => {
    const latin = font ? `<a:latin typeface="${font}"/>` : '';
    const sized = body
      .replace(/<a:bodyPr\/>|<a:bodyPr([^>]*)\/>/, (_b, attrs = '') => `<a:bodyPr${attrs}><a:normAutofit/></a:bodyPr>`)
      .replace(/<a:p>(?!<a:pPr)(?=(?:<a:r><a:rPr[^>]*\/>)?(?:<a:t>([^<]*))?)/g, (_p, text = '') => `<a:p>${paragraphIndent(text)}`)
      .replace(/<a:(rPr|endParaRPr)((?:(?! sz=)[^>/])*)\/>/g, `<a:$1$2 sz="${HANDOUT_NOTES_SIZE}">${latin}</a:$1>`);
    return `${head}${sized}${tail}`;
  });
}

// The contact sheet: every slide picture in one grid, each with its number and title, between classification banners; composed with sharp.
import { escapeXml } from '../shared/xml.js';
import { sharedMeasurer } from '../slides/measure.js';
import { writeAtomic } from '../write.js';

export interface SheetLayout {
  columns: number;
  rows: number;
  thumb: { width: number; height: number };
  gap: number;
  caption: number; // height of the caption band under each thumbnail
  banner: number; // height of the classification band at the top and at the bottom (0: the deck has no marking)
  width: number;
  height: number;
}

export const SHEET_STYLE = {
  thumbWidth: 400,
  gap: 24,
  caption: 34,
  banner: 32,
  fontSize: 16,
  background: '#EEF1F5',
  border: '#C3CAD5',
  badge: '#1F2A44',
  text: '#2B3445',
  fonts: "Carlito, Calibri, 'Liberation Sans', Arial, sans-serif",
};

/** Columns: all in one row up to 4 slides, then about square (3 to 8 columns). */
export function sheetColumns(count: number): number {
  if (count <= 4) return Math.max(1, count);
  return Math.min(8, Math.max(3, Math.ceil(Math.sqrt(count))));
}

/** The classification banner the sheet carries top and bottom, as on the slides: the marking on its level's colours. */
export interface SheetBanner {
  text: string;
  fill: string; // hex, no #
  color: string;
}

/** The grid for `count` slides of the given aspect ratio (width / height), with room for the banners when there is one. */
export function sheetLayout(count: number, aspect = 16 / 9, thumbWidth = SHEET_STYLE.thumbWidth, banner?: SheetBanner): SheetLayout {
  const columns = sheetColumns(count);
  const rows = Math.max(1, Math.ceil(count / columns));
  const thumb = { width: thumbWidth, height: Math.round(thumbWidth / aspect) };
  const { gap, caption } = SHEET_STYLE;
  const band = banner ? SHEET_STYLE.banner : 0;
  return {
    columns,
    rows,
    thumb,
    gap,
    caption,
    banner: band,
    width: columns * thumb.width + (columns + 1) * gap,
    height: rows * (thumb.height + caption) + (rows + 1) * gap + 2 * band,
  };
}

/** Top-left corner of cell `index` (0-based, row by row). */
export function cellOrigin(layout: SheetLayout, index: number): { left: number; top: number } {
  const column = index % layout.columns;
  const row = Math.floor(index / layout.columns);
  return {
    left: layout.gap + column * (layout.thumb.width + layout.gap),
    top: layout.banner + layout.gap + row * (layout.thumb.height + layout.caption + layout.gap),
  };
}

/** Shortens `text` with an ellipsis so it fits `width` pixels at `size` (measured with the deck's own font metrics). */
export function fitCaption(text: string, width: number, size: number): string {
  const measurer = sharedMeasurer();
  if (measurer.width(text, size) <= width) return text;
  const chars = [...text];
  let keep = chars.length;
  while (keep > 0 && measurer.width(`${chars.slice(0, keep).join('').trimEnd()}…`, size) > width) keep--;
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/** The marking in a band across the top and the bottom of the sheet. */
function bannerShapes(layout: SheetLayout, banner: SheetBanner | undefined): string[] {
  if (!banner || !layout.banner) return [];
  const { fontSize } = SHEET_STYLE;
  const needed = sharedMeasurer().width(banner.text, fontSize, true);
  const size = Math.max(8, Math.min(fontSize, Math.floor((fontSize * (layout.width - 2 * layout.gap)) / needed))); // the whole marking, smaller if long
  return [0, layout.height - layout.banner].flatMap((y) => [
    `<rect x="0" y="${y}" width="${layout.width}" height="${layout.banner}" fill="#${banner.fill}"/>`,
    `<text x="${layout.width / 2}" y="${y + layout.banner / 2 + size * 0.35}" text-anchor="middle" font-size="${size}" font-weight="bold" fill="#${banner.color}">${escapeXml(banner.text)}</text>`,
  ]);
}

/** Banners, frames, number badges and titles for every cell, as one SVG laid over the thumbnails. */
function overlaySvg(layout: SheetLayout, titles: string[], count: number, banner?: SheetBanner): string {
  const { fontSize, border, badge, text, fonts } = SHEET_STYLE;
  const shapes: string[] = bannerShapes(layout, banner);
  for (let i = 0; i < count; i++) {
    const { left, top } = cellOrigin(layout, i);
    const number = String(i + 1);
    const badgeWidth = 14 + number.length * 9;
    const baseline = top + layout.thumb.height + 23;
    shapes.push(
      `<rect x="${left - 0.5}" y="${top - 0.5}" width="${layout.thumb.width + 1}" height="${layout.thumb.height + 1}" fill="none" stroke="${border}"/>`,
      `<rect x="${left}" y="${baseline - 17}" width="${badgeWidth}" height="23" rx="4" fill="${badge}"/>`,
      `<text x="${left + badgeWidth / 2}" y="${baseline}" text-anchor="middle" font-weight="bold" fill="#FFFFFF">${number}</text>`,
    );
    const title = titles[i] ? fitCaption(titles[i], layout.thumb.width - badgeWidth - 10, fontSize) : '';
    if (title) shapes.push(`<text x="${left + badgeWidth + 8}" y="${baseline}" fill="${text}">${escapeXml(title)}</text>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" font-family="${fonts}" font-size="${fontSize}">${shapes.join('')}</svg>`;
}

/** Composes the slide pictures into one PNG at `target`, with the deck's banner top and bottom; returns the layout used. */
export async function writeContactSheet(pictures: string[], titles: string[], target: string, banner?: SheetBanner): Promise<SheetLayout> {
  const sharp = (await import('sharp')).default; // loaded here, not at start-up: a native module `briefdeck build` rarely needs
  const first = await sharp(pictures[0]).metadata();
  const layout = sheetLayout(pictures.length, (first.width ?? 16) / (first.height ?? 9), SHEET_STYLE.thumbWidth, banner);
  const thumbs = await Promise.all(pictures.map((file) => sharp(file).resize(layout.thumb.width, layout.thumb.height, { fit: 'fill' }).toBuffer()));
  const png = await sharp({ create: { width: layout.width, height: layout.height, channels: 3, background: SHEET_STYLE.background } })
    .composite([
      ...thumbs.map((input, i) => ({ input, ...cellOrigin(layout, i) })),
      { input: Buffer.from(overlaySvg(layout, titles, pictures.length, banner)), left: 0, top: 0 },
    ])
    .png({ palette: true, colours: 256, compressionLevel: 9, effort: 10 })
    .toBuffer();
  await writeAtomic(target, png);
  return layout;
}

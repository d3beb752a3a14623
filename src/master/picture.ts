// Pictures for slides: a file read and checked (PNG, JPEG or SVG by its content, decodable), and the media drawn at a size (downscaled, SVG rendered to PNG).
import { readFile, stat } from 'node:fs/promises';
import { systemErrorWords } from '../shared/oserror.js';
import { readImageHeader, type ImageHeader } from './image-size.js';
import { sanitiseSvg } from './svg-sanitise.js';

const MAX_BYTES = 50 * 1024 * 1024;
const MAX_PIXELS = 268_402_689; // sharp's own limit (0x3FFF × 0x3FFF): a larger picture is refused before it is decoded
/** Above this many dots per inch at the size it is drawn (well past what a projector or print shows), a picture is downscaled … */
export const MAX_DPI = 400;
/** … to this many (and an SVG's PNG rendering is made at it). */
export const TARGET_DPI = 250;
/** A source this large (longest side, or pixels in all) is worth a warning when it is downscaled; a smaller one is downscaled silently. */
export const HUGE_PICTURE = { side: 4000, pixels: 12_000_000 };
/** sharp draws an SVG no larger than this many pixels a side, at a density between 1 and 100000 dots per inch. */
const MAX_SVG_RENDER = 32767;
const SVG_DENSITY = { least: 1, most: 100000 };
/** An SVG is checked by drawing it this many pixels on its longest side. */
const SVG_PROBE = 64;

/** Whether a picture of `size` pixels is huge (its downscaling is reported). */
export function isHugePicture(size: { w: number; h: number }): boolean {
  return Math.max(size.w, size.h) > HUGE_PICTURE.side || size.w * size.h > HUGE_PICTURE.pixels;
}

export interface PictureFile extends ImageHeader {
  bytes: Uint8Array;
  rotated: boolean; // a JPEG whose EXIF orientation turns it: width and height are as shown, and its media is re-encoded upright
}

export interface PictureMedia {
  bytes: Uint8Array; // what PowerPoint draws: PNG or JPEG
  type: 'png' | 'jpeg';
  svg?: Uint8Array; // the original SVG, drawn by viewers that read it (PNG fallback in `bytes`)
  pixels: { w: number; h: number };
  downscaledFrom?: { w: number; h: number }; // the source's pixels, when it was larger than the slide needs
}

const sharpModule = async () => (await import('sharp')).default; // loaded only for briefs and themes with pictures

/** Decodes the whole image: a truncated or corrupt file fails here. */
export async function checkDecodes(bytes: Uint8Array): Promise<void> {
  const sharp = await sharpModule();
  await sharp(bytes, { failOn: 'truncated' }).stats();
}

/** The densities an SVG of `header`'s size can be drawn at: never past sharp's pixel limit (empty when even the least is too large). */
function svgDensities(header: ImageHeader): { least: number; most: number } {
  const most = Math.min(SVG_DENSITY.most, (72 * MAX_SVG_RENDER) / Math.max(header.width, header.height, 1));
  return { least: SVG_DENSITY.least, most };
}

/** An SVG (sanitised: it reads no other file) rendered to a PNG `pixels` large, drawn at a density within sharp's limits. */
export async function svgToPng(bytes: Uint8Array, header: ImageHeader, pixels: { w: number; h: number }): Promise<Uint8Array> {
  const sharp = await sharpModule();
  const target = { w: Math.max(1, Math.round(pixels.w)), h: Math.max(1, Math.round(pixels.h)) };
  const range = svgDensities(header);
  const wanted = 72 * Math.max(target.w / Math.max(header.width, 1), target.h / Math.max(header.height, 1));
  const density = Math.min(range.most, Math.max(range.least, wanted));
  const image = sharp(bytes, { density, failOn: 'truncated' }).resize({ width: target.w, height: target.h, fit: 'fill' });
  return new Uint8Array(await image.png().toBuffer());
}

/** Why an SVG cannot be used (too large to draw, or not drawable), or undefined when a small rendering of it succeeds. */
async function svgProblem(bytes: Uint8Array, header: ImageHeader, shown: string): Promise<string | undefined> {
  const { width, height } = header;
  if (svgDensities(header).most < SVG_DENSITY.least) {
    return `expected an SVG of at most ${(72 * MAX_SVG_RENDER).toLocaleString('en-US')} units a side, found ${shown} of ${width} × ${height}`;
  }
  if ((Math.min(width, height) * svgDensities(header).most) / 72 < 1) {
    return `expected an SVG at most ${MAX_SVG_RENDER.toLocaleString('en-US')} times as long as it is wide, found ${shown} of ${width} × ${height}`;
  }
  const scale = SVG_PROBE / Math.max(header.width, header.height, 1);
  try {
    await svgToPng(bytes, header, { w: header.width * scale, h: header.height * scale });
    return undefined;
  } catch (e) {
    return `cannot use the picture ${shown}: the SVG cannot be drawn (${String((e as Error).message).split('\n')[0]})`;
  }
}

/** A picture file read and checked: its kind and size, or why it cannot be used (in words, naming the file as written). */
export async function readPicture(path: string, shown: string): Promise<PictureFile | { problem: string }> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { problem: `expected a picture file, found a folder: ${shown}` };
    if (info.size > MAX_BYTES) return { problem: `expected a picture of at most 50 MiB, found ${shown} of ${Math.round(info.size / 1048576)} MiB` };
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { problem: `cannot read the picture ${shown}: ${systemErrorWords(e)}` };
  }
  const header = readImageHeader(bytes);
  if ('problem' in header) return { problem: `cannot use the picture ${shown}: ${header.problem}` };
  if (header.width * header.height > MAX_PIXELS) {
    return { problem: `expected a picture of at most 268 megapixels, found ${shown} of ${header.width} × ${header.height} pixels` };
  }
  if (header.kind === 'svg') return readSvg(bytes, header, shown);
  let orientation: number | undefined;
  try {
    await checkDecodes(bytes);
    if (header.kind === 'jpeg') orientation = (await (await sharpModule())(bytes).metadata()).orientation;
  } catch (e) {
    const reason = String((e as Error).message).split('\n')[0];
    return { problem: `cannot use the picture ${shown}: the ${header.kind.toUpperCase()} image is corrupt (${reason})` };
  }
  const turned = orientation !== undefined && orientation >= 5; // EXIF 5–8: rotated a quarter turn
  const size = turned ? { width: header.height, height: header.width } : { width: header.width, height: header.height };
  return { ...header, ...size, bytes, rotated: orientation !== undefined && orientation > 1 };
}

/** An SVG sanitised (what is embedded and rendered), then checked by drawing it small. */
async function readSvg(original: Uint8Array, header: ImageHeader, shown: string): Promise<PictureFile | { problem: string }> {
  let bytes: Uint8Array;
  try {
    bytes = sanitiseSvg(original);
  } catch (e) {
    return { problem: `cannot use the picture ${shown}: the SVG is not well-formed XML (${String((e as Error).message).split('\n')[0]})` };
  }
  const problem = await svgProblem(bytes, header, shown);
  return problem ? { problem } : { ...header, bytes, rotated: false };
}

/**
 * The media for a picture drawn `box` inches large: the file itself when it is no sharper than MAX_DPI needs, else
 * downscaled to TARGET_DPI (PNG stays PNG, JPEG stays JPEG); an SVG is kept and rendered to a PNG at TARGET_DPI.
 */
export async function pictureMedia(picture: PictureFile, box: { w: number; h: number }): Promise<PictureMedia> {
  const needed = { w: Math.max(1, Math.round(box.w * TARGET_DPI)), h: Math.max(1, Math.round(box.h * TARGET_DPI)) };
  if (picture.kind === 'svg') return { bytes: await svgToPng(picture.bytes, picture, needed), type: 'png', svg: picture.bytes, pixels: needed };
  const source = { w: picture.width, h: picture.height };
  const tooSharp = source.w > box.w * MAX_DPI + 0.5 && source.h > box.h * MAX_DPI + 0.5;
  if (!tooSharp && !picture.rotated) return { bytes: picture.bytes, type: picture.kind, pixels: source };
  const sharp = await sharpModule();
  const target = tooSharp ? needed : source;
  let image = sharp(picture.bytes).rotate().resize({ width: target.w, height: target.h, fit: 'fill' });
  image = picture.kind === 'png' ? image.png() : image.jpeg({ quality: 90 });
  const bytes = new Uint8Array(await image.toBuffer());
  return { bytes, type: picture.kind, pixels: target, ...(tooSharp ? { downscaledFrom: source } : {}) };
}

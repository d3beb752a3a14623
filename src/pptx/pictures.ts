// A slide's pictures: captions drawn as text boxes (pptxgenjs), pictures as p:pic with their media, SVG with a PNG fallback (package step).
import { addRelationship, ensureDefaultType, freePartName, type Parts } from '../master/package-edit.js';
import { pictureShape } from '../master/ooxml.js';
import type { Box } from '../master/model.js';
import type { Slide, SlideImage, SlideMedia } from '../slides/model.js';
import { boxMargin, paragraphRuns, type DrawContext } from './elements.js';
import type { PptxSlide } from './pptxgen.js';

/** A picture to put on a slide: its media, alt text and box (inches). */
export interface SlidePicture {
  media: SlideMedia;
  alt: string;
  name: string;
  box: Box;
  crop?: SlideImage['crop'];
}

/** Caption text boxes are named so (readers of the package tell them from placeholder text). */
export const CAPTION_NAME = 'Picture Caption';
const FIRST_PICTURE_ID = 2000; // pptxgenjs numbers its shapes from 2, our placeholders from 1000
const CONTENT_TYPES = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml' } as const;

/** The slide's planned pictures that have media: its picture, then its portraits. */
export function slidePictures(slide: Slide): SlidePicture[] {
  const all = [...(slide.image ? [{ image: slide.image, name: 'Picture' }] : []), ...(slide.portraits ?? []).map((image) => ({ image, name: 'Portrait' }))];
  return all.flatMap(({ image, name }) => (image.media && image.at ? [{ media: image.media, alt: image.alt, name, box: image.at, crop: image.crop }] : []));
}

/** Each picture's caption (a portrait's name) in a text box under it, centred, in the muted colour. */
export function drawCaptions(target: PptxSlide, slide: Slide, ctx: DrawContext): void {
  for (const image of [...(slide.image ? [slide.image] : []), ...(slide.portraits ?? [])]) {
    const at = image.captionAt;
    if (!at || !image.caption?.length || !image.media) continue;
    const runs = paragraphRuns({ runs: image.caption, level: 0, bullet: false }, at.fontSize, ctx, ctx.style.colours.muted, { align: 'center' });
    target.addText(runs, {
      x: at.x,
      y: at.y,
      w: at.w,
      h: at.h,
      valign: 'top',
      margin: boxMargin(ctx.style),
      fit: 'none',
      wrap: true,
      objectName: CAPTION_NAME,
    });
  }
}

/** Media parts already in the package, by the bytes they hold: a picture on several slides is stored once. */
export type MediaParts = Map<Uint8Array, { image: string; svg?: string }>;

function mediaParts(parts: Parts, media: SlideMedia, stored: MediaParts): { image: string; svg?: string } {
  const known = stored.get(media.bytes);
  if (known) return known;
  const ext = media.type === 'jpeg' ? 'jpeg' : 'png';
  const image = freePartName(parts, 'ppt/media/briefdeck-picture', ext);
  parts[image] = media.bytes;
  ensureDefaultType(parts, ext, CONTENT_TYPES[media.type]);
  let svg: string | undefined;
  if (media.svg) {
    svg = freePartName(parts, 'ppt/media/briefdeck-picture', 'svg');
    parts[svg] = media.svg;
    ensureDefaultType(parts, 'svg', CONTENT_TYPES.svg);
  }
  const placed = { image, ...(svg ? { svg } : {}) };
  stored.set(media.bytes, placed);
  return placed;
}

/** The pictures as p:pic in the slide's shape tree, before their captions (so they are read first), with their media and relationships. */
export function addPictures(parts: Parts, slide: string, pictures: SlidePicture[], stored: MediaParts): void {
  if (!pictures.length) return;
  const shapes = pictures.map((picture, i) => {
    const media = mediaParts(parts, picture.media, stored);
    const imageRel = addRelationship(parts, slide, 'image', media.image);
    const svgRel = media.svg ? addRelationship(parts, slide, 'image', media.svg) : undefined;
    return pictureShape({
      id: FIRST_PICTURE_ID + i,
      name: `${picture.name} ${i + 1}`,
      alt: picture.alt,
      box: picture.box,
      imageRel,
      svgRel,
      crop: picture.crop,
    });
  });
  const xml = new TextDecoder().decode(parts[slide]);
  const caption = new RegExp(`<p:sp><p:nvSpPr><p:cNvPr id="\\d+" name="${CAPTION_NAME}"`).exec(xml);
  const at = caption?.index ?? xml.lastIndexOf('</p:spTree>');
  parts[slide] = new TextEncoder().encode(`${xml.slice(0, at)}${shapes.join('')}${xml.slice(at)}`);
}

// The pipeline's picture step: every picture a brief names read and checked, problems refused at once at the FILE:LINE:COLUMN of each file.
import { dirname, resolve } from 'node:path';
import { placeFinding, type LoadedBrief } from './brief/load.js';
import { pictureRefs } from './brief/pictures.js';
import { BriefdeckError, problem, warning, type Problem } from './errors.js';
import { isHugePicture, pictureMedia, readPicture, TARGET_DPI, type PictureFile, type PictureMedia } from './master/picture.js';
import type { Slide, SlideImage } from './slides/model.js';

/** A brief's pictures by the file name it writes (relative to its folder). */
export type Pictures = Map<string, PictureFile>;

/** The absolute path of every picture file a brief names (what `watch` follows beside the brief). */
export function picturePaths(loaded: LoadedBrief): string[] {
  const dir = dirname(resolve(loaded.file));
  return [...new Set(pictureRefs(loaded.brief).map((ref) => resolve(dir, ref.file)))];
}

/** Reads and checks every picture (each file once); a missing, unreadable, corrupt or non-PNG/JPEG/SVG file is refused at each place that names it. */
export async function loadPictures(loaded: LoadedBrief): Promise<Pictures> {
  const refs = pictureRefs(loaded.brief);
  const dir = dirname(resolve(loaded.file));
  const files = [...new Set(refs.map((ref) => ref.file))];
  const read = await Promise.all(files.map((file) => readPicture(resolve(dir, file), file)));
  const results = new Map(files.map((file, i) => [file, read[i]]));
  const problems = refs.flatMap((ref) => {
    const result = results.get(ref.file)!;
    if (!('problem' in result)) return [];
    const hint = result.problem.startsWith('cannot read') ? "the path is relative to the brief's folder" : undefined;
    return [placeFinding(loaded, { path: ref.path, message: result.problem, hint })];
  });
  if (problems.length) throw new BriefdeckError(problems);
  return new Map([...results].filter((entry): entry is [string, PictureFile] => !('problem' in entry[1])));
}

/** Each picture and portrait gets its size in pixels (its aspect ratio) from its file, before the slides are planned. */
export function sizePictures(slides: Slide[], pictures: Pictures | undefined): void {
  if (!pictures) return;
  const sized = (image: SlideImage): SlideImage => {
    const file = pictures.get(image.file);
    return file ? { ...image, size: { width: file.width, height: file.height } } : image;
  };
  for (const slide of slides) {
    if (slide.image) slide.image = sized(slide.image);
    if (slide.portraits) slide.portraits = slide.portraits.map(sized);
  }
}

/**
 * The media of every planned picture, made for the size it is drawn at (the same picture at the same size shares one);
 * a picture sharper than the slide needs is downscaled, with a warning at its `file:` only when its source is huge.
 */
export async function addPictureMedia(slides: Slide[], pictures: Pictures, loaded: LoadedBrief): Promise<Problem[]> {
  const made = new Map<string, Promise<PictureMedia>>();
  const warnings = new Map<string, Problem>();
  const withMedia = async (image: SlideImage): Promise<SlideImage> => {
    const file = pictures.get(image.file);
    if (!file || !image.at) return image;
    const drawn = wholeBox(image);
    const key = `${image.file}\u0000${drawn.w.toFixed(3)}x${drawn.h.toFixed(3)}`;
    if (!made.has(key)) made.set(key, pictureMedia(file, drawn));
    const media = await made.get(key)!.catch((e: unknown) => {
      throw new BriefdeckError([pictureFinding(loaded, image.file, `cannot use the picture ${image.file}: ${String((e as Error).message).split('\n')[0]}`)]);
    });
    if (media.downscaledFrom && isHugePicture(media.downscaledFrom) && !warnings.has(image.file))
      warnings.set(image.file, downscaleWarning(loaded, image.file, media));
    return { ...image, media: { bytes: media.bytes, type: media.type, ...(media.svg ? { svg: media.svg } : {}) } };
  };
  for (const slide of slides) {
    if (slide.image) slide.image = await withMedia(slide.image);
    if (slide.portraits) slide.portraits = await Promise.all(slide.portraits.map(withMedia));
  }
  return [...warnings.values()];
}

/** The size the whole picture is drawn at: its box, grown by what its crop cuts off. */
function wholeBox(image: SlideImage): { w: number; h: number } {
  const at = image.at!;
  const crop = image.crop ?? { l: 0, t: 0, r: 0, b: 0 };
  return { w: at.w / Math.max(1 - crop.l - crop.r, 0.01), h: at.h / Math.max(1 - crop.t - crop.b, 0.01) };
}

function downscaleWarning(loaded: LoadedBrief, file: string, media: PictureMedia): Problem {
  const from = media.downscaledFrom!;
  const message = `the picture ${file} (${from.w} × ${from.h} pixels) was downscaled to ${media.pixels.w} × ${media.pixels.h}, ${TARGET_DPI} dpi at its size on the slide`;
  return warning('layout', message, { ...pictureFinding(loaded, file, message), code: 'layout', severity: 'warning' });
}

/** A finding placed at the first `file:` (or `photo:`) that names the picture. */
function pictureFinding(loaded: LoadedBrief, file: string, message: string): Problem {
  const ref = pictureRefs(loaded.brief).find((r) => r.file === file);
  return ref ? placeFinding(loaded, { path: ref.path, message }) : problem('schema', message, { file: loaded.file });
}

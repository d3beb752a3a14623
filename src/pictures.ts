// The pipeline's picture step: every picture a brief names read and checked, problems refused at once at the FILE:LINE:COLUMN of each file.
import { dirname, resolve } from 'node:path';
import { placeFinding, type LoadedBrief } from './brief/load.js';
import { pictureRefs } from './brief/pictures.js';
import { BriefdeckError } from './errors.js';
import { readPicture, type PictureFile } from './master/picture.js';

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

// Preview of a built deck: slide pictures DIR/NAME/slide-NN.png and the contact sheet DIR/NAME.png.
import { basename, dirname, extname, join } from 'node:path';
import { BriefdeckError, problem } from '../errors.js';
import type { Office } from './office.js';
import { convertDeck, inTempDir, SLIDES_FILTER } from './pdf.js';
import { writeSlidePictures } from './raster.js';
import { writeContactSheet, type SheetBanner, type SheetLayout } from './sheet.js';

export interface PreviewResult {
  pictures: string[];
  sheet: string;
  layout: SheetLayout;
}

/** out/NAME.pptx → out/NAME (pictures) and out/NAME.png (contact sheet). */
export function previewPaths(deckFile: string): { dir: string; sheet: string } {
  const stem = join(dirname(deckFile), basename(deckFile, extname(deckFile)));
  return { dir: stem, sheet: `${stem}.png` };
}

/** Renders every page of the slides PDF (made here unless `pdf` names one already written) and composes the contact sheet. */
export async function writePreview(
  office: Office,
  deck: { bytes: Uint8Array; titles: string[]; banner?: SheetBanner },
  deckFile: string,
  pdf?: string,
): Promise<PreviewResult> {
  const { dir, sheet } = previewPaths(deckFile);
  return inTempDir(async (scratch) => {
    const source = pdf ?? (await convertDeck(office, deck.bytes, basename(dir), SLIDES_FILTER, scratch));
    const pictures = await writeSlidePictures(source, dir, join(scratch, 'pages'));
    if (pictures.length !== deck.titles.length) {
      throw new BriefdeckError([problem('tool', `LibreOffice rendered ${pictures.length} pages for ${deck.titles.length} slides`, { file: deckFile })]);
    }
    const layout = await writeContactSheet(pictures, deck.titles, sheet, deck.banner);
    return { pictures, sheet, layout };
  });
}

// PDF files from a built deck through LibreOffice: the slides (NAME.pdf) and the notes handout (NAME-notes.pdf).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { writeAtomic } from '../write.js';
import { notesPagesCopy } from './handout.js';
import type { Office } from './office.js';

type FilterOptions = Record<string, { type: 'boolean' | 'string' | 'long'; value: string }>;

/** `--convert-to` filter with options in LibreOffice's JSON form (LibreOffice 7.4 and later). */
export function pdfFilter(options: FilterOptions): string {
  return `pdf:impress_pdf_Export:${JSON.stringify(options)}`;
}

/** One page per slide, tagged for screen readers, hyperlinks kept. */
export const SLIDES_FILTER = pdfFilter({
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  ExportNotesPages: { type: 'boolean', value: 'false' },
});

/** One notes page per slide: the slide above, its speaker notes below. */
export const HANDOUT_FILTER = pdfFilter({
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  ExportNotesPages: { type: 'boolean', value: 'true' },
  ExportOnlyNotesPages: { type: 'boolean', value: 'true' },
});

/** Runs `fn` with a fresh temporary directory that is removed afterwards. */
export async function inTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'briefdeck-export-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Converts deck bytes with a filter into a PDF in `dir`; the deck is copied in first, so its name is the PDF's name. */
export async function convertDeck(office: Office, deck: Uint8Array, name: string, filter: string, dir: string): Promise<string> {
  const input = join(dir, `${name}.pptx`);
  await writeFile(input, deck);
  return office.convert(input, filter, join(dir, 'pdf'));
}

/** Writes the slides PDF to `target` (atomically: never half-written). */
export async function writeSlidesPdf(office: Office, deck: Uint8Array, target: string): Promise<void> {
  await inTempDir(async (dir) => {
    const pdf = await convertDeck(office, deck, basename(target, '.pdf'), SLIDES_FILTER, dir);
    await writeAtomic(target, await readFile(pdf));
  });
}

/** Writes the notes handout to `target`: each slide with its speaker notes below it. */
export async function writeHandoutPdf(office: Office, deck: Uint8Array, target: string): Promise<void> {
  await inTempDir(async (dir) => {
    const pdf = await convertDeck(office, notesPagesCopy(deck), basename(target, '.pdf'), HANDOUT_FILTER, dir);
    await writeAtomic(target, await readFile(pdf));
  });
}

// The deck as `briefdeck serve` shows it: a loaded brief planned and drawn as HTML (src/html), its fonts and pictures served by id (built in the watch worker).
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { LoadedBrief } from '../brief/load.js';
import type { Problem } from '../errors.js';
import { deckHtml, type HtmlDeck } from '../html/deck.js';
import { fontFaces } from '../html/fonts.js';
import { modelDeck } from '../pipeline.js';
import type { TemplateSet } from '../templates/render.js';

/** A picture the page shows (a brief's picture, the template's logo or art), kept in memory and served at /pictures/ID. */
export interface ServedPicture {
  type: 'png' | 'jpeg';
  bytes: Uint8Array;
}

/** What the server shows for one good build: the slides' HTML and CSS, the @font-face rules, and what each font and picture id stands for. */
export interface ServedDeck {
  deck: HtmlDeck;
  fontFaces: string;
  fonts: Record<string, string>; // font id → the font file it serves (the only files the server reads)
  pictures: Record<string, ServedPicture>; // picture id → its bytes
  warnings: Problem[];
}

/** A font file's id: its name made URL-safe, numbered when two files share a name. */
function fontId(file: string, taken: Record<string, string>): string {
  const name =
    basename(file)
      .replace(/[^A-Za-z0-9._-]/g, '_')
      .replace(/^[._]+/, '') || 'font';
  let id = name;
  for (let n = 2; taken[id] !== undefined && taken[id] !== file; n++) id = `${n}-${name}`;
  return id;
}

export async function servedDeck(loaded: LoadedBrief, templates: TemplateSet): Promise<ServedDeck> {
  const modelled = await modelDeck(loaded, templates);
  const pictures: Record<string, ServedPicture> = {};
  const mediaUrl = (media: ServedPicture) => {
    const id = `${createHash('sha256').update(media.bytes).digest('hex').slice(0, 16)}.${media.type === 'jpeg' ? 'jpg' : 'png'}`;
    pictures[id] = { type: media.type, bytes: media.bytes };
    return `/pictures/${id}`;
  };
  const deck = deckHtml(modelled.model, { body: modelled.measurer, heading: modelled.headingMeasurer }, { mediaUrl });
  const fonts: Record<string, string> = {};
  const faces = fontFaces(modelled.model, {
    files: templates.theme.fonts.files,
    url: (file) => {
      const id = fontId(file, fonts);
      fonts[id] = file;
      return `/fonts/${id}`;
    },
  });
  return { deck, fontFaces: faces, fonts, pictures, warnings: modelled.warnings };
}

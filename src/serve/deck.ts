// The deck as `briefdeck serve` shows it: a loaded brief planned and drawn as HTML, with the web fonts it names (built in the watch worker).
import { join } from 'node:path';
import type { LoadedBrief } from '../brief/load.js';
import type { Problem } from '../errors.js';
import { buildDeck } from '../pipeline.js';
import { PACKAGE_ROOT } from '../shared/package.js';
import type { TemplateSet } from '../templates/render.js';
import { stubDeckHtml, type HtmlDeck } from './html-stub.js';

/** What the server shows for one good build: the slides' HTML and CSS, the @font-face rules (fonts at /fonts/ID) and the files behind each font id. */
export interface ServedDeck {
  deck: HtmlDeck;
  fontFaces: string;
  fonts: Record<string, string>; // font id → the font file it serves (only these files are ever read by the server)
  warnings: Problem[];
}

/** The URL a font id is served at. */
export const fontUrl = (id: string) => `/fonts/${encodeURIComponent(id)}`;

export async function servedDeck(loaded: LoadedBrief, templates: TemplateSet): Promise<ServedDeck> {
  const built = await buildDeck(loaded, templates);
  const deck = stubDeckHtml(built.slides, loaded.brief.title);
  const fonts = { 'carlito-regular.ttf': join(PACKAGE_ROOT, 'fonts', 'Carlito-Regular.ttf') };
  const fontFaces = `@font-face{font-family:Carlito;src:url(${fontUrl('carlito-regular.ttf')}) format("truetype")}`;
  return { deck, fontFaces, fonts, warnings: built.warnings };
}

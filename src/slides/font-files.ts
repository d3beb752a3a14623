// Finds the font file for a family name: the theme's own font files, then the bundled fonts/, then the system through fontconfig.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type * as fontkit from 'fontkit';
import { fcMatch, type SystemFont } from './fontconfig.js';
import { fontTable } from './font-tables.js';
import { loadFontkit } from './fontkit.js';

/** Families with the same advance widths (fontconfig's 30-metric-aliases.conf): any of a group measures for the others. */
const METRIC_GROUPS = [
  ['Calibri', 'Carlito'],
  ['Cambria', 'Caladea'],
  ['Georgia', 'Gelasio'],
  ['Arial', 'Helvetica', 'Liberation Sans', 'Arimo', 'Albany', 'Albany AMT', 'Nimbus Sans', 'Nimbus Sans L', 'TeX Gyre Heros'],
  ['Arial Narrow', 'Helvetica Narrow', 'Liberation Sans Narrow', 'Nimbus Sans Narrow', 'TeX Gyre Heros Cn'],
  ['Times New Roman', 'Times', 'Liberation Serif', 'Tinos', 'Thorndale', 'Thorndale AMT', 'Nimbus Roman', 'Nimbus Roman No9 L', 'TeX Gyre Termes'],
  ['Courier New', 'Courier', 'Liberation Mono', 'Cousine', 'Cumberland', 'Cumberland AMT', 'Nimbus Mono PS', 'Nimbus Mono L', 'TeX Gyre Cursor'],
  ['ITC Avant Garde Gothic', 'Avant Garde', 'URW Gothic', 'URW Gothic L', 'TeX Gyre Adventor'],
  ['ITC Bookman', 'Bookman', 'Bookman Old Style', 'URW Bookman', 'URW Bookman L', 'TeX Gyre Bonum'],
  ['Palatino', 'Palatino Linotype', 'P052', 'TeX Gyre Pagella'],
  ['New Century Schoolbook', 'Century Schoolbook', 'C059', 'TeX Gyre Schola'],
  ['ITC Zapf Chancery', 'Zapf Chancery', 'Z003', 'TeX Gyre Chorus'],
];

/** The family and the families metric-compatible with it, in lower case. */
export function metricFamilies(family: string): string[] {
  const name = family.trim().toLowerCase();
  const group = METRIC_GROUPS.find((names) => names.some((n) => n.toLowerCase() === name));
  return [name, ...(group ?? []).map((n) => n.toLowerCase()).filter((n) => n !== name)];
}

export interface FontRequest {
  family: string;
  bold?: boolean;
  italic?: boolean;
}

export interface FoundFont {
  file: string;
  /** The face inside a collection (.ttc), by PostScript name. */
  postscriptName?: string;
  /** The family of the face found (Carlito for Calibri; the fallback's family when the request was not found). */
  family: string;
  source: 'files' | 'bundled' | 'system';
  /** True when the face is the family asked for or metric-compatible with it; false for fontconfig's fallback. */
  matches: boolean;
}

export interface FontSources {
  /** Font files named by the theme (absolute paths), searched first. */
  files?: readonly string[];
  /** The bundled fonts/ folder. */
  bundledDir: string;
  /** fontconfig's answer (injectable for tests); defaults to fc-match. */
  system?: (family: string, bold: boolean, italic: boolean) => SystemFont | undefined;
}

interface FaceInfo {
  file: string;
  postscriptName: string;
  families: string[]; // the family and the typographic family, as the font names them
  bold: boolean;
  italic: boolean;
}

const faceLists = new Map<string, FaceInfo[]>();

/** The faces in a font file (one, or several in a collection); none when it is not a font fontkit reads. The build's table has a bundled font's. */
export function facesOf(file: string): FaceInfo[] {
  let faces = faceLists.get(file);
  if (faces) return faces;
  const table = fontTable(file);
  if (table) {
    faces = [{ file, postscriptName: table.postscriptName, families: table.families, bold: table.bold, italic: table.italic }];
    faceLists.set(file, faces);
    return faces;
  }
  try {
    const opened = loadFontkit().openSync(file) as fontkit.Font | fontkit.FontCollection;
    const fonts = 'fonts' in opened ? opened.fonts : [opened];
    faces = fonts.map((font) => faceInfo(file, font));
  } catch {
    faces = [];
  }
  faceLists.set(file, faces);
  return faces;
}

export function faceInfo(file: string, font: fontkit.Font): FaceInfo {
  const records = (font as unknown as { name?: { records?: Record<string, Record<string, string> | undefined> } }).name?.records ?? {};
  const typographic = Object.values(records.preferredFamily ?? {});
  const selection = (font['OS/2'] as { fsSelection?: { bold?: boolean; italic?: boolean } } | undefined)?.fsSelection;
  const style = font.subfamilyName ?? '';
  return {
    file,
    postscriptName: font.postscriptName,
    families: [font.familyName, ...typographic].filter(Boolean),
    bold: selection?.bold ?? /bold|black|heavy/i.test(style),
    italic: selection?.italic ?? /italic|oblique/i.test(style),
  };
}

/** The face among these that is of one of the families (lower case), best style first (exact, then same weight, then any). */
function pick(faces: FaceInfo[], families: string[], bold: boolean, italic: boolean): FaceInfo | undefined {
  for (const family of families) {
    const ofFamily = faces.filter((face) => face.families.some((name) => name.toLowerCase() === family));
    const best =
      ofFamily.find((f) => f.bold === bold && f.italic === italic) ??
      ofFamily.find((f) => f.bold === bold && !f.italic) ??
      ofFamily.find((f) => !f.italic) ??
      ofFamily[0];
    if (best) return best;
  }
  return undefined;
}

const STYLE_FILES = (bold: boolean, italic: boolean) => [
  bold && italic ? 'BoldItalic' : bold ? 'Bold' : italic ? 'Italic' : 'Regular',
  ...(bold ? ['Bold'] : []),
  'Regular',
];

/** Bundled files named as in fonts/ (Carlito-Bold.ttf): the family's own, then a metric-compatible one's. */
function bundled(dir: string, families: string[], bold: boolean, italic: boolean): FaceInfo | undefined {
  const names = bundledNames(dir);
  for (const family of families) {
    const stem = family.replace(/\s+/g, '');
    for (const style of STYLE_FILES(bold, italic)) {
      const name = names.get(`${stem}-${style}.ttf`.toLowerCase());
      if (name) return pick(facesOf(join(dir, name)), [family], bold, italic);
    }
  }
  return undefined;
}

const folders = new Map<string, Map<string, string>>();
/** The files of a fonts folder by lower-case name (listed once). */
function bundledNames(dir: string): Map<string, string> {
  let names = folders.get(dir);
  if (!names) folders.set(dir, (names = new Map((existsSync(dir) ? readdirSync(dir) : []).map((name) => [name.toLowerCase(), name]))));
  return names;
}

/**
 * The font to measure a family with: a theme file of that family (or a metric-compatible one), the bundled Carlito for
 * Calibri, else what fontconfig draws it with. `matches` is false when fontconfig answered with a fallback of another
 * family; undefined when nothing answered (no fontconfig and nothing bundled). A theme file without the bold face
 * stands in for bold only when neither the bundled fonts nor the system have the family's bold.
 */
export function findFont(request: FontRequest, sources: FontSources): FoundFont | undefined {
  const bold = request.bold ?? false;
  const italic = request.italic ?? false;
  const families = metricFamilies(request.family);
  const own = pick((sources.files ?? []).flatMap(facesOf), families, bold, italic);
  if (own && own.bold === bold) return found(own, 'files', true);
  const shipped = bundled(sources.bundledDir, families, bold, italic);
  if (shipped && (shipped.bold === bold || !own)) return found(shipped, 'bundled', true);
  const system = systemFont(request.family, families, bold, italic, sources);
  if (system?.matches && (system.bold === bold || !own)) return system.font;
  if (own) return found(own, 'files', true);
  return shipped ? found(shipped, 'bundled', true) : system?.font;
}

/** fontconfig's answer, opened: its face, whether it is of the family asked for, and whether it is bold. */
function systemFont(family: string, families: string[], bold: boolean, italic: boolean, sources: FontSources) {
  const answer = (sources.system ?? fcMatch)(family, bold, italic);
  if (!answer || !existsSync(answer.file)) return undefined;
  const faces = facesOf(answer.file);
  const lower = answer.families.map((name) => name.toLowerCase());
  const face = faces[answer.index] ?? pick(faces, lower, bold, italic);
  if (!face) return undefined;
  const matches = lower.some((name) => families.includes(name));
  return { matches, bold: face.bold, font: { ...found(face, 'system', matches), family: answer.families[0] ?? face.families[0] } };
}

function found(face: FaceInfo, source: FoundFont['source'], matches: boolean): FoundFont {
  return { file: face.file, postscriptName: face.postscriptName, family: face.families[0] ?? '', source, matches };
}

// A measurer per font family: the family's own metrics when it is found, else the font a renderer falls back to, measured wider, with a warning.
import { warning, type Problem } from '../errors.js';
import { locateInTheme, type Theme } from '../templates/theme.js';
import { findFont, type FontSources, type FoundFont } from './font-files.js';
import { FONT_DIR, openFace, type Face } from './fonts.js';
import { createMeasurer, sharedMeasurer, type Measurer } from './measure.js';

/**
 * Widths of a font that is not found are measured with fontconfig's fallback (what LibreOffice draws) times this margin, so
 * the real font, where the deck is opened, still fits: on running English text the widest proportional font installed here
 * (DejaVu Math TeX Gyre) is 1.097 × Noto Sans, fontconfig's default, and DejaVu Sans (Verdana's width) 1.075 ×.
 */
export const NOT_FOUND_MARGIN = 1.1;
/** Without fontconfig, a font not found is measured with the bundled Carlito times this: DejaVu Sans is 1.24 × Carlito on running text. */
export const NO_FONTCONFIG_MARGIN = 1.25;

export interface FontSpec {
  /** The family Latin, Greek and Cyrillic are drawn with (theme.yaml's fonts.body or fonts.heading). */
  latin: string;
  /** Font files to search first (theme.yaml's fonts.files, absolute paths). */
  files?: readonly string[];
}

/** What a family was measured with. */
export interface MeasuredFont {
  /** The family asked for. */
  family: string;
  /** The family measured with: the same, a metric-compatible one (Carlito for Calibri), or the fallback. */
  measuredWith: string;
  file?: string;
  found: boolean;
  /** Factor on widths (1 when found). */
  margin: number;
}

export interface FontMeasurer {
  measurer: Measurer;
  font: MeasuredFont;
}

const measurers = new Map<string, FontMeasurer>();

/** The measurer for a family (cached per family and font files; Calibri and Carlito share the process's bundled measurer). */
export function measurerFor(spec: FontSpec, sources: Partial<FontSources> = {}): FontMeasurer {
  const all: FontSources = { bundledDir: FONT_DIR, ...sources, files: sources.files ?? spec.files };
  const key = JSON.stringify([spec.latin.trim().toLowerCase(), all.files ?? [], all.bundledDir]);
  const known = sources.system ? undefined : measurers.get(key); // an injected fontconfig (tests) is never cached
  if (known) return known;
  const made = makeMeasurer(spec.latin, all);
  if (!sources.system) measurers.set(key, made);
  return made;
}

function makeMeasurer(family: string, sources: FontSources): FontMeasurer {
  const regular = findFont({ family }, sources);
  if (regular?.source === 'bundled' && regular.family.toLowerCase() === 'carlito' && sources.bundledDir === FONT_DIR)
    return { measurer: sharedMeasurer(), font: { family, measuredWith: 'Carlito', file: regular.file, found: true, margin: 1 } };
  const found = regular?.matches ?? false;
  const margin = found ? 1 : regular ? NOT_FOUND_MARGIN : NO_FONTCONFIG_MARGIN;
  const faces: (Face | undefined)[] = [];
  const face = (bold: boolean, italic = false): Face | undefined => {
    const i = (bold ? 1 : 0) + (italic ? 2 : 0);
    if (!(i in faces)) {
      if (italic) faces[i] = openFound(italicFace(family, regular, bold, sources));
      else faces[i] = bold ? (openFound(boldFace(family, regular, sources)) ?? face(false)) : openFound(regular);
    }
    return faces[i];
  };
  const measurer = regular ? createMeasurer(sources.bundledDir, { face, widthScale: margin }) : carlitoWider(sources.bundledDir);
  return { measurer, font: { family, measuredWith: regular?.family ?? 'Carlito', file: regular?.file, found, margin } };
}

/** The bold face: of the family found, or of the fallback when the family was not found (bold is drawn with the fallback's bold). */
function boldFace(family: string, regular: FoundFont | undefined, sources: FontSources): FoundFont | undefined {
  if (!regular) return undefined;
  const bold = findFont({ family: regular.matches ? family : regular.family, bold: true }, sources);
  return bold && (bold.matches || !regular.matches) ? bold : regular;
}

/** The italic face of the family found (or of the fallback), when there is one; else italic is measured upright. */
function italicFace(family: string, regular: FoundFont | undefined, bold: boolean, sources: FontSources): FoundFont | undefined {
  if (!regular) return undefined;
  const italic = findFont({ family: regular.matches ? family : regular.family, bold, italic: true }, sources);
  return italic && italic.file !== regular.file && /italic|oblique/i.test(`${italic.postscriptName ?? ''} ${italic.file}`) ? italic : undefined;
}

function openFound(found: FoundFont | undefined): Face | undefined {
  return found && openFace(found.file, found.postscriptName);
}

/** No fontconfig and nothing bundled: the bundled Carlito, wider by NO_FONTCONFIG_MARGIN. */
function carlitoWider(dir: string): Measurer {
  const carlito = (bold: boolean) => openFace(`${dir}/Carlito-${bold ? 'Bold' : 'Regular'}.ttf`);
  const faces = [carlito(false), carlito(true)];
  return createMeasurer(dir, { face: (bold) => faces[bold ? 1 : 0] ?? faces[0], widthScale: NO_FONTCONFIG_MARGIN });
}

/** The warning for a family measured with a fallback: which font stood in, with what margin, and how to give the real one. */
export function fontWarning(font: MeasuredFont, key: string, file?: string, reference?: string): Problem | undefined {
  if (font.found) return undefined;
  const percent = Math.round((font.margin - 1) * 100);
  const what = reference ? `the reference deck's ${key === 'fonts.heading' ? 'heading' : 'body'} font` : 'font';
  return warning('layout', `${what} "${font.family}" not found on this system: measured with ${font.measuredWith}, with a ${percent} % margin`, {
    ...(reference ? { file: reference } : { file, path: key, ...(file ? locateInTheme(file, key.split('.')) : {}) }),
    hint: `install it or list its file under fonts.files in theme.yaml`,
  });
}

export interface ThemeMeasurers {
  body: Measurer;
  heading: Measurer;
  warnings: Problem[];
}

/** Measurers for the theme's body and heading fonts, and a warning for each family that was not found (once per family). */
/** Measurers for the theme's body and heading fonts; `reference` names the reference deck when the fonts are its own. */
export function themeMeasurers(theme: Theme, file?: string, reference?: string): ThemeMeasurers {
  const files = theme.fonts.files;
  const body = measurerFor({ latin: theme.fonts.body, files });
  const heading = measurerFor({ latin: theme.fonts.heading, files });
  const warnings = [fontWarning(body.font, 'fonts.body', file, reference)];
  if (heading.font.family.trim().toLowerCase() !== body.font.family.trim().toLowerCase())
    warnings.push(fontWarning(heading.font, 'fonts.heading', file, reference));
  return { body: body.measurer, heading: heading.measurer, warnings: warnings.filter((w): w is Problem => w !== undefined) };
}

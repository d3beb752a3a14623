// A master's theme: its font scheme (major/minor typefaces per slot) and colour scheme, and the master's colour map over it.
import { applyColourChanges } from './colour.js';
import { child, descend, type XmlElement } from './xml.js';

export interface FontSlots {
  latin: string;
  ea: string;
  cs: string;
}

export interface Theme {
  major: FontSlots;
  minor: FontSlots;
  colours: Record<string, string>; // dk1, lt1, accent1 … as RRGGBB
}

/** A colour scheme lookup as a master sees it: its p:clrMap maps tx1/bg1/… onto the theme's dk1/lt1/…. */
export interface ColourContext {
  theme: Theme;
  colourMap: Record<string, string>;
}

const FALLBACK_FONT = 'Calibri';

function fontSlots(font: XmlElement | undefined): FontSlots {
  const typeface = (slot: string) => child(font, slot)?.attrs.typeface ?? '';
  const latin = typeface('latin') || FALLBACK_FONT;
  return { latin, ea: typeface('ea') || latin, cs: typeface('cs') || latin };
}

/** The colour an a:srgbClr / a:sysClr / a:schemeClr-free colour element stands for, as RRGGBB. */
function fixedColour(element: XmlElement | undefined): string | undefined {
  if (element?.name === 'srgbClr') return element.attrs.val?.toUpperCase();
  if (element?.name === 'sysClr') return element.attrs.lastClr?.toUpperCase();
  return undefined;
}

export function readTheme(theme: XmlElement | undefined): Theme {
  const elements = descend(theme, 'themeElements');
  const fonts = descend(elements, 'fontScheme');
  const colours: Record<string, string> = {};
  for (const slot of descend(elements, 'clrScheme')?.children ?? []) {
    const colour = fixedColour(slot.children[0]);
    if (colour && /^[0-9A-F]{6}$/.test(colour)) colours[slot.name] = colour;
  }
  return { major: fontSlots(child(fonts, 'majorFont')), minor: fontSlots(child(fonts, 'minorFont')), colours };
}

/** A typeface as written, with theme references (+mj-lt, +mn-ea, …) replaced by the theme's fonts. */
export function resolveTypeface(typeface: string, theme: Theme): string {
  const reference = /^\+(mj|mn)-(lt|ea|cs)$/.exec(typeface);
  if (!reference) return typeface;
  const fonts = reference[1] === 'mj' ? theme.major : theme.minor;
  return reference[2] === 'lt' ? fonts.latin : reference[2] === 'ea' ? fonts.ea : fonts.cs;
}

/** The fixed colour of an element holding one colour choice (a:solidFill), scheme colours resolved; undefined for phClr and the like. */
export function resolveColour(fill: XmlElement | undefined, context: ColourContext): string | undefined {
  const choice = fill?.children[0];
  if (!choice) return undefined;
  let base = fixedColour(choice);
  if (choice.name === 'schemeClr') {
    const name = choice.attrs.val ?? '';
    base = context.theme.colours[context.colourMap[name] ?? name];
  }
  if (!base || !/^[0-9A-F]{6}$/.test(base)) return undefined;
  return applyColourChanges(base, choice.children);
}

/** The master's p:clrMap (bg1 → lt1, tx1 → dk1, …); the usual mapping when it has none. */
export function readColourMap(clrMap: XmlElement | undefined): Record<string, string> {
  const usual = { bg1: 'lt1', tx1: 'dk1', bg2: 'lt2', tx2: 'dk2' };
  return { ...usual, ...(clrMap?.attrs ?? {}) };
}

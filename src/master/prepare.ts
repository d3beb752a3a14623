// The template a deck is built on: the organisation's reference deck or the bundled default, decorated with banner and logo, described and matched.
import { BriefdeckError, type Problem } from '../errors.js';
import { locateInTheme, type Theme } from '../templates/theme.js';
import type { Banner } from '../templates/markings.js';
import { decorateMasters, type LogoArt } from './decorate.js';
import { defaultTemplate } from './default-template.js';
import { describeOnce } from './described.js';
import { matchLayouts } from './match.js';
import type { LayoutKind, MatchedLayouts, TemplateInfo } from './model.js';
import { openTemplate } from './open.js';

export interface ReferenceDeck {
  file: string; // as the user named it, for messages
  bytes: Uint8Array;
}

export interface TemplateOptions {
  reference?: ReferenceDeck;
  banner?: Banner;
  logo?: (slide: { w: number; h: number }) => Promise<LogoArt | undefined>; // the theme's logo, placed on a slide of this size
  pins?: Partial<Record<LayoutKind, string>>; // layout names the theme pins per slide kind
  bannerSize?: (slideWidth: number) => number; // the banner's font size on slides this wide, measured by the caller
  themeFile?: string; // where the pins are written, to place an error about one
  rtl?: boolean; // the deck is in a right-to-left language (the default title slide's accent rule at the right)
}

export interface PreparedTemplate {
  parts: Record<string, Uint8Array>; // decorated: the package the slides are put on
  info: TemplateInfo;
  matched: MatchedLayouts;
  file?: string; // the reference deck's name, when there is one
}

/** Opens (or makes) the template, reads its layouts, draws the banner and logo on its masters and matches a layout to each slide kind. */
/** Runs `match`; its problems get a place: a pinned layout's at its line of theme.yaml, any other at the reference deck. */
function placed<T>(match: () => T, themeFile: string | undefined, referenceFile: string | undefined): T {
  try {
    return match();
  } catch (e) {
    if (!(e instanceof BriefdeckError)) throw e;
    const at = (p: Problem): Problem =>
      p.file
        ? p
        : p.path?.startsWith('layouts.') && themeFile
          ? { ...p, file: themeFile, ...locateInTheme(themeFile, p.path.split('.')) }
          : { ...p, file: referenceFile };
    throw new BriefdeckError(e.problems.map(at), e.exitCode);
  }
}

export async function prepareTemplate(theme: Theme, options: TemplateOptions = {}): Promise<PreparedTemplate> {
  const { reference } = options;
  const referenceParts = reference && openTemplate(reference.bytes, reference.file);
  const described = referenceParts && describeOnce(referenceParts, reference.file); // read once: its size places the logo
  const logo = await options.logo?.(described ? described.slideSize : { w: theme.grid.width, h: theme.grid.height });
  const parts = referenceParts ?? defaultTemplate(theme, { logo: logo?.box, rtl: options.rtl });
  const found = described ?? describeOnce(parts); // kept per content of the parts: exactly what is drawn
  // the logo is drawn on every master and on the layouts that hide the master's shapes: text is kept clear of it too
  const info = logo ? { ...found, layouts: found.layouts.map((layout) => ({ ...layout, obstacles: [...(layout.obstacles ?? []), logo.box] })) } : found;
  const matched = placed(() => matchLayouts(info, options.pins), options.themeFile, reference?.file);
  const decorated =
    options.banner || logo
      ? decorateMasters(parts, { slideSize: info.slideSize, banner: options.banner, bannerSize: options.bannerSize?.(info.slideSize.w), logo })
      : parts;
  return { parts: decorated, info, matched, file: reference?.file };
}

// buildDeck(): a loaded brief to finished .pptx bytes, one step per line (templates → markup → planned slides → pptxgenjs → fixed package).
import type { LoadedBrief } from './brief/load.js';
import type { Brief } from './brief/schema.js';
import type { Problem } from './errors.js';
import { bannerFontSize } from './pptx/masters.js';
import { NOTES_PAGE, packageDeck } from './pptx/package.js';
import { renderDeck } from './pptx/render.js';
import { themeMeasurers } from './slides/font-measure.js';
import { parseMarkup } from './slides/markup.js';
import { sharedMeasurer, type Measurer } from './slides/measure.js';
import type { Slide } from './slides/model.js';
import { planSlides } from './slides/paginate.js';
import { briefBanner, type Banner } from './templates/markings.js';
import type { TemplateSet } from './templates/render.js';

export interface Deck {
  bytes: Uint8Array;
  slides: Slide[];
  warnings: Problem[];
  banner?: Banner; // the classification banner every artefact carries (the contact sheet draws it too)
}

/** Fonts are read once per process: the same measurer the masters use to fit the footer (one font parse, one cache). */
export function defaultMeasurer(): Measurer {
  return sharedMeasurer();
}

/** The date written into document properties: SOURCE_DATE_EPOCH, else the brief's own dates, else a fixed epoch. */
export function documentDate(brief: Brief, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  const iso = brief.prepared_on ?? brief.event?.date;
  return iso ? new Date(`${iso}T00:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
}

/**
 * Slides for a brief: templates → markup → model → measured and paginated. Text is measured in the theme's body and heading
 * fonts (a warning names a font that is not found), or all with `measurer` when one is given.
 */
export function planBrief(loaded: LoadedBrief, templates: TemplateSet, measurer?: Measurer, banner = briefBanner(loaded, templates.theme)) {
  const markup = templates.render(banner ? { ...loaded.brief, classification: banner.text } : loaded.brief); // notes name the marking as the banner shows it
  const slides = parseMarkup(markup, templates.dir);
  const fonts = measurer ? { body: measurer, heading: measurer, warnings: [] } : themeMeasurers(templates.theme, templates.themeFile);
  const plan = planSlides(slides, templates.theme, fonts.body, loaded.file, fonts.heading);
  return { ...plan, warnings: [...fonts.warnings, ...plan.warnings] };
}

export async function buildDeck(loaded: LoadedBrief, templates: TemplateSet, measurer?: Measurer): Promise<Deck> {
  const banner = briefBanner(loaded, templates.theme); // an unknown marking is refused here, before any work
  const plan = planBrief(loaded, templates, measurer, banner);
  const pptx = renderDeck({ brief: loaded.brief, slides: plan.slides, theme: templates.theme });
  const bytes = await packageDeck(pptx, {
    date: documentDate(loaded.brief),
    company: loaded.brief.prepared_by,
    slideCount: plan.slides.length,
    eastAsianFont: templates.theme.fonts.eastAsian,
    complexScriptFont: templates.theme.fonts.complexScript,
    language: loaded.brief.language ?? 'en-GB',
    banner: banner && { ...banner, font: templates.theme.fonts.body, size: bannerFontSize(templates.theme, banner.text, NOTES_PAGE.cx / 914400) },
  });
  return { bytes, slides: plan.slides, warnings: [...loaded.warnings, ...positioned(loaded, plan.warnings)], banner };
}

/** Layout warnings at the brief value their slide text came from (FILE:LINE:COLUMN), where it can be found. */
function positioned(loaded: LoadedBrief, warnings: Problem[]): Problem[] {
  const seen = new Set<string>();
  return warnings
    .map(({ subject, ...warning }) => (subject && warning.line === undefined ? { ...warning, ...loaded.locateText?.(subject) } : warning))
    .filter((warning) => {
      if (warning.line === undefined) return true;
      const key = `${warning.code}:${warning.line}:${warning.column}`; // a long title warns once, not once per continuation slide
      return !seen.has(key) && Boolean(seen.add(key));
    });
}

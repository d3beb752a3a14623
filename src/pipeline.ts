// buildDeck(): a loaded brief to finished .pptx bytes, one step per line (templates → markup → planned slides → pptxgenjs → fixed package); modelDeck() stops at the deck model, deckPage() draws it as HTML.
import type { LoadedBrief } from './brief/load.js';
import type { Brief } from './brief/schema.js';
import type { Problem } from './errors.js';
import { warning } from './errors.js';
import { contrastFailures, MIN_CONTRAST } from './master/contrast.js';
import { bannerHeight } from './master/decorate.js';
import { loadLogo } from './master/logo.js';
import { prepareTemplate } from './master/prepare.js';
import { packageDeck } from './pptx/package.js';
import { NOTES_PAGES, paperOfLanguage, type NotesPage } from './pptx/notes-page.js';
import { bannerFontSize } from './slides/banner.js';
import { deckModel } from './slides/deck-model.js';
import type { DeckModel } from './slides/deck.js';
import type { Theme } from './templates/theme.js';
import type { PackageOptions } from './pptx/package.js';
import { frameOf, themeOnFrame, type Frame } from './slides/frame.js';
import { renderDeck } from './pptx/render.js';
import { deckHtml } from './html/deck.js';
import { fontFaces } from './html/fonts.js';
import { standalonePage } from './html/page.js';
import { addPictureMedia, loadPictures, sizePictures, type Pictures } from './pictures.js';
import { themeMeasurers } from './slides/font-measure.js';
import { parseMarkup } from './slides/markup.js';
import { sharedMeasurer, type Measurer } from './slides/measure.js';
import type { Slide } from './slides/model.js';
import { planSlides } from './slides/paginate.js';
import { isRtlScript, scriptOfLanguage } from './slides/script.js';
import { briefBanner, type Banner } from './templates/markings.js';
import type { TemplateSet } from './templates/render.js';
import { locateInTheme } from './templates/theme.js';

/** A finished deck, in memory: what `buildDeck` makes and `writeDeck` writes. */
export interface Deck {
  /** The .pptx file's bytes. */
  bytes: Uint8Array;
  /** The slides as planned: titles, text, continuation slides (a long topic is several). */
  slides: Slide[];
  /** Everything the build changed or found doubtful (text shortened to fit, low contrast, …), positioned in the brief or theme where known. */
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
 * Slides for a brief: templates → markup → model → measured and paginated, on the template's frame when there is one.
 * Text is measured in the theme's body and heading fonts (a warning names a font that is not found), or all with
 * `measurer` when one is given.
 */
export function planBrief(
  loaded: LoadedBrief,
  templates: TemplateSet,
  measurer?: Measurer,
  banner = briefBanner(loaded, templates.theme),
  frame?: Frame,
  pictures?: Pictures,
) {
  const date = documentDate(loaded.brief);
  const today = Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10); // the tense of a brief without prepared_on
  const markup = templates.render(banner ? { ...loaded.brief, classification: banner.text } : loaded.brief, today); // notes name the marking as the banner shows it
  const slides = parseMarkup(markup, templates.dir);
  sizePictures(slides, pictures);
  const fonts = measurer
    ? { body: measurer, heading: measurer, warnings: [] }
    : themeMeasurers(templates.theme, templates.themeFile, templates.reference?.file);
  const plan = planSlides(slides, templates.theme, fonts.body, loaded.file, fonts.heading, frame, templates.labels(loaded.brief));
  return { ...plan, warnings: [...fonts.warnings, ...plan.warnings], fonts: { body: fonts.body, heading: fonts.heading } };
}

/** The planned deck model of a brief, without packaging: what `buildDeck` renders to a .pptx and `deckHtml` to HTML. */
export interface ModelledDeck {
  model: DeckModel;
  slides: Slide[];
  warnings: Problem[];
  banner?: Banner;
  measurer: Measurer; // the body text's measurer the planner used (lines wrapped with it are the planner's lines)
  headingMeasurer: Measurer; // the titles' measurer the planner used
}

/** Templates → markup → planned slides → deck model (pictures' media made, warnings positioned); nothing is rendered. */
export async function modelDeck(loaded: LoadedBrief, templates: TemplateSet, measurer?: Measurer): Promise<ModelledDeck> {
  const banner = briefBanner(loaded, templates.theme); // an unknown marking is refused here, before any work
  const pictures = await loadPictures(loaded); // a missing, unreadable or wrong picture is refused here, at its file:
  const theme = templates.theme;
  const prepared = await prepareTemplate(theme, {
    banner,
    reference: templates.reference,
    logo: (slide) => loadLogo(theme, templates.themeFile, slide),
    pins: theme.layouts,
    themeFile: templates.themeFile,
    bannerSize: (width) => bannerFontSize(banner?.text ?? '', width, theme.sizes.banner),
    rtl: isRtlScript(scriptOfLanguage(loaded.brief.language ?? 'en-GB')),
  });
  const frame = frameOf(prepared.matched.layouts, prepared.info.slideSize, banner ? bannerHeight(prepared.info.slideSize.h) : 0);
  const plan = planBrief(loaded, { ...templates, theme: themeOnFrame(templates.theme, frame) }, measurer, banner, frame, pictures);
  const pictureWarnings = await addPictureMedia(plan.slides, pictures, loaded);
  const model = deckModel(loaded.brief, plan.slides, { theme: templates.theme, prepared, frame, banner, date: documentDate(loaded.brief) });
  const templateWarnings = [
    ...prepared.matched.warnings.map((message) => warning('template', message, { file: prepared.file })),
    ...(prepared.file ? [] : contrastWarnings(templates, banner)), // a reference deck's colours are its own
  ];
  const warnings = [...loaded.warnings, ...templateWarnings, ...positioned(loaded, plan.warnings), ...pictureWarnings];
  return { model, slides: plan.slides, warnings, banner, measurer: plan.fonts.body, headingMeasurer: plan.fonts.heading };
}

/**
 * A loaded brief to finished .pptx bytes: templates → markup → planned slides → pptxgenjs → fixed package. Nothing is written.
 *
 * @param loaded - a brief from `loadBrief` or `briefFromText`
 * @param templates - a set from `loadTemplates` (load it once for many briefs)
 * @param measurer - measures all text with this instead of the theme's fonts (for tests)
 * @returns the deck's bytes, slides, warnings and classification banner
 * @throws BriefdeckError when the brief cannot be built: an unknown marking, a missing or broken picture, a deck over 2,000 slides
 * @example
 * ```ts
 * const deck = await buildDeck(await loadBrief('briefs/dialogue.yaml'), loadTemplates());
 * ```
 */
export async function buildDeck(loaded: LoadedBrief, templates: TemplateSet, measurer?: Measurer): Promise<Deck> {
  const { model, slides, warnings, banner } = await modelDeck(loaded, templates, measurer);
  return { bytes: await packagedDeck(model, templates.theme), slides, warnings, banner };
}

/** The deck model rendered and packaged: the .pptx bytes. */
async function packagedDeck(model: DeckModel, theme: Theme): Promise<Uint8Array> {
  return packageDeck(renderDeck(model), packageOptions(model, theme), {
    template: model.template,
    slideLayouts: model.slides.map((s) => model.layouts[s.layout].part),
  });
}

/** The deck as one self-contained HTML page (fonts and pictures inlined, presents offline): what `build --html` writes beside the .pptx. */
export function deckPage(modelled: Pick<ModelledDeck, 'model' | 'measurer' | 'headingMeasurer'>, templates: TemplateSet): string {
  const deck = deckHtml(modelled.model, { body: modelled.measurer, heading: modelled.headingMeasurer });
  return standalonePage(deck, { fontFaces: fontFaces(modelled.model, { files: templates.theme.fonts.files }) });
}

/** buildDeck and the deck's HTML page from one planning: the .pptx bytes and the page show the same slides and lines. */
export async function buildDeckAndPage(loaded: LoadedBrief, templates: TemplateSet, measurer?: Measurer): Promise<Deck & { html: string }> {
  const modelled = await modelDeck(loaded, templates, measurer);
  const { model, slides, warnings, banner } = modelled;
  return { bytes: await packagedDeck(model, templates.theme), slides, warnings, banner, html: deckPage(modelled, templates) };
}

/** A theme colour below WCAG AA (4.5:1) against what it is drawn on, once per key of theme.yaml (at its line), naming every place; banners only for the marking in use. */
function contrastWarnings(templates: TemplateSet, banner: Banner | undefined): Problem[] {
  const failing = contrastFailures(templates.theme).filter(
    (pair) => pair.key[0] !== 'classification' || (banner && pair.background === banner.fill && pair.text === banner.color),
  );
  const byKey = new Map<string, typeof failing>();
  for (const pair of failing) byKey.set(pair.key.join('.'), [...(byKey.get(pair.key.join('.')) ?? []), pair]);
  return [...byKey].map(([path, pairs]) => {
    const worst = pairs.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    const places = pairs.map((pair) => pair.where).join('; ');
    return warning(
      'template',
      `${worst.text} on ${worst.background} has a contrast of ${worst.ratio.toFixed(2)}:1, below ${MIN_CONTRAST}:1 (WCAG AA): ${places}`,
      {
        file: templates.themeFile,
        path,
        ...locateInTheme(templates.themeFile, worst.key),
        hint: 'choose a darker text colour (or a lighter background) so the text stays readable on screens, projectors and paper',
      },
    );
  });
}

/** What the package fix-ups need: dates, fonts for the script slots, the language and the notes pages' banner. */
function packageOptions(model: DeckModel, theme: Theme): PackageOptions {
  const banner = model.banner;
  const notesPage = NOTES_PAGES[theme.paper === 'auto' ? paperOfLanguage(model.lang) : theme.paper];
  return {
    date: model.properties.date,
    company: model.properties.company,
    eastAsianFont: theme.fonts.eastAsian,
    complexScriptFont: theme.fonts.complexScript,
    language: model.lang,
    banner: banner && { ...banner, font: model.style.fonts.body, size: notesBannerSize(banner.text, model.style.sizes.banner, notesPage) },
    notesPage,
  };
}

/** The notes page's banner size: the theme's, smaller for a marking too long for the page's width. */
function notesBannerSize(text: string, size: number, page: NotesPage): number {
  return bannerFontSize(text, page.cx / 914400, size);
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

// deckHtml(): the planned deck model drawn as HTML slides, on the .pptx's grid with the planner's line breaks (one <span class="line"> per line).
import type { DeckModel } from '../slides/deck.js';
import type { Measurer } from '../slides/measure.js';
import type { Slide } from '../slides/model.js';
import { isRtlScript, scriptOfLanguage } from '../slides/script.js';
import { inReadingOrder } from '../pptx/elements.js';
import type { PlaceholderShape } from '../pptx/placeholders.js';
import { slideShapes } from '../pptx/slide-shapes.js';
import { dataUrl, TemplateArt, type MediaUrl } from './art.js';
import { messageHtml, picturesHtml, tableHtml, textBoxHtml } from './blocks.js';
import { deckCss, fontStack } from './style.js';
import { placeholderHtml, type BodyWrap, type TextContext } from './shapes.js';
import { escapeHtml } from './text.js';
import { timelineHtml } from './timeline.js';

/** The measurers the planner used (ModelledDeck's `measurer` and `headingMeasurer`): lines are wrapped with them. */
export interface HtmlFonts {
  body: Measurer;
  heading: Measurer;
}

export interface HtmlOptions {
  mediaUrl?: MediaUrl; // where the page loads a picture from (default: a data: URI of its bytes)
}

export interface HtmlSlide {
  html: string; // one <section class="slide" data-n="N"> … </section>, escaped, fixed-size in inches
  title: string; // plain text (escape it where it goes into HTML)
  notesHtml: string; // the speaker notes as <p> paragraphs, escaped
}

export interface HtmlDeck {
  size: { w: number; h: number }; // inches
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string; // plain text
  css: string; // the slides' own styles (no @font-face: see fontFaces)
  slides: HtmlSlide[];
}

/** Every slide of the deck model as HTML. */
export function deckHtml(model: DeckModel, fonts: HtmlFonts, options: HtmlOptions = {}): HtmlDeck {
  const mediaUrl = options.mediaUrl ?? dataUrl;
  const art = new TemplateArt(model.template, mediaUrl, model.banner?.text);
  const rtl = isRtlScript(scriptOfLanguage(model.lang));
  const slides = model.slides.map((slide, i) => slideHtml(slide, i + 1, model, fonts, art, mediaUrl));
  return { size: model.size, lang: model.lang, dir: rtl ? 'rtl' : 'ltr', title: model.properties.title, css: deckCss(model), slides };
}

function slideHtml(slide: Slide, n: number, model: DeckModel, fonts: HtmlFonts, art: TemplateArt, mediaUrl: MediaUrl): HtmlSlide {
  const layout = model.layouts[slide.layout];
  const look = art.layout(layout);
  const fallbacks = [model.style.fonts.eastAsian, model.style.fonts.complexScript];
  const ctx: TextContext = {
    deck: model,
    colour: (c) => art.colour(c, layout.master),
    font: (f) => fontStack(f, fallbacks),
    body: fonts.body,
    heading: fonts.heading,
  };
  const { shapes, rest } = slideShapes(slide, n, model);
  const body = model.frame.content.body.placeholder;
  const shapeHtml = (shape: PlaceholderShape) =>
    placeholderHtml(shape, ctx, slide.layout === 'content' && shape.placeholder === body && !('field' in shape) ? bodyWraps(slide, model) : undefined);
  const [first, ...others] = shapes;
  const isTitle = first && (first.placeholder.type === 'title' || first.placeholder.type === 'ctrTitle');
  const content = [
    look.html,
    isTitle ? shapeHtml(first) : '',
    messageHtml(slide, ctx),
    ...(isTitle ? others : shapes).map(shapeHtml),
    ...inReadingOrder(rest, model.lang).map((placed) => (placed.block.kind === 'text' ? textBoxHtml(placed, ctx) : tableHtml(placed, ctx))),
    picturesHtml(slide, ctx, mediaUrl),
    timelineHtml(slide.timeline, ctx),
  ].join('');
  const label = escapeHtml(`${n}: ${slide.title}`);
  const html = `<section class="slide ${slide.layout}" data-n="${n}" aria-label="${label}" style="background:${escapeHtml(look.background)}">${content}</section>`;
  return { html, title: slide.title, notesHtml: notesHtml(slide.notes || slide.title) };
}

/**
 * The body placeholder's paragraphs as the planner measured them (src/pptx/slide-shapes.ts contentBody): the subtitle
 * (unless a message callout carries it) at the subtitle size, then the text blocks before the first table at their sizes.
 */
function bodyWraps(slide: Slide, model: DeckModel): BodyWrap[] {
  const placed = slide.placed ?? [];
  const firstTable = placed.findIndex((p) => p.block.kind !== 'text');
  const text = firstTable < 0 ? placed : placed.slice(0, firstTable);
  const wraps: BodyWrap[] = [];
  const width = placed[0]?.at.w ?? model.frame.content.body.box.w;
  if (!slide.messageAt && slide.subtitle) wraps.push({ fontSize: model.style.sizes.subtitle, width });
  for (const block of text)
    if (block.block.kind === 'text') for (const _ of block.block.paragraphs) wraps.push({ fontSize: block.at.fontSize, width: block.at.w });
  return wraps;
}

/** Speaker notes as paragraphs (blank lines part them), lines kept, all text escaped. */
export function notesHtml(notes: string): string {
  return notes
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

// Renders the deck model: pptxgenjs draws tables, notes, sections and properties; each slide's placeholder text is written as DrawingML beside it.
import { createPresentation, type Presentation } from './pptxgen.js';
import type { DeckModel } from '../slides/deck.js';
import { drawTable, drawText, inReadingOrder, type DrawContext } from './elements.js';
import { drawMessage } from './message.js';
import { placeholderShapesXml } from './placeholders.js';
import { drawCaptions, slidePictures, type SlidePicture } from './pictures.js';
import { slideShapes } from './slide-shapes.js';
import { drawTimeline } from './timeline.js';

/** The placeholder shapes of one slide and the hyperlinks they use (relationship id → URL). */
export interface SlideText {
  shapesXml: string;
  links: Map<string, string>;
  pictures: SlidePicture[]; // put in with their media by the package step
}

export interface Rendered {
  pptx: Presentation;
  slideTexts: SlideText[];
}

const LAYOUT_NAME = 'BRIEFDECK';
/** Ids of our placeholder shapes start here: pptxgenjs numbers its own shapes from 2. */
const FIRST_SHAPE_ID = 1000;

export function renderDeck(deck: DeckModel): Rendered {
  const pptx = createPresentation();
  pptx.defineLayout({ name: LAYOUT_NAME, width: deck.size.w, height: deck.size.h });
  pptx.layout = LAYOUT_NAME;
  const p = deck.properties;
  Object.assign(pptx, { title: p.title, subject: p.subject, author: p.author, company: p.company, revision: '1' });
  const ctx: DrawContext = { style: deck.style, lang: deck.lang };
  const sections = new Set<string>();
  const slideTexts = deck.slides.map((slide, i) => {
    if (slide.section && !sections.has(slide.section)) {
      pptx.addSection({ title: slide.section });
      sections.add(slide.section);
    }
    const target = pptx.addSlide({ sectionTitle: slide.section });
    const { shapes, rest } = slideShapes(slide, i + 1, deck);
    drawMessage(target, slide, deck, ctx);
    for (const placed of inReadingOrder(rest, deck.lang)) {
      if (placed.block.kind === 'text') drawText(target, placed, ctx);
      else drawTable(target, placed, ctx);
    }
    drawCaptions(target, slide, ctx);
    if (slide.timeline) drawTimeline(target, slide.timeline, ctx);
    target.addNotes(slide.notes || slide.title);
    const links = new Map<string, string>();
    const link = (url: string) => {
      const found = [...links].find(([, known]) => known === url)?.[0];
      if (found) return found;
      const id = `rIdLink${links.size + 1}`;
      links.set(id, url);
      return id;
    };
    const style = { lang: deck.lang, eastAsianFont: deck.style.fonts.eastAsian, accent: deck.style.colours.accent, muted: deck.style.colours.muted, link };
    return { shapesXml: placeholderShapesXml(shapes, style, FIRST_SHAPE_ID), links, pictures: slidePictures(slide) };
  });
  return { pptx, slideTexts };
}

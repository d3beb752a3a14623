// Renders planned slides with pptxgenjs: masters, sections, titles, blocks, notes and document properties.
import { createPresentation, type Presentation, type PptxSlide } from './pptxgen.js';
import type { Brief } from '../brief/schema.js';
import type { Theme } from '../templates/theme.js';
import { formatDate } from '../templates/helpers.js';
import { bannerFor } from '../templates/markings.js';
import type { Slide } from '../slides/model.js';
import { boxMargin, drawTable, drawText, paragraphRuns, plainRuns, type DrawContext } from './elements.js';
import { defineMasters, MASTER } from './masters.js';
import { TITLE_BOX_NAME } from './accessibility.js';

export interface RenderInput {
  brief: Brief;
  slides: Slide[];
  theme: Theme;
}

/** Builds the pptxgenjs presentation object (not yet serialised). */
export function renderDeck({ brief, slides, theme }: RenderInput): Presentation {
  const pptx = createPresentation();
  const lang = brief.language ?? 'en-GB';
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = brief.title;
  pptx.subject = brief.subtitle ?? `Briefing: ${brief.title}`;
  pptx.author = brief.prepared_by ?? 'briefdeck';
  pptx.company = brief.prepared_by ?? '';
  pptx.revision = '1';
  pptx.theme = { headFontFace: theme.fonts.heading, bodyFontFace: theme.fonts.body };
  const eventDate = brief.event?.date ? formatDate(brief.event.date, lang) : '';
  defineMasters(pptx, theme, { banner: bannerFor(theme, brief.classification), footer: [brief.title, eventDate].filter(Boolean).join(' · ') });
  const ctx: DrawContext = { theme, lang };
  const sections = new Set<string>();
  for (const slide of slides) {
    if (slide.section && !sections.has(slide.section)) {
      pptx.addSection({ title: slide.section });
      sections.add(slide.section);
    }
    const pageSlide = pptx.addSlide({ masterName: slide.layout === 'title' ? MASTER.title : MASTER.content, sectionTitle: slide.section });
    drawSlide(pageSlide, slide, ctx);
    pageSlide.addNotes(slide.notes || slide.title);
  }
  return pptx;
}

/** Every layout of the model is drawn (the compiler checks the switch is complete). */
function drawSlide(target: PptxSlide, slide: Slide, ctx: DrawContext): void {
  switch (slide.layout) {
    case 'title':
      return drawTitleSlide(target, slide, ctx);
    case 'section':
      return drawSectionSlide(target, slide, ctx);
    case 'content':
      return drawContentSlide(target, slide, ctx);
    default:
      return slide.layout satisfies never;
  }
}

/** A section divider on the content master: the title large and centred, the subtitle under it (the title slide's boxes, centred). */
function drawSectionSlide(target: PptxSlide, slide: Slide, ctx: DrawContext): void {
  const { theme, lang } = ctx;
  const g = theme.grid;
  const w = g.width - 2 * g.margin - 1.2;
  const x = (g.width - w) / 2;
  const titleSize = slide.titleFontSize ?? theme.sizes.titleSlide;
  target.addText(plainRuns(slide.title, ctx, { fontSize: titleSize, align: 'center' }), {
    x,
    y: 1.35,
    w,
    h: 2.6,
    fontFace: theme.fonts.heading,
    fontSize: titleSize,
    bold: true,
    color: theme.colours.navy,
    align: 'center',
    valign: 'bottom',
    margin: boxMargin(theme),
    lang,
    objectName: TITLE_BOX_NAME,
  });
  if (!slide.subtitle) return;
  target.addText(plainRuns(slide.subtitle, ctx, { align: 'center' }), {
    x,
    y: 4.3,
    w,
    h: 2.3,
    fontFace: theme.fonts.body,
    fontSize: (theme.sizes.subtitle + 4) * (slide.lineScale ?? 1),
    color: theme.colours.muted,
    align: 'center',
    valign: 'top',
    margin: [g.inset * 36, g.inset * 72, 0, g.inset * 72],
    lang,
  });
}

function drawContentSlide(target: PptxSlide, slide: Slide, ctx: DrawContext): void {
  const { theme, lang } = ctx;
  const g = theme.grid;
  const titleSize = slide.titleFontSize ?? theme.sizes.title;
  target.addText(plainRuns(slide.title, ctx, { fontSize: titleSize }), { placeholder: 'title', fontSize: titleSize, lang });
  if (slide.subtitle) {
    target.addText(plainRuns(slide.subtitle, ctx), {
      x: g.margin,
      y: g.contentTop - 0.05,
      w: g.width - 2 * g.margin,
      h: g.subtitleHeight,
      fontFace: theme.fonts.body,
      fontSize: theme.sizes.subtitle,
      color: theme.colours.muted,
      valign: 'top',
      margin: [g.inset * 72, g.inset * 72, 0, g.inset * 72],
      lang,
    });
  }
  for (const placed of slide.placed ?? []) {
    if (placed.block.kind === 'text') drawText(target, placed, ctx);
    else drawTable(target, placed, ctx);
  }
}

function drawTitleSlide(target: PptxSlide, slide: Slide, ctx: DrawContext): void {
  const { theme, lang } = ctx;
  const g = theme.grid;
  const c = theme.colours;
  const titleSize = slide.titleFontSize ?? theme.sizes.titleSlide;
  target.addText(plainRuns(slide.title, ctx, { fontSize: titleSize }), { placeholder: 'title', fontSize: titleSize, lang });
  const lines = [
    ...(slide.subtitle ? [{ runs: [{ text: slide.subtitle }], size: (theme.sizes.subtitle + 4) * (slide.lineScale ?? 1), colour: c.onDark }] : []),
    ...slide.lines.map((line) => ({
      runs: [{ text: line.text }],
      size: (line.muted ? theme.sizes.subtitle - 4 : theme.sizes.subtitle) * (slide.lineScale ?? 1),
      colour: line.muted ? c.onDarkMuted : c.onDark,
    })),
  ];
  const runs = lines.flatMap((line, i) =>
    paragraphRuns({ runs: line.runs, level: 0, bullet: false }, line.size, ctx, line.colour, { paraSpaceBefore: i === 0 ? 0 : i === 1 ? 14 : 6 }),
  );
  if (runs.length) {
    target.addText(runs, {
      x: g.margin,
      y: 4.3,
      w: g.width - 2 * g.margin - 1.2,
      h: 2.3,
      valign: 'top',
      margin: [g.inset * 36, g.inset * 72, 0, g.inset * 72],
      lang,
    });
  }
}
